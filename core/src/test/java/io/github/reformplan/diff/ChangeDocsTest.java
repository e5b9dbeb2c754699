package io.github.reformplan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.model.Severity;
import io.github.reformplan.report.DiffReports;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every change check has its page in both languages, with its default severity, and the output the page
 * quotes is what the diff prints today on the fixture the page names; every check has its messages.
 */
class ChangeDocsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern FIXTURE = Pattern.compile("`reformplan diff thanh-hoa-2025\\.yaml ([a-z-]+\\.yaml)");
    private static final Pattern QUOTED = Pattern.compile("```text\n(.*?)\n```", Pattern.DOTALL);

    @Test
    void everyCheckHasItsPagesQuotingTodaysOutput() throws IOException {
        assertThat(ChangeCatalogue.builtIn().checks()).hasSize(13);
        for (RuleDescriptor d : ChangeCatalogue.builtIn().descriptors()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, VI}) {
                String page = ChangeCatalogue.page(d.id(), locale).orElseThrow(() -> new AssertionError(d.id()));
                assertThat(page).as(d.id()).startsWith("# " + d.id() + "\n");
                String severity = locale == VI ? "**Mức mặc định:** " + Messages.severity(VI, d.defaultSeverity())
                        : "**Default severity:** " + d.defaultSeverity().id();
                assertThat(page).as(d.id()).contains(severity);
                Matcher fixture = FIXTURE.matcher(page);
                assertThat(fixture.find()).as(d.id()).isTrue();
                Matcher quoted = QUOTED.matcher(page);
                assertThat(quoted.find()).as(d.id()).isTrue();
                StringWriter out = new StringWriter();
                DiffResult r = PlanDiff.builder().locale(locale).build()
                        .compare(PlanDiffTest.source(PlanDiffTest.BASE), PlanDiffTest.source(fixture.group(1)));
                DiffReports.forFormat("text", Severity.ERROR).write(r, locale, out);
                assertThat(quoted.group(1)).as(d.id() + " " + locale)
                        .isEqualTo(out.toString().replace(System.lineSeparator(), "\n").strip());
                assertThat(r.changes()).extracting(Change::check).as(d.id()).contains(d.id());
            }
            assertThat(Messages.has(Locale.ENGLISH, d.id() + ".summary")).as(d.id()).isTrue();
            assertThat(Messages.has(VI, d.id() + ".summary")).as(d.id()).isTrue();
            assertThat(Messages.format(VI, d.id() + ".summary", java.util.List.of()))
                    .isNotEqualTo(Messages.format(Locale.ENGLISH, d.id() + ".summary", java.util.List.of()));
        }
    }
}
