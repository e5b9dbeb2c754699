package io.github.reformplan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.report.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MavenLogTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Finding finding(int line, int column, Suggestion suggestion) {
        return new Finding("task-output-missing", Severity.WARNING,
                new Location("src/plans/x.yaml", JsonPointer.parse("/tasks/3"), line, column),
                "task-output-missing", List.of("4"), suggestion, Locale.ENGLISH);
    }

    @Test
    void aFindingIsPathLineColumnRuleMessage() {
        assertThat(MavenLog.line(finding(12, 5, null), Locale.ENGLISH))
                .isEqualTo("src/plans/x.yaml:12:5 task-output-missing Task 4 names no output (sản phẩm, kết quả)");
    }

    @Test
    void aFindingWithoutLineHasNoPositionAndASuggestionIsAppended() {
        assertThat(MavenLog.line(finding(0, 0, Suggestion.text("Báo cáo")), Locale.ENGLISH))
                .isEqualTo("src/plans/x.yaml task-output-missing Task 4 names no output (sản phẩm, kết quả)"
                        + " [suggestion: Báo cáo]");
    }

    @Test
    void aHostileFileNameOrValueStaysOnItsLogLine() {
        Finding f = new Finding("agency-unknown", Severity.WARNING,
                new Location("src/plans/x\n[ERROR] fake.yaml", JsonPointer.parse("/tasks/0/lead/0"), 3, 7),
                "agency-unknown", List.of("Sở \u001b[31mKHCN\r\n::error::x"), null, Locale.ENGLISH);
        assertThat(MavenLog.line(f, Locale.ENGLISH)).isEqualTo(
                "src/plans/x\\n[ERROR] fake.yaml:3:7 agency-unknown Agency 'Sở \\x1b[31mKHCN\\r\\n::error::x' is not known");
    }

    @Test
    void pathsAreRelativeToTheProjectWithForwardSlashes() {
        Path base = Path.of("project").toAbsolutePath();
        assertThat(MavenLog.displayName(base, base.resolve("src").resolve("plans").resolve("x.yaml")))
                .isEqualTo("src/plans/x.yaml");
        assertThat(MavenLog.displayName(base, base.resolveSibling("shared").resolve("y.yaml")))
                .isEqualTo("../shared/y.yaml");
    }

    @Test
    void summaryIsTheTextReportsInTheRunsLanguage() {
        assertThat(MavenLog.summary(new Summary(3, 1, 2, 0), Locale.ENGLISH))
                .isEqualTo("reformplan: 3 files: 1 error, 2 warnings, no info");
        assertThat(MavenLog.summary(new Summary(1, 0, 1, 1), Locale.ENGLISH))
                .isEqualTo("reformplan: 1 file: no error, 1 warning, 1 info");
        assertThat(MavenLog.summary(new Summary(1, 1, 0, 0), VI)).isEqualTo("reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin");
    }

    @Test
    void thresholdFromFailOn() {
        assertThat(MavenLog.threshold("error")).contains(Severity.ERROR);
        assertThat(MavenLog.threshold(" Warning ")).contains(Severity.WARNING);
        assertThat(MavenLog.threshold("info")).contains(Severity.INFO);
        assertThat(MavenLog.threshold("never")).isEmpty();
        assertThatThrownBy(() -> MavenLog.threshold("sometimes"))
                .hasMessageContaining("Invalid failOn 'sometimes'")
                .hasMessageContaining("error, warning, info or never");
    }

    @Test
    void failureNamesTheCountsAtOrAboveTheThreshold() {
        Summary s = new Summary(3, 1, 2, 5);
        assertThat(MavenLog.failure(s, Optional.of(Severity.ERROR), Locale.ENGLISH))
                .contains("reformplan found 1 error in the plans (failOn=error); see the findings above");
        assertThat(MavenLog.failure(s, Optional.of(Severity.WARNING), Locale.ENGLISH))
                .contains("reformplan found 1 error, 2 warnings in the plans (failOn=warning); see the findings above");
        assertThat(MavenLog.failure(s, Optional.of(Severity.INFO), VI)).contains(
                "reformplan phát hiện 1 lỗi, 2 cảnh báo, 5 thông tin trong các kế hoạch (failOn=info); xem các phát hiện ở trên");
        assertThat(MavenLog.failure(new Summary(1, 0, 0, 2), Optional.of(Severity.WARNING), Locale.ENGLISH)).isEmpty();
        assertThat(MavenLog.failure(s, Optional.empty(), VI)).isEmpty();
    }

    @Test
    void aVietnameseFindingLineHasVietnameseDates() {
        Finding f = new Finding("deadline-before-issue", Severity.ERROR,
                new Location("src/plans/x.yaml", JsonPointer.parse("/tasks/0/deadline"), 36, 15), "deadline-before-issue",
                List.of("Quý I/2025", java.time.LocalDate.of(2025, 3, 31), java.time.LocalDate.of(2025, 12, 20)), null, VI);
        assertThat(MavenLog.line(f, VI)).isEqualTo("src/plans/x.yaml:36:15 deadline-before-issue Thời hạn 'Quý I/2025'"
                + " kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch (20/12/2025)");
    }
}
