package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.model.Task;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxImportTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path HA_TINH_YAML = EXAMPLES.resolve("plans/ha-tinh-2026.yaml");
    static final Path HA_TINH_DOCX = EXAMPLES.resolve("office/ha-tinh-2026.docx");

    @Test
    void committedFixtureIsWhatTheGeneratorWrites() throws Exception {
        byte[] generated = DocxFixtures.docx(DocxFixtures.yaml(HA_TINH_YAML));
        if (Boolean.getBoolean("reformplan.regenerate")) {
            Files.write(HA_TINH_DOCX, generated);
        }
        assertThat(sha(DocxFixtures.docx(DocxFixtures.yaml(HA_TINH_YAML)))).isEqualTo(sha(generated));
        assertThat(sha(Files.readAllBytes(HA_TINH_DOCX))).as("regenerate with -Dreformplan.regenerate=true")
                .isEqualTo(sha(generated));
    }

    @Test
    void importEqualsTheTranscriptionTaskByTask() throws Exception {
        Plan yaml = PlanReader.read(HA_TINH_YAML);
        Plan docx = PlanReader.read(HA_TINH_DOCX);
        assertThat(docx.header().id()).isEqualTo(yaml.header().id());
        assertThat(docx.header().title()).isEqualTo(yaml.header().title());
        assertThat(docx.header().issuer()).isEqualTo(yaml.header().issuer());
        assertThat(docx.header().level()).isEqualTo(yaml.header().level());
        assertThat(docx.header().period()).isEqualTo(yaml.header().period());
        assertThat(docx.header().decision().number()).isEqualTo(yaml.header().decision().number());
        assertThat(docx.header().decision().date()).isEqualTo(yaml.header().decision().date());
        assertThat(docx.header().decision().signer()).isEqualTo(yaml.header().decision().signer());
        assertThat(docx.targets()).extracting(t -> t.id() + "|" + t.area() + "|" + t.text())
                .containsExactlyElementsOf(yaml.targets().stream().map(t -> t.id() + "|" + t.area() + "|" + t.text()).toList());
        assertThat(docx.sections()).extracting(s -> s.kind() + "|" + s.title())
                .containsExactlyElementsOf(yaml.sections().stream().map(s -> s.kind() + "|" + s.title()).toList());
        assertSameTasks(yaml, docx);
        assertThat(docx.responsibilities()).extracting(r -> r.agency() + "|" + r.areas())
                .containsExactlyElementsOf(yaml.responsibilities().stream().map(r -> r.agency() + "|" + r.areas()).toList());
    }

    @Test
    void sameRuleIdsAtTheSameTasksEachInItsCell() {
        PlanValidator validator = PlanValidator.builder().build();
        List<Finding> yaml = validator.validate(List.of(HA_TINH_YAML)).files().get(0).findings();
        var docxFile = validator.validate(List.of(HA_TINH_DOCX)).files().get(0);
        Set<String> want = byTask(yaml, null);
        Set<String> got = byTask(docxFile.findings(), null);
        // the plan file's three suppressions (per-activity agencies) have no place in a Word document
        Set<String> expected = new TreeSet<>(want);
        expected.addAll(List.of("agency-lead-in-support@/tasks/15", "agency-lead-in-support@/tasks/18",
                "agency-lead-in-support@/tasks/20"));
        assertThat(got).isEqualTo(expected);
        for (Finding f : docxFile.findings()) {
            if (f.location().pointer().toString().startsWith("/tasks/")) {
                assertThat(f.location().region()).as(f.rule() + " " + f.location().pointer())
                        .isInstanceOf(SourceRegion.TableCell.class);
            }
        }
    }

    @Test
    void aDeadlineFindingIsAtItsCell() {
        var docxFile = PlanValidator.builder().build().validate(List.of(HA_TINH_DOCX)).files().get(0);
        Finding f = docxFile.findings().stream()
                .filter(x -> x.location().pointer().toString().matches("/tasks/\\d+/deadline.*"))
                .findFirst().orElseThrow();
        SourceRegion.TableCell cell = (SourceRegion.TableCell) f.location().region();
        assertThat(cell.table()).isEqualTo(2);
        assertThat(cell.column()).isEqualTo(8);
        assertThat(cell.header()).isEqualTo("Thời gian hoàn thành");
    }

    @Test
    void aCleanPlanInWordGivesNoErrorOrWarning(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("hoang-loc-2026.docx");
        DocxFixtures.write(EXAMPLES.resolve("plans/hoang-loc-2026.yaml"), docx);
        List<Finding> yaml = PlanValidator.builder().build()
                .validate(List.of(EXAMPLES.resolve("plans/hoang-loc-2026.yaml"))).files().get(0).findings();
        List<Finding> findings = PlanValidator.builder().build().validate(List.of(docx)).files().get(0).findings();
        assertThat(yaml).noneMatch(f -> f.severity() != Severity.INFO);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(f -> f.rule() + " " + f.location().pointer()).isEmpty();
        assertThat(byTask(findings, null)).isEqualTo(byTask(yaml, null));
    }

    /** The tasks of an import equal those of the transcription, field by field. */
    static void assertSameTasks(Plan yaml, Plan docx) {
        assertThat(docx.tasks()).hasSameSizeAs(yaml.tasks());
        for (int i = 0; i < yaml.tasks().size(); i++) {
            Task want = yaml.tasks().get(i);
            Task got = docx.tasks().get(i);
            assertThat(got.id()).as("task %d id", i).isEqualTo(want.id());
            assertThat(got.area()).as("%s area", want.id()).isEqualTo(want.area());
            assertThat(got.title()).as("%s title", want.id()).isEqualTo(want.title());
            assertThat(got.targets()).as("%s targets", want.id()).isEqualTo(want.targets());
            assertThat(got.activities()).as("%s activities", want.id()).isEqualTo(want.activities());
            assertThat(got.outputs()).as("%s outputs", want.id()).isEqualTo(want.outputs());
            assertThat(got.lead()).as("%s lead", want.id()).isEqualTo(want.lead());
            assertThat(got.support()).as("%s support", want.id()).isEqualTo(want.support());
            assertThat(deadline(got)).as("%s deadline", want.id()).isEqualTo(deadline(want));
            assertThat(got.funding()).as("%s funding", want.id()).isEqualTo(want.funding());
        }
    }

    /** A deadline as written, without where it stands. */
    static String deadline(Task task) {
        if (task.deadline() instanceof Deadline.Text t) {
            return t.text();
        }
        if (task.deadline() instanceof Deadline.Milestones m) {
            return m.milestones().stream().map(x -> x.label() + "=" + x.due() + ":" + x.kind()).toList().toString();
        }
        return "none";
    }

    private static String sha(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static Set<String> byTask(List<Finding> findings, Object unused) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            String p = f.location().pointer().toString();
            String[] parts = p.split("/");
            String at = parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] : p;
            out.add(f.rule() + "@" + at);
        }
        return out;
    }

    @Test
    void readsFromBytesAsWellAsFiles() throws Exception {
        Plan plan = PlanReader.read(PlanSource.of("ha-tinh-2026.docx", Files.readAllBytes(HA_TINH_DOCX)));
        assertThat(plan.tasks()).hasSize(62);
    }
}
