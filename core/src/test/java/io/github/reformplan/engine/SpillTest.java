package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A batch's findings put aside encoded (in memory, then on disk) read back equal to what was put. */
class SpillTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Every rule fixture and example plan: each rule's findings, with their arguments and suggestions. */
    private static List<PlanSource> fixtures() throws IOException {
        List<Path> dirs = List.of(Path.of("src", "test", "resources", "rules"), Path.of("..", "examples", "plans"));
        List<PlanSource> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted()
                        .forEach(p -> out.add(PlanSource.of(p)));
            }
        }
        return out;
    }

    @Test
    void aBatchWithoutPlansReadsBackTheFindingsItWouldHaveKept() throws IOException {
        List<PlanSource> sources = fixtures();
        PlanValidator validator = PlanValidator.builder().locale(VI).build();
        ValidationResult kept = validator.validateSources(sources, done -> { }, true);
        ValidationResult spilled = validator.validateSources(sources, done -> { }, false);

        assertThat(spilled.files()).isInstanceOf(SpilledFiles.class).hasSize(sources.size());
        assertThat(kept.findings().size()).as("findings").isGreaterThan(250);
        for (int i = 0; i < sources.size(); i++) {
            ValidationResult.FileResult a = kept.files().get(i);
            ValidationResult.FileResult b = spilled.files().get(i);
            assertThat(b.plan()).isNull();
            assertThat(b.withFindings(b.findings())).isEqualTo(new ValidationResult.FileResult(a.path(), a.planId(),
                    a.findings()));
            for (int j = 0; j < a.findings().size(); j++) {
                assertThat(b.findings().get(j).message()).isEqualTo(a.findings().get(j).message());
            }
        }
        for (Severity s : Severity.values()) {
            assertThat(spilled.count(s)).isEqualTo(kept.count(s));
            assertThat(spilled.hasAtLeast(s)).isEqualTo(kept.hasAtLeast(s));
        }
    }

    @Test
    void everyBuiltInFindingHasAnEncodedForm() throws Exception {
        FindingCodec codec = new FindingCodec();
        ValidationResult result = PlanValidator.builder().build().validateSources(fixtures());
        for (ValidationResult.FileResult file : result.files()) {
            FindingCodec.Out out = codec.out();
            out.findings(file.findings(), file.path()); // throws Unencodable for an argument it cannot write
            assertThat(codec.in(out.toByteArray()).findings(file.path())).isEqualTo(file.findings());
        }
    }

    private static Finding finding(String file, SourceRegion region, List<Object> args, Suggestion suggestion,
            List<Location> related) {
        return new Finding("agency-unknown", Severity.WARNING, new Location(file, JsonPointer.parse("/tasks/3/lead"),
                region), "agency-unknown.nearest", args, suggestion, VI, "0123456789abcdef", related);
    }

    @Test
    void everyKindOfPlaceArgumentAndSuggestionReadsBackEqual() throws Exception {
        Suggestion patch = new Suggestion("Sở Khoa học và Công nghệ", List.of(
                new Suggestion.PatchOperation("test", "/tasks/5/support/0", "Sở Thông tin và Truyền thông"),
                new Suggestion.PatchOperation("remove", "/tasks/5/support/1", null)));
        List<Finding> findings = List.of(
                finding("a.yaml", SourceRegion.WHOLE_FILE, List.of(), null, List.of()),
                finding("a.yaml", new SourceRegion.TextPosition(570, 15),
                        List.of("Sở Nội vụ", 7, 1L << 40, 0.25, new BigDecimal("75.50"), true,
                                new BigInteger("123456789012345678901234567890"), LocalDate.of(2025, 6, 30),
                                JsonPointer.parse("/tasks/0/a~1b"), -3),
                        patch, List.of(new Location("a.yaml", JsonPointer.parse("/tasks/9/lead"), 80, 12),
                                new Location("other.yaml", JsonPointer.ROOT, SourceRegion.WHOLE_FILE))),
                finding("kh.docx", new SourceRegion.TableCell(2, 53, 4, "Cơ quan chủ trì"), List.of("x"),
                        Suggestion.text("Văn phòng UBND tỉnh"), List.of()),
                finding("kh.xlsx", new SourceRegion.SheetCell("Phụ lục", 24, 6, ""), List.of(), null, List.of()),
                finding("kh.docx", new SourceRegion.Paragraph(14, "III. NHIỆM VỤ"), List.of(), null, List.of()),
                new Finding("parse", Severity.ERROR, new Location("b.json", JsonPointer.ROOT, 0, 0), "parse", List.of(),
                        null, null, null, List.of()));
        FindingCodec codec = new FindingCodec();
        FindingCodec.Out out = codec.out();
        out.findings(findings, "a.yaml");
        List<Finding> back = codec.in(out.toByteArray()).findings("a.yaml");
        assertThat(back).isEqualTo(findings);
        assertThat(back.get(1).args()).extracting(Object::getClass).containsExactlyElementsOf(
                findings.get(1).args().stream().map(Object::getClass).toList());
        assertThat(back.get(0).location().region()).isSameAs(SourceRegion.WHOLE_FILE);
    }

    /** A cross-file rule's summary as a rule pack might keep it. */
    record Kept(String parent, List<Stated> targets) {
        Kept {
            targets = List.copyOf(targets);
        }
    }

    record Stated(JsonPointer pointer, Severity level, BigDecimal bound, List<String> words) {
    }

    private record Hidden(Object inside) {
    }

    private record Concrete(java.util.ArrayList<String> items) {
    }

    @Test
    void recordsOfPlainValuesReadBackEqualAndOthersAreKeptAsTheyAre() throws Exception {
        Kept kept = new Kept("tinh-ha-tinh-2026", List.of(
                new Stated(JsonPointer.parse("/targets/2/text"), Severity.WARNING, new BigDecimal("75.0"), List.of("a", "b")),
                new Stated(JsonPointer.ROOT, Severity.INFO, null, List.of())));
        FindingCodec codec = new FindingCodec();
        FindingCodec.Out out = codec.out();
        out.value(kept);
        out.value(new Kept(null, List.of()));
        FindingCodec.In in = codec.in(out.toByteArray());
        assertThat(in.value()).isEqualTo(kept).isNotSameAs(kept);
        assertThat(in.value()).isEqualTo(new Kept(null, List.of()));

        Hidden hidden = new Hidden(new StringBuilder("not a plain value"));
        assertThatThrownBy(() -> codec.out().value(hidden)).isInstanceOf(FindingCodec.Unencodable.class);
        assertThat(new Spill(0).put(hidden, (v, o) -> o.value(v), FindingCodec.In::value).get()).isSameAs(hidden);
        Concrete concrete = new Concrete(new java.util.ArrayList<>(List.of("a")));
        assertThatThrownBy(() -> codec.out().value(concrete)).isInstanceOf(FindingCodec.Unencodable.class);
        FindingCodec.Out plain = codec.out();
        plain.value(new Hidden("a plain value"));
        assertThat(codec.in(plain.toByteArray()).value()).isEqualTo(new Hidden("a plain value"));
    }

    @Test
    void aFileSeesItsOwnSummaryAsItsEntryAndTheOthersReadBack() {
        List<String> files = List.of("tinh.yaml", "xa-1.yaml", "xa-2.yaml", "xa-1-again.yaml");
        List<String> ids = java.util.Arrays.asList("tinh", "xa-1", null, "xa-1");
        PlanSummaries<Kept> all = new PlanSummaries<>(files, ids, i -> new Kept(files.get(i), List.of()));
        Kept mine = all.summary(3);
        PlanSummaries<Kept> seen = all.seenFrom(3, mine);

        assertThat(seen.all().get(3).summary()).isSameAs(mine);
        assertThat(seen.byPlanId("xa-1")).get().satisfies(first -> {
            assertThat(first.file()).isEqualTo("xa-1.yaml");
            assertThat(first.summary()).isNotSameAs(mine).isEqualTo(new Kept("xa-1.yaml", List.of()));
        });
        assertThat(all.seenFrom(1, all.summary(1)).byPlanId("xa-1").get().summary()).isSameAs(all.summary(1));
        assertThat(seen.byPlanId("none")).isEmpty();
        assertThat(seen.all()).extracting(PlanSummaries.Entry::planId).containsExactly("tinh", "xa-1", null, "xa-1");
    }

    @Test
    void anArgumentOfAnotherTypeIsKeptAsItIs() throws Exception {
        Finding odd = finding("a.yaml", SourceRegion.WHOLE_FILE, List.of(1.5f), null, List.of());
        assertThatThrownBy(() -> new FindingCodec().out().finding(odd, "a.yaml"))
                .isInstanceOf(FindingCodec.Unencodable.class).hasMessage("java.lang.Float");
        Spill.Slot<Finding> slot = new Spill().put(odd, (f, o) -> o.finding(f, "a.yaml"), in -> in.finding("a.yaml"));
        assertThat(slot.get()).isSameAs(odd);
    }

    @Test
    void pastItsMemoryLimitAStoreWritesToDiskFromManyThreadsAndReadsBackEachValue() {
        Spill spill = new Spill(1024);
        List<Spill.Slot<Finding>> slots = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> finding("f" + i + ".yaml", new SourceRegion.TextPosition(i + 1, 1), List.of("Sở " + i, i),
                        null, List.of()))
                .map(f -> spill.put(f, (x, o) -> o.finding(x, x.location().file()), in -> in.finding("?")))
                .toList();
        assertThat(spill.onDisk()).isGreaterThan(50_000);
        for (int i = 0; i < slots.size(); i++) {
            Finding f = slots.get(i).get();
            assertThat(f.location().file()).isEqualTo("?"); // the reader's file: the record's own
            assertThat(f.location().line()).isEqualTo(i + 1);
            assertThat(f.args()).containsExactly("Sở " + i, i);
        }
    }
}
