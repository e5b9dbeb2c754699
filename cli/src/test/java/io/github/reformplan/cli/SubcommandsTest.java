package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void initSkeletonValidatesWithoutAnyFinding(String level) throws IOException {
        ValidateCommandTest.Run init = ValidateCommandTest.run("init", "--level", level, "--year", "2027");
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("period: \"2027\"").contains("level: " + level).contains("Quý I/2027");
        Path plan = dir.resolve(level + ".yaml");
        Files.writeString(plan, init.out());
        ValidateCommandTest.Run check = ValidateCommandTest.run("validate", "--lang", "en", "--fail-on", "info", plan.toString());
        assertThat(check.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());
        assertThat(check.exit()).isZero();
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
        assertThat(vi.out()).containsPattern("deadline-order +error +Báo cáo có hạn trước phần việc mà nó báo cáo");
    }

    @Test
    void rulesIdPrintsTheRulePage() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("rules", "agency-defunct");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("# agency-defunct").contains("## Why").contains("## Failing example")
                .contains("## Passing example");
        assertThat(ValidateCommandTest.run("rules", "no-such-rule").exit()).isEqualTo(2);
    }
}
