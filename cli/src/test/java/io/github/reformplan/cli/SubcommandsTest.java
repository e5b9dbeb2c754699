package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SubcommandsTest {

    @TempDir
    Path dir;

    @Test
    void schemaPrintsThePublishedSchema() throws IOException {
        ValidateCommandTest.Run r = ValidateCommandTest.run("schema");
        assertThat(r.exit()).isZero();
        JsonNode schema = new ObjectMapper().readTree(r.out());
        assertThat(schema.get("$id").asText()).endsWith("/schema/1/plan.schema.json");
        assertThat(schema.at("/properties/tasks")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "commune", "department"})
    void initSkeletonValidatesWithExactlyItsPlaceholdersAndCleanOnceFilledIn(String level) throws IOException {
        ValidateCommandTest.Run init = ValidateCommandTest.run("init", "--level", level, "--year", "2027", "--lang", "en");
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("period: \"2027\"").contains("level: " + level).contains("Quý I/2027");
        assertThat(init.err()).isEqualTo("Plan skeleton written. Fill in every \"...\" (plan.title, plan.issuer), replace"
                + " the sample targets and tasks, then run: reformplan validate FILE" + System.lineSeparator());
        Path plan = dir.resolve(level + ".yaml");
        Files.writeString(plan, init.out());
        ValidateCommandTest.Run check = ValidateCommandTest.run("validate", "--lang", "en", "--format", "json", plan.toString());
        assertThat(check.exit()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(check.out()).at("/files/0/findings");
        List<String> found = new ArrayList<>();
        findings.forEach(f -> found.add(f.get("rule").asText() + " " + f.get("pointer").asText()));
        assertThat(found).containsExactly("placeholder-unfilled /plan/title", "placeholder-unfilled /plan/issuer");

        String name = switch (level) {
            case "province" -> "Hà Tĩnh";
            case "commune" -> "Hoằng Lộc";
            default -> "Nội vụ";
        };
        Files.writeString(plan, init.out().replace(" ...", " " + name));
        ValidateCommandTest.Run filled = ValidateCommandTest.run("validate", "--lang", "en", "--fail-on", "info", plan.toString());
        assertThat(filled.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());
        assertThat(filled.exit()).isZero();
    }

    @Test
    void initSaysWhatToFillInInVietnamese() {
        ValidateCommandTest.Run init = ValidateCommandTest.run("init", "--lang", "vi");
        assertThat(init.err()).startsWith("Đã in khung kế hoạch. Hãy điền mọi chỗ \"...\" (plan.title, plan.issuer)");
        assertThat(init.out()).contains("# Khung kế hoạch cải cách hành chính năm").contains("placeholder-unfilled");
    }

    @Test
    void initRejectsAnAbsurdYear() {
        assertThat(ValidateCommandTest.run("init", "--year", "20266").exit()).isEqualTo(2);
        assertThat(ValidateCommandTest.run("init", "--level", "planet").exit()).isEqualTo(2);
    }

    @Test
    void rulesListsEveryRuleWithItsSeverityAndSummaryInBothLanguages() {
        ValidateCommandTest.Run en = ValidateCommandTest.run("rules", "--lang", "en");
        assertThat(en.exit()).isZero();
        assertThat(en.out().lines()).hasSize(io.github.reformplan.engine.RuleRegistry.builtIn().descriptors().size());
        assertThat(en.out()).containsPattern("deadline-order +error +A report is due before the work it reports on");
        ValidateCommandTest.Run vi = ValidateCommandTest.run("rules", "--lang", "vi");
        assertThat(vi.out()).containsPattern("deadline-order +lỗi +Báo cáo có hạn trước phần việc mà nó báo cáo")
                .containsPattern("deadline-lead-time +cảnh báo +Thời hạn quá gần ngày ban hành kế hoạch")
                .containsPattern("agency-alias +thông tin +Cơ quan được ghi theo cách viết không chuẩn")
                .doesNotContain(" error ").doesNotContain(" warning ").doesNotContain(" info ");
    }

    @Test
    void rulesIdPrintsTheRulePageInTheChosenLanguage() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("rules", "agency-defunct", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("# agency-defunct").contains("## Why").contains("## Failing example")
                .contains("## Passing example");
        ValidateCommandTest.Run vi = ValidateCommandTest.run("rules", "agency-defunct", "--lang", "vi");
        assertThat(vi.exit()).isZero();
        assertThat(vi.out()).startsWith("# agency-defunct\n**Mức độ mặc định:** lỗi (error)").contains("## Vì sao")
                .contains("## Ví dụ sai").contains("## Ví dụ đúng")
                .contains(": lỗi agency-defunct 'UBND cấp huyện' đã chấm dứt hoạt động từ ngày 30/6/2025");
    }

    @Test
    void anUnknownRuleIdIsAUsageErrorThatSuggestsTheNearest() {
        ValidateCommandTest.Run typo = ValidateCommandTest.run("rules", "agency-defunt", "--lang", "en");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).startsWith("Unknown rule 'agency-defunt'; did you mean 'agency-defunct'?");
        ValidateCommandTest.Run vi = ValidateCommandTest.run("rules", "agency-defunt", "--lang", "vi");
        assertThat(vi.err()).startsWith("Không có quy tắc 'agency-defunt'; có phải ý bạn là 'agency-defunct'?");
        ValidateCommandTest.Run none = ValidateCommandTest.run("rules", "no-such-rule", "--lang", "en");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("Unknown rule 'no-such-rule'; `reformplan rules` lists the rules");
        ValidateCommandTest.Run option = ValidateCommandTest.run("validate", "--lang", "en", "--rule", "agency-defunt=off", "x.yaml");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).startsWith("--rule agency-defunt=off: Unknown rule 'agency-defunt'; did you mean 'agency-defunct'?");
    }
}
