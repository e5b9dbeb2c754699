package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Plan;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    static String clean() throws IOException {
        try (InputStream in = PlanValidatorTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidationResult validate(PlanValidator v, String name, String text) {
        return v.validateSources(List.of(PlanSource.of(name, text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void cleanPlanHasNoFinding() throws IOException {
        assertThat(validate(PlanValidator.builder().build(), "clean.yaml", clean()).findings()).isEmpty();
    }

    @Test
    void severityOverrideAndOff() throws IOException {
        String late = clean().replace("date: 2025-12-20", "date: 2026-01-15");
        assertThat(validate(PlanValidator.builder().rule("plan-issued-late", "error").build(), "p.yaml", late)
                .findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
        assertThat(validate(PlanValidator.builder().rule("plan-issued-late", "off").build(), "p.yaml", late)
                .findings()).isEmpty();
        assertThatThrownBy(() -> PlanValidator.builder().rule("nope", "error"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown rule 'nope'; `reformplan rules` lists the rules");
        assertThatThrownBy(() -> PlanValidator.builder().rule("agency-defunt", "error"))
                .hasMessage("Unknown rule 'agency-defunt'; did you mean 'agency-defunct'?");
        assertThatThrownBy(() -> PlanValidator.builder().locale(Locale.forLanguageTag("vi")).rule("agency-defunt", "error"))
                .hasMessage("Không có quy tắc 'agency-defunt'; có phải ý bạn là 'agency-defunct'?");
        assertThatThrownBy(() -> PlanValidator.builder().rule("agency-defunct", "fatal"))
                .hasMessage("Invalid severity 'fatal' for rule 'agency-defunct': expected error, warning, info or off");
    }

    @Test
    void messagesFollowTheValidatorLocale() throws IOException {
        String late = clean().replace("date: 2025-12-20", "date: 2026-01-15");
        Finding vi = validate(PlanValidator.builder().locale(Locale.forLanguageTag("vi")).build(), "p.yaml", late)
                .findings().get(0);
        // Dates as Vietnamese write them in Vietnamese, in ISO form in English.
        assertThat(vi.message()).isEqualTo("Kế hoạch được ban hành ngày 15/1/2026, sau khi kỳ kế hoạch đã bắt đầu (1/1/2026)");
        assertThat(vi.message(Locale.ENGLISH)).startsWith("The plan was adopted on 2026-01-15");
        assertThat(vi.message()).doesNotContain("p.yaml").doesNotContain(":11:");
    }

    @Test
    void oneRootCauseGivesOneFinding() throws IOException {
        // Without a tasks array the schema reports it once; area-uncovered does not add seven more.
        String noTasks = clean().substring(0, clean().indexOf("tasks:"));
        List<Finding> findings = validate(PlanValidator.builder().build(), "p.yaml", noTasks).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("schema");
            assertThat(f.location().pointer().toString()).isEqualTo("/tasks");
        });
    }

    @Test
    void inFileSuppressionsHideMatchingFindings() throws IOException {
        String late = clean().replace("date: 2025-12-20", "date: 2026-01-15")
                + "suppress:\n  - rule: plan-issued-late\n    pointer: /plan/decision\n    reason: Ban hành muộn có lý do\n";
        assertThat(validate(PlanValidator.builder().build(), "p.yaml", late).findings()).isEmpty();
    }

    @Test
    void planIdsMustBeUniqueAcrossFiles() throws IOException {
        PlanValidator v = PlanValidator.builder().build();
        byte[] bytes = clean().getBytes(StandardCharsets.UTF_8);
        ValidationResult r = v.validateSources(List.of(PlanSource.of("a.yaml", bytes), PlanSource.of("b.yaml", bytes)));
        assertThat(r.files().get(0).findings()).isEmpty();
        assertThat(r.files().get(1).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("id-duplicate");
            assertThat(f.location().pointer().toString()).isEqualTo("/plan/id");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Plan id 'xa-mau-2026' is already used by a.yaml");
        });
    }

    @Test
    void plansBuiltInMemoryAreCheckedWithBeanValidation() throws Exception {
        Plan read = PlanReader.read(PlanSource.of("p.yaml", clean().getBytes(StandardCharsets.UTF_8)));
        PlanHeader h = read.plan();
        Plan broken = new Plan("memory", "1",
                new PlanHeader("Bad Id", h.title(), " ", h.level(), h.period(), h.decision(), null, h.position()),
                read.sections(), read.targets(), read.tasks(), read.responsibilities(), read.suppress());
        List<Finding> findings = PlanValidator.builder().build().validatePlans(List.of(broken)).findings();
        assertThat(findings).extracting(f -> f.rule() + " " + f.location().pointer())
                .containsExactlyInAnyOrder("schema /plan/id", "schema /plan/issuer");
        assertThat(PlanValidator.builder().build().validatePlans(List.of(read)).findings()).isEmpty();
    }

    @Test
    void oneValidatorServesManyThreads() throws Exception {
        PlanValidator v = PlanValidator.builder().build();
        String late = clean().replace("date: 2025-12-20", "date: 2026-01-15");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationResult>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> validate(v, "p.yaml", late)));
            }
            for (Future<ValidationResult> f : runs) {
                assertThat(f.get().findings()).singleElement().extracting(Finding::rule).isEqualTo("plan-issued-late");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void malformedSuppressionPointerOfAnInMemoryPlanIsReported() throws Exception {
        Plan read = PlanReader.read(PlanSource.of("p.yaml", clean().getBytes(StandardCharsets.UTF_8)));
        Plan withBadSuppression = new Plan("memory", "1", read.plan(), read.sections(), read.targets(), read.tasks(),
                read.responsibilities(), List.of(new io.github.reformplan.model.Suppression("agency-unknown", "tasks/0", "x",
                        io.github.reformplan.model.Position.of(io.github.reformplan.model.JsonPointer.parse("/suppress/0")))));
        assertThat(PlanValidator.builder().build().validatePlans(List.of(withBadSuppression)).findings())
                .extracting(Finding::messageKey).containsExactly("suppression-invalid.bad-pointer");
    }

    @Test
    void unquotedYearAndVersionAreAccepted() throws IOException {
        String unquoted = clean().replace("schemaVersion: \"1\"", "schemaVersion: 1").replace("period: \"2026\"", "period: 2026");
        assertThat(unquoted).contains("period: 2026\n").contains("schemaVersion: 1\n");
        assertThat(validate(PlanValidator.builder().build(), "p.yaml", unquoted).findings()).isEmpty();
        String range = clean().replace("period: \"2026\"", "period: 2026-2030");
        assertThat(validate(PlanValidator.builder().build(), "p.yaml", range).findings()).isEmpty();
        String wrong = clean().replace("period: \"2026\"", "period: 26");
        assertThat(validate(PlanValidator.builder().build(), "p.yaml", wrong).findings())
                .extracting(f -> f.rule() + " " + f.location().pointer()).containsExactly("schema /plan/period");
    }
}
