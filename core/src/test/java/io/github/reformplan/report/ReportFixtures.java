package io.github.reformplan.report;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanReadException;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Findings built by hand, so that each report test knows exactly what it writes, and a small plan with
 * real findings for the tests that need the plan too.
 */
final class ReportFixtures {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String VIETNAMESE_FILE = "plans/Kế hoạch xã Mẫu 2026.yaml";
    static final String EMPTY_FILE = "plans/empty.yaml";
    static final String CLEAN_FILE = "plans/clean.yaml";

    private ReportFixtures() {
    }

    static Finding finding(String rule, Severity severity, String file, String pointer, int line, int column,
            String key, Suggestion suggestion, Object... args) {
        return new Finding(rule, severity, new Location(file, JsonPointer.parse(pointer), line, column), key,
                List.of(args), suggestion, Locale.ENGLISH);
    }

    static final Finding LEAD_MISSING = finding("task-lead-missing", Severity.ERROR, VIETNAMESE_FILE,
            "/tasks/0", 30, 5, "task-lead-missing", null, "1");
    static final Finding UNSERVED = finding("target-unserved", Severity.WARNING, VIETNAMESE_FILE,
            "/targets/1", 20, 5, "target-unserved", null, "2");
    static final Finding ALIAS = finding("agency-alias", Severity.INFO, VIETNAMESE_FILE, "/tasks/1/lead/0", 41, 12,
            "agency-alias", new Suggestion("Sở Khoa học và Công nghệ", List.of(
                    new Suggestion.PatchOperation("test", "/tasks/1/lead/0", "Sở KHCN"),
                    new Suggestion.PatchOperation("replace", "/tasks/1/lead/0", "Sở Khoa học và Công nghệ"))),
            "Sở KHCN", "Sở Khoa học và Công nghệ", 1);
    static final Finding EMPTY = finding("parse", Severity.ERROR, EMPTY_FILE, "", 0, 0, "parse.empty", null);

    /** Three files: one with a finding at each severity, one unreadable, one clean. */
    static ValidationResult sample() {
        return new ValidationResult(List.of(
                new ValidationResult.FileResult(VIETNAMESE_FILE, "xa-mau-2026", List.of(UNSERVED, LEAD_MISSING, ALIAS)),
                new ValidationResult.FileResult(EMPTY_FILE, null, List.of(EMPTY)),
                new ValidationResult.FileResult(CLEAN_FILE, "xa-sach-2026", List.of())));
    }

    static final String PLAN_FILE = "plans/xa-mau.yaml";

    /** The clean test plan with a lead removed, a target no longer served, a late date and a hostile title. */
    static String brokenPlan() {
        String clean;
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/clean-plan.yaml")) {
            clean = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clean
                .replace("title: Ban hành và triển khai Kế hoạch kiểm tra cải cách hành chính năm 2026\n"
                                + "    outputs: [Kế hoạch kiểm tra]\n    lead: [Văn phòng HĐND và UBND]\n",
                        "title: Kiểm tra <script>alert('x')</script> & báo cáo\n    outputs: [Kế hoạch kiểm tra]\n")
                .replace("    targets: [\"1\"]\n", "")
                .replace("date: 2025-12-20", "date: 2026-01-15");
    }

    static ValidationResult validate(String text) {
        return PlanValidator.builder().build()
                .validateSources(List.of(PlanSource.of(PLAN_FILE, text.getBytes(StandardCharsets.UTF_8))));
    }

    static Plan read(String text) {
        try {
            return PlanReader.read(PlanSource.of(PLAN_FILE, text.getBytes(StandardCharsets.UTF_8)));
        } catch (PlanReadException e) {
            throw new IllegalStateException(e);
        }
    }

    static String render(ReportWriter writer, ValidationResult result, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            writer.write(result, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
