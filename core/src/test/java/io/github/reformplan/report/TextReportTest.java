package io.github.reformplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final ValidationResult RESULT = new ValidationResult(List.of(new ValidationResult.FileResult(
            "plans/a.yaml", "a", List.of(
                    new Finding("task-lead-missing", Severity.ERROR, new Location("plans/a.yaml", JsonPointer.parse("/tasks/0"), 12, 5),
                            "task-lead-missing", List.of("2.1"), null, Locale.ENGLISH),
                    new Finding("parse", Severity.WARNING, new Location("plans/a.yaml", JsonPointer.ROOT, 0, 0),
                            "parse.empty", List.of(), null, Locale.ENGLISH)))));

    private static String write(TextReport report) throws IOException {
        return write(report, Locale.ENGLISH);
    }

    private static String write(TextReport report, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        report.write(RESULT, locale, out);
        return out.toString();
    }

    @Test
    void plainLinesAndSummary() throws IOException {
        String nl = System.lineSeparator();
        assertThat(write(new TextReport())).isEqualTo(
                "plans/a.yaml:12:5: error task-lead-missing Task 2.1 has no lead agency (cơ quan chủ trì)" + nl
                        + "plans/a.yaml: warning parse The file is empty" + nl + nl
                        + "1 file: 1 error, 1 warning, no info" + nl);
    }

    @Test
    void colourMarksOnlyTheSeverity() throws IOException {
        String coloured = write(new TextReport(true, false));
        assertThat(coloured).contains("plans/a.yaml:12:5: \u001b[1;31merror\u001b[0m task-lead-missing Task 2.1")
                .contains("plans/a.yaml: \u001b[33mwarning\u001b[0m parse The file is empty")
                .doesNotContain("1 file");
    }

    @Test
    void inVietnameseTheSeverityIsVietnameseToo() throws IOException {
        String nl = System.lineSeparator();
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(write(new TextReport(), vi)).isEqualTo(
                "plans/a.yaml:12:5: lỗi task-lead-missing Nhiệm vụ 2.1 chưa có cơ quan chủ trì" + nl
                        + "plans/a.yaml: cảnh báo parse Tệp rỗng" + nl + nl
                        + "1 tệp: 1 lỗi, 1 cảnh báo, 0 thông tin" + nl);
        assertThat(write(new TextReport(true, false), vi))
                .contains("plans/a.yaml: \u001b[33mcảnh báo\u001b[0m parse Tệp rỗng");
    }
}
