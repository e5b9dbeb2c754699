package io.github.reformplan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The option checks of the Mojo; its runs are the integration tests in src/it. */
class ValidateMojoTest {

    @Test
    void formatsAreACommaListAndEachKnownFormatHasAWriterAndAFile() throws MojoExecutionException {
        assertThat(ValidateMojo.formatList(" json, TEXT,,json ")).containsExactly("json", "text");
        assertThat(ValidateMojo.formatList(null)).isEmpty();
        for (String format : ValidateMojo.FORMATS) {
            assertThat(ValidateMojo.reportWriter(format).format()).isEqualTo(format);
        }
        assertThat(ValidateMojo.reportFileName(ValidateMojo.reportWriter("json"))).isEqualTo("reformplan.json");
        assertThat(ValidateMojo.reportFileName(ValidateMojo.reportWriter("text"))).isEqualTo("reformplan.txt");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> ValidateMojo.reportWriter("pdf"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown report format 'pdf' in formats (property reformplan.formats): known formats are json, text");
    }

    @Test
    void langIsViOrEn() throws MojoExecutionException {
        assertThat(ValidateMojo.locale("vi").getLanguage()).isEqualTo("vi");
        assertThat(ValidateMojo.locale("EN")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ValidateMojo.locale("fr")).hasMessageContaining("Invalid lang 'fr'");
    }

    @Test
    void rulesNameKnownRulesWithASeverityOrOff() throws MojoExecutionException {
        assertThat(ValidateMojo.validator(Locale.ENGLISH, Map.of("agency-multiple-leads", "off", "task-output-missing", "ERROR"))
                .config().severities())
                .containsEntry("agency-multiple-leads", Optional.empty())
                .containsEntry("task-output-missing", Optional.of(Severity.ERROR));
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.ENGLISH, Map.of("no-such-rule", "off")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown rule 'no-such-rule' in <rules>");
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.ENGLISH, Map.of("task-output-missing", "fatal")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid severity 'fatal' for rule 'task-output-missing' in <rules>: expected error, warning, info or off");
    }
}
