package io.github.reformplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void totalsMatchTheReadme() {
        assertThat(RESULT.count(Severity.ERROR)).isEqualTo(2);
        assertThat(RESULT.count(Severity.WARNING)).isEqualTo(37);
        assertThat(RESULT.count(Severity.INFO)).isEqualTo(22);
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
    void embeddingExampleRuns() throws Exception {
        assertThat(EmbeddingExample.summarise(PLANS.resolve("hoang-loc-2026.yaml")))
                .startsWith("Kế hoạch cải cách hành chính xã Hoằng Lộc năm 2026: 42 nhiệm vụ");
    }
}
