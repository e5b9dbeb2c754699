package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.read.PlanSource;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Third-party rules come in packs found with ServiceLoader: the test pack is listed in a services file
 * that only a class loader made for this test sees, so no other test runs its rule.
 */
class RulePackTest {

    private static ClassLoader withTestPack() {
        URL services = RulePackTest.class.getResource("/testpack-services/");
        return new URLClassLoader(new URL[] {services}, RulePackTest.class.getClassLoader());
    }

    @Test
    void aPackOnTheClassPathRunsBesideTheBuiltInRulesWithItsOwnMessages() throws Exception {
        RuleRegistry registry = RuleRegistry.installed(withTestPack());
        assertThat(registry.byId("test-province/task-funding-missing")).isPresent();
        assertThat(registry.rules()).hasSize(RuleRegistry.builtIn().rules().size() + 1);
        assertThat(RuleRegistry.installed().byId("test-province/task-funding-missing")).as("not on the plain class path")
                .isEmpty();

        byte[] plan;
        try (InputStream in = RulePackTest.class.getResourceAsStream("/clean-plan.yaml")) {
            plan = in.readAllBytes();
        }
        PlanValidator validator = PlanValidator.builder().registry(registry).build();
        List<Finding> found = validator.validateSources(List.of(PlanSource.of("xa.yaml", plan))).findings().stream()
                .filter(f -> f.rule().equals("test-province/task-funding-missing")).toList();
        assertThat(found).isNotEmpty();
        Finding first = found.get(0);
        assertThat(first.severity().id()).isEqualTo("warning");
        assertThat(first.location().pointer().toString()).startsWith("/tasks/");
        assertThat(first.message(Locale.ENGLISH)).matches("Task .+ does not say how it is funded");
        assertThat(first.message(Locale.forLanguageTag("vi"))).matches("Nhiệm vụ .+ chưa nêu nguồn kinh phí");
        assertThat(validator.validateSources(List.of(PlanSource.of("xa.yaml", plan))).rules())
                .as("reports describe the pack's rule too")
                .anyMatch(d -> d.id().equals("test-province/task-funding-missing"));
    }
}
