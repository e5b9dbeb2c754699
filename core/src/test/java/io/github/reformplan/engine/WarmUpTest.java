package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** The bundled plan is valid against the schema, so that warming up goes on into the rules. */
    @Test
    void theWarmUpPlanIsReadAndReachesTheRuleFamilies() throws IOException {
        byte[] plan;
        try (InputStream in = PlanValidator.class.getResourceAsStream("/io/github/reformplan/data/warm-up.yaml")) {
            plan = in.readAllBytes();
        }
        List<Finding> findings = PlanValidator.builder().build()
                .validateSources(List.of(PlanSource.of("warm-up.yaml", plan))).findings();

        assertThat(findings).extracting(Finding::rule).doesNotContain("parse", "schema")
                .contains("agency-multiple-leads", "area-uncovered", "section-missing");
        assertThat(PlanValidator.warmUp()).isEqualTo(findings.size());
    }
}
