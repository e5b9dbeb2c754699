package io.github.reformplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.JsonReport;
import io.github.reformplan.report.ReportWriter;
import io.github.reformplan.report.SarifReport;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples are what a new user sees first: the clean plan stays clean, and the real
 * plans keep yielding the findings examples/README.md explains.
 */
class ExamplePlansTest {

    private static final Path PLANS = Path.of("plans");
    private static final ValidationResult RESULT = PlanValidator.builder().build().validate(List.of(PLANS));

    private static List<Finding> of(String file) {
        return RESULT.files().stream().filter(f -> f.path().endsWith(file)).findFirst().orElseThrow().findings();
    }

    @Test
    void everyExampleIsReadAndMatchesTheSchema() {
        assertThat(RESULT.files()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(RESULT.findings()).noneMatch(f -> f.rule().equals("parse") || f.rule().equals("schema"));
    }

    @Test
    void cleanExampleHasNoFindingAtAll() {
        assertThat(of("hoang-loc-2026.yaml")).isEmpty();
    }

    /** The summary line of the README's excerpt of {@code ./reformplan validate examples/plans}. */
    private static final Pattern SUMMARY = Pattern.compile(
            "(no|\\d+) files?: (no|\\d+) errors?, (no|\\d+) warnings?, (no|\\d+) infos?");

    @Test
    void totalsMatchTheReadme() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> SUMMARY.matcher(l).matches()).toList();
        assertThat(lines).as("the summary line of the README's excerpt").hasSize(1);
        Matcher m = SUMMARY.matcher(lines.get(0));
        assertThat(m.matches()).isTrue();
        assertThat(RESULT.files()).as("files, as in: " + lines.get(0)).hasSize(count(m.group(1)));
        assertThat(RESULT.count(Severity.ERROR)).as("errors, as in: " + lines.get(0)).isEqualTo(count(m.group(2)));
        assertThat(RESULT.count(Severity.WARNING)).as("warnings, as in: " + lines.get(0)).isEqualTo(count(m.group(3)));
        assertThat(RESULT.count(Severity.INFO)).as("infos, as in: " + lines.get(0)).isEqualTo(count(m.group(4)));
        // and the line is the text report's own, so the excerpt reads as the tool prints it
        assertThat(Messages.format(Locale.ENGLISH, "report.summary", List.of(RESULT.files().size(),
                RESULT.count(Severity.ERROR), RESULT.count(Severity.WARNING), RESULT.count(Severity.INFO))))
                .isEqualTo(lines.get(0));
    }

    private static int count(String written) {
        return written.equals("no") ? 0 : Integer.parseInt(written);
    }

    @Test
    void haTinhReportsTargetsNoTaskServes() {
        assertThat(of("ha-tinh-2026.yaml"))
                .filteredOn(f -> f.rule().equals("target-unserved"))
                .extracting(f -> f.args().get(0))
                .contains("3.1", "3.9", "7.1.5");
    }

    @Test
    void haTinhRepeatsATaskAndCopiesActivities() {
        assertThat(of("ha-tinh-2026.yaml"))
                .filteredOn(f -> f.rule().equals("task-duplicate"))
                .extracting(f -> f.messageKey() + " " + f.args())
                .contains("task-duplicate.task [2.25, 2.22]", "task-duplicate.activity [2.39, 2.38]");
    }

    private static List<String> located(String file, String rule) {
        return of(file).stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.location().pointer() + " " + f.args().get(0)).toList();
    }

    @Test
    void haTinhHasA2025DeadlineInAPlanSignedOn31December2025() {
        assertThat(located("ha-tinh-2026.yaml", "deadline-before-issue")).containsExactly("/tasks/25/deadline Quý I/2025");
        assertThat(of("ha-tinh-2026.yaml")).filteredOn(f -> f.rule().equals("deadline-before-issue"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void haTinhHasDeadlinesBeforeItsPeriod() {
        assertThat(located("ha-tinh-2026.yaml", "deadline-outside-period"))
                .containsExactly("/tasks/0/deadline Tháng 12/2025", "/tasks/43/deadline Năm 2025");
    }

    @Test
    void thanhHoaWantsTheProvinceWideReportBeforeTheScoring() {
        assertThat(of("thanh-hoa-2025.yaml")).filteredOn(f -> f.rule().equals("deadline-order")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.args().get(0)).asString().contains("Báo cáo tổng hợp").endsWith("Quý I/2025");
                    assertThat(f.args().get(2)).isEqualTo("PL07.3");
                });
    }

    @Test
    void haTinhNamesOneAgencyAsLeadAndSupport() {
        assertThat(of("ha-tinh-2026.yaml")).filteredOn(f -> f.rule().equals("agency-lead-in-support"))
                .extracting(f -> f.args().get(0) + " " + f.args().get(1))
                .contains("Sở Nội vụ 2.35", "UBND cấp xã 2.48");
    }

    @Test
    void haTinhAbbreviatesTheScienceDepartment() {
        assertThat(of("ha-tinh-2026.yaml")).filteredOn(f -> f.rule().equals("agency-alias"))
                .extracting(f -> f.args().get(0) + " -> " + f.args().get(1))
                .contains("Sở KHCN -> Sở Khoa học và Công nghệ", "Sở KH&CN -> Sở Khoa học và Công nghệ");
    }

    @Test
    void thanhHoaAssignsWorkToBodiesThatCeaseIn2025() {
        assertThat(of("thanh-hoa-2025.yaml")).filteredOn(f -> f.rule().equals("agency-ceases"))
                .extracting(f -> f.args().get(0))
                .contains("Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "UBND cấp huyện");
        assertThat(of("thanh-hoa-2025.yaml")).noneMatch(f -> f.rule().equals("agency-defunct"));
    }

    @Test
    void everyDeadlineOfTheExamplesIsUnderstood() {
        assertThat(RESULT.findings()).noneMatch(f -> f.rule().equals("deadline-unparsed"));
    }

    @Test
    void thanhHoaLinksNoTaskToTargetsAndGetsOneNote() {
        assertThat(of("thanh-hoa-2025.yaml"))
                .filteredOn(f -> f.rule().equals("target-unserved"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.location().pointer().toString()).isEqualTo("/targets");
                });
    }

    @Test
    void aGroupedFindingCarriesEveryPlaceItGroups() throws Exception {
        Finding district = of("thanh-hoa-2025.yaml").stream()
                .filter(f -> f.rule().equals("agency-ceases") && f.args().get(0).equals("UBND cấp huyện"))
                .findFirst().orElseThrow();
        List<String> places = district.places().stream().map(l -> l.pointer().toString()).toList();
        assertThat(places).hasSize(30).doesNotHaveDuplicates();
        String json = report(new JsonReport(), RESULT);
        String sarif = report(new SarifReport(), RESULT);
        for (String pointer : places) {
            assertThat(json).contains("\"pointer\" : \"" + pointer + "\"");
            assertThat(sarif).contains("\"fullyQualifiedName\" : \"" + pointer + "\"");
        }
    }

    @Test
    void insertingATaskAtTheTopChangesNoOtherFindingsSarifFingerprint() throws Exception {
        Path file = PLANS.resolve("thanh-hoa-2025.yaml");
        String text = Files.readString(file);
        String inserted = text.replaceFirst("\ntasks:\n", "\ntasks:\n  - id: \"PL00.1\"\n    area: direction\n"
                + "    title: \"Nhiệm vụ chèn thêm để kiểm tra dấu vân tay\"\n    lead: [\"Sở Nội vụ\"]\n"
                + "    outputs: [\"Báo cáo\"]\n    deadline: \"Quý IV/2025\"\n");
        assertThat(inserted).isNotEqualTo(text);
        PlanValidator validator = PlanValidator.builder().build();
        Set<String> before = fingerprints(validator.validateSources(List.of(PlanSource.of("t.yaml",
                text.getBytes(StandardCharsets.UTF_8)))));
        Set<String> after = fingerprints(validator.validateSources(List.of(PlanSource.of("t.yaml",
                inserted.getBytes(StandardCharsets.UTF_8)))));
        assertThat(before).isNotEmpty();
        assertThat(after).containsAll(before);
    }

    @Test
    void haTinhsSuppressionsNameTasksByIdAndStayValidWhenATaskIsInserted() throws Exception {
        String text = Files.readString(PLANS.resolve("ha-tinh-2026.yaml"));
        String inserted = text.replaceFirst("\ntasks:\n", "\ntasks:\n  - id: \"0.1\"\n    area: direction\n"
                + "    title: \"Nhiệm vụ chèn thêm ở đầu bảng\"\n    lead: [\"Sở Nội vụ\"]\n"
                + "    support: [\"Sở Nội vụ\"]\n"
                + "    outputs: [\"Báo cáo\"]\n    deadline: \"Quý IV/2026\"\n");
        assertThat(inserted).isNotEqualTo(text).contains("pointer: /tasks/2.16/support");
        List<Finding> findings = PlanValidator.builder().build().validateSources(List.of(PlanSource.of("t.yaml",
                inserted.getBytes(StandardCharsets.UTF_8)))).findings();
        assertThat(findings).noneMatch(f -> f.rule().equals("suppression-invalid"));
        // the suppressed tasks (now one index further down) stay suppressed; the inserted task's finding is not
        assertThat(findings).filteredOn(f -> f.rule().equals("agency-lead-in-support"))
                .extracting(f -> f.location().pointer().toString())
                .contains("/tasks/0/support/0")
                .noneMatch(p -> p.startsWith("/tasks/16/") || p.startsWith("/tasks/19/") || p.startsWith("/tasks/21/"));
        assertThat(of("ha-tinh-2026.yaml")).noneMatch(f -> f.rule().equals("suppression-invalid"));
    }

    private static Set<String> fingerprints(ValidationResult result) throws Exception {
        Set<String> out = new HashSet<>();
        new ObjectMapper().readTree(report(new SarifReport(), result)).at("/runs/0/results")
                .forEach(r -> out.add(r.at("/partialFingerprints/reformplan~1v2").asText()));
        return out;
    }

    private static String report(ReportWriter writer, ValidationResult result) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(result, Locale.ENGLISH, out);
        return out.toString();
    }

    @Test
    void embeddingExampleRuns() throws Exception {
        assertThat(EmbeddingExample.summarise(PLANS.resolve("hoang-loc-2026.yaml")))
                .startsWith("Kế hoạch cải cách hành chính xã Hoằng Lộc năm 2026: 42 nhiệm vụ");
    }
}
