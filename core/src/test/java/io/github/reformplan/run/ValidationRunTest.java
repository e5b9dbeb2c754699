package io.github.reformplan.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run every front end shares: settings to a validator, findings to a baseline and reports, and the verdict. */
class ValidationRunTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static byte[] cleanPlan() throws IOException {
        try (InputStream in = ValidationRunTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return in.readAllBytes();
        }
    }

    /** The clean plan with its lead agency removed: one task-lead-missing error. */
    private static PlanSource planWithoutLead() throws IOException {
        String text = new String(cleanPlan(), java.nio.charset.StandardCharsets.UTF_8);
        String broken = text.replaceFirst("(?m)^(\\s*)lead:.*$", "$1lead: []");
        assertThat(broken).isNotEqualTo(text);
        return PlanSource.of("plans/xa.yaml", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void settingsGiveTheLanguageAskedForThenTheConfigurationsThenTheDefault(@TempDir Path dir) throws Exception {
        assertThat(new RunSettings(null, dir, null, VI, Map.of()).resolve().locale()).isEqualTo(VI);
        Files.writeString(dir.resolve("reformplan.yaml"), "language: en\n");
        RunSettings.Resolved fromConfig = new RunSettings(null, dir, null, VI, Map.of()).resolve();
        assertThat(fromConfig.locale().getLanguage()).isEqualTo("en");
        assertThat(fromConfig.configFile()).isPresent();
        assertThat(new RunSettings(null, dir, VI, Locale.ENGLISH, Map.of()).resolve().locale()).isEqualTo(VI);
    }

    @Test
    void ruleOverridesReachTheValidatorAndBadOnesAreUsageErrorsInBothLanguages(@TempDir Path dir) throws Exception {
        RunSettings.Resolved s = new RunSettings(null, dir, null, Locale.ENGLISH,
                Map.of("agency-multiple-leads", "off", "task-output-missing", "ERROR")).resolve();
        assertThat(s.validator().config().severities())
                .containsEntry("agency-multiple-leads", Optional.empty())
                .containsEntry("task-output-missing", Optional.of(Severity.ERROR));
        RunException unknown = org.junit.jupiter.api.Assertions.assertThrows(RunException.class,
                () -> new RunSettings(null, dir, null, Locale.ENGLISH, Map.of("no-such-rule", "off")).resolve());
        assertThat(unknown.message(Locale.ENGLISH)).isEqualTo("Unknown rule 'no-such-rule'; `reformplan rules` lists the rules");
        assertThat(unknown.override()).contains("no-such-rule=off");
        RunException vi = org.junit.jupiter.api.Assertions.assertThrows(RunException.class,
                () -> new RunSettings(null, dir, VI, Locale.ENGLISH, Map.of("task-output-mising", "off")).resolve());
        assertThat(vi.message(VI)).isEqualTo("Không có quy tắc 'task-output-mising'; có phải ý bạn là 'task-output-missing'?");
        assertThatThrownBy(() -> new RunSettings(null, dir, null, Locale.ENGLISH,
                Map.of("task-output-missing", "fatal")).resolve())
                .isInstanceOf(RunException.class)
                .hasMessage("Invalid severity 'fatal' for rule 'task-output-missing': expected error, warning, info or off");
        assertThatThrownBy(() -> new RunSettings(dir.resolve("nope.yaml"), dir, null, Locale.ENGLISH, Map.of()).resolve())
                .isInstanceOf(RunException.class).hasMessageContaining("No such configuration file").hasMessageContaining("nope.yaml");
    }

    @Test
    void aRunWritesEveryReportAndFailsAtItsThreshold(@TempDir Path dir) throws Exception {
        RunSettings.Resolved s = new RunSettings(null, dir, Locale.ENGLISH, Locale.ENGLISH, Map.of()).resolve();
        StringWriter text = new StringWriter();
        Path sarif = dir.resolve("out/reformplan.sarif");
        ValidationRun.Outcome o = new ValidationRun(s.validator(), s.locale())
                .report(ReportWriters.forFormat("text"), text)
                .report(ReportWriters.forFormat("sarif"), sarif)
                .run(List.of(planWithoutLead()));
        assertThat(o.failed()).isTrue();
        assertThat(o.result().findings()).extracting(f -> f.rule()).contains("task-lead-missing");
        assertThat(text.toString()).contains("plans/xa.yaml:", "error task-lead-missing");
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"task-lead-missing\"");
        assertThat(new ValidationRun(s.validator(), s.locale()).failOn(null).run(List.of(planWithoutLead())).failed())
                .as("never").isFalse();
        assertThat(new ValidationRun(s.validator(), s.locale()).run(List.of(PlanSource.of("ok.yaml", cleanPlan())))
                .failed()).as("a clean plan").isFalse();
    }

    @Test
    void aBaselineIsWrittenThenKnownFindingsPassAndStaleEntriesAreWarned(@TempDir Path dir) throws Exception {
        RunSettings.Resolved s = new RunSettings(null, dir, Locale.ENGLISH, Locale.ENGLISH, Map.of()).resolve();
        Path baseline = dir.resolve("baseline.json");
        ValidationRun.Outcome written = new ValidationRun(s.validator(), s.locale()).writeBaseline(baseline)
                .run(List.of(planWithoutLead()));
        assertThat(written.failed()).isFalse();
        assertThat(written.notices()).singleElement().asString().contains("recorded in").contains("baseline.json");

        ValidationRun.Outcome known = new ValidationRun(s.validator(), s.locale()).baseline(baseline, "baseline.json")
                .run(List.of(planWithoutLead()));
        assertThat(known.failed()).isFalse();
        assertThat(known.result().findings()).isEmpty();
        assertThat(known.notices()).extracting(ValidationRun.Notice::warning).containsExactly(false);

        ValidationRun.Outcome fixed = new ValidationRun(s.validator(), s.locale()).baseline(baseline)
                .run(List.of(PlanSource.of("plans/xa.yaml", cleanPlan())));
        assertThat(fixed.notices()).filteredOn(ValidationRun.Notice::warning).isNotEmpty()
                .allSatisfy(n -> assertThat(n.text()).contains("stale baseline entry"));
    }

    @Test
    void anUnreadableBaselineIsAUsageError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("b.json");
        Files.writeString(bad, "[1, 2");
        RunSettings.Resolved s = new RunSettings(null, dir, Locale.ENGLISH, Locale.ENGLISH, Map.of()).resolve();
        assertThatThrownBy(() -> new ValidationRun(s.validator(), s.locale()).baseline(bad).run(List.of(planWithoutLead())))
                .isInstanceOf(RunException.class).hasMessageContaining("is not a reformplan baseline").hasMessageContaining("b.json");
    }
}
