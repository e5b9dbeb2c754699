package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.PLAN_FILE;
import static io.github.reformplan.report.ReportFixtures.VI;
import static io.github.reformplan.report.ReportFixtures.brokenPlan;
import static io.github.reformplan.report.ReportFixtures.render;
import static io.github.reformplan.report.ReportFixtures.sample;
import static io.github.reformplan.report.ReportFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.model.ReformArea;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @Test
    void findingsAreGroupedByAreaBesideTheirTaskOrTarget() throws Exception {
        String text = brokenPlan();
        ValidationResult result = validate(text);
        assertThat(result.findings()).extracting(Finding::rule)
                .contains("task-lead-missing", "target-unserved", "plan-issued-late");
        String html = render(new HtmlReport(), result, VI);

        for (Finding f : result.findings()) {
            assertThat(html).contains(XmlText.html(f.message(VI)));
        }
        // The task's row sits under its area, the target's under its own, the header finding plan-wide.
        int planWide = html.indexOf("<h3>Kế hoạch chung</h3>");
        int direction = html.indexOf("<h3>Công tác chỉ đạo, điều hành</h3>");
        int procedures = html.indexOf("<h3>Cải cách thủ tục hành chính</h3>");
        assertThat(planWide).isPositive().isLessThan(direction);
        assertThat(direction).isLessThan(procedures);
        int taskRow = html.indexOf("<td>Nhiệm vụ 1: Kiểm tra &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; báo cáo</td>");
        assertThat(taskRow).isBetween(direction, procedures);
        int targetRow = html.indexOf("<td>Chỉ tiêu 1: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn</td>");
        assertThat(targetRow).isGreaterThan(procedures);
        assertThat(html.substring(planWide, direction)).contains("<td>/plan/decision/date</td>", "plan-issued-late");
        assertThat(html).contains("<code>" + PLAN_FILE + ":");
        assertThat(html).contains("<p class=\"muted\">Kế hoạch cải cách hành chính xã Mẫu năm 2026 · xa-mau-2026</p>");
    }

    @Test
    void everythingIsEscapedAndNothingIsLoadedFromElsewhere() throws Exception {
        String text = brokenPlan();
        String html = render(new HtmlReport(), validate(text), Locale.ENGLISH);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("& báo");
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("src=", "<link", "@import", "url(", "http:", "https:");
    }

    @Test
    void summaryCountsFilterAndLanguage() {
        String vi = render(new HtmlReport(), sample(), VI);
        assertThat(vi).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        assertThat(vi).contains("<title>Báo cáo kiểm tra kế hoạch</title>");
        assertThat(vi).contains("<span class=\"badge error\">Lỗi</span> 2 ", "<span class=\"badge warning\">Cảnh báo</span> 1 ",
                "<span class=\"badge info\">Thông tin</span> 1 ");
        assertThat(vi).contains("3 tệp: 2 lỗi, 1 cảnh báo, 1 thông tin");
        assertThat(vi).contains("<fieldset id=\"filter\" hidden>", "<input type=\"checkbox\" value=\"warning\" checked>");
        assertThat(vi).contains("<tr data-severity=\"info\">", "<tr data-severity=\"warning\">", "<tr data-severity=\"error\">");
        // Without plans everything is plan-wide, beside its pointer; the clean file still shows.
        assertThat(vi).doesNotContain("Công tác chỉ đạo").contains("<td>/tasks/1/lead/0</td>", "<td>/</td>");
        assertThat(vi).contains("<h2>plans/clean.yaml</h2>", "Không có phát hiện nào");
        assertThat(vi).contains("<td>Sở Khoa học và Công nghệ</td>");

        String en = render(new HtmlReport(), sample(), Locale.ENGLISH);
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Plan validation report</title>", "3 files: 2 errors, 1 warning, 1 info", "No finding");
    }

    @Test
    void thePlanComesWithTheResultNeverFromTheFileAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kế hoạch.yaml");
        Files.writeString(file, brokenPlan());
        ValidationResult result = PlanValidator.builder().build().validate(List.of(file));
        Files.delete(file);
        assertThat(render(new HtmlReport(), result, Locale.ENGLISH))
                .as("a file gone since validation is still shown beside its tasks")
                .contains("<h3>Direction and administration</h3>", "<td>Task 1: Kiểm tra &lt;script&gt;");
        ValidationResult stdin = PlanValidator.builder().build().validateSources(
                List.of(PlanSource.of("-", brokenPlan().getBytes(StandardCharsets.UTF_8))));
        assertThat(render(new HtmlReport(), stdin, Locale.ENGLISH)).as("standard input keeps its grouping")
                .contains("<h3>Direction and administration</h3>");
    }

    @Test
    void areaNamesInVietnameseAreTheResolutionsNames() {
        for (ReformArea area : ReformArea.values()) {
            assertThat(Messages.text(VI, "report.area." + area.id()))
                    .isEqualTo(area.vietnameseName());
        }
    }
}
