package io.github.reformplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.ConfigFile;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleDocs;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module's tests run on the module path (it has a {@code module-info}): what an integrator's modular
 * application sees of {@code io.github.reformplan.core}. The rules come through {@code provides}, the messages,
 * rule pages and schemas are read across module boundaries, the model is open to Hibernate Validator.
 */
class ModulePathTest {

    private static final Module CORE = PlanValidator.class.getModule();

    @Test
    void theLibraryIsANamedModuleThatExportsOnlyItsApi() {
        assertThat(ModulePathTest.class.getModule().isNamed()).isTrue();
        assertThat(CORE.getName()).isEqualTo("io.github.reformplan.core");
        assertThat(CORE.getDescriptor().exports()).extracting(e -> e.source()).contains(
                "io.github.reformplan.model", "io.github.reformplan.read", "io.github.reformplan.engine",
                "io.github.reformplan.report", "io.github.reformplan.run", "io.github.reformplan.diff");
        assertThat(CORE.isExported("io.github.reformplan.diff.checks")).isFalse();
        assertThat(CORE.getPackages()).contains("io.github.reformplan.rules", "io.github.reformplan.rules.agency",
                "io.github.reformplan.text");
        assertThat(CORE.getPackages()).filteredOn(p -> p.startsWith("io.github.reformplan.rules"))
                .noneMatch(CORE::isExported);
        assertThat(CORE.isExported("io.github.reformplan.text")).isFalse();
    }

    @Test
    void theBuiltInRulesMessagesAndPagesAreFoundOnTheModulePath() {
        assertThat(RuleRegistry.builtIn().rules()).hasSizeGreaterThanOrEqualTo(31);
        assertThat(Messages.severity(Locale.forLanguageTag("vi"), io.github.reformplan.model.Severity.ERROR))
                .isEqualTo("lỗi");
        assertThat(RuleDocs.page("deadline-before-issue", Locale.forLanguageTag("vi")))
                .hasValueSatisfying(page -> assertThat(page).startsWith("# deadline-before-issue").contains("## Vì sao"));
    }

    @Test
    void aConfigurationIsCheckedAgainstItsSchemaOnTheModulePath(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("reformplan.yaml"), "rules:\n  task-output-missing: error\n");
        ConfigFile loaded = ConfigFile.load(config);
        ValidationResult result = PlanValidator.builder().config(loaded.validator()).build()
                .validate(List.of(Path.of("plans", "hoang-loc-2026.yaml")));
        assertThat(result.findings()).isEmpty();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  task-output-missing: loud\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigFile.load(bad))
                .hasMessageContaining("loud");
    }
}
