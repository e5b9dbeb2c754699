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
            assertThat(ValidateMojo.reportWriter(format, Severity.ERROR, name -> Optional.empty()).format()).isEqualTo(format);
        }
        assertThat(ValidateMojo.reportFileName(ValidateMojo.reportWriter("json", Severity.ERROR, null))).isEqualTo("reformplan.json");
        assertThat(ValidateMojo.reportFileName(ValidateMojo.reportWriter("text", Severity.ERROR, null))).isEqualTo("reformplan.txt");
        assertThat(ValidateMojo.reportFileName(ValidateMojo.reportWriter("junit", Severity.ERROR, null))).isEqualTo("TEST-reformplan.xml");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> ValidateMojo.reportWriter("pdf", Severity.ERROR, null))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown report format 'pdf' in formats (property reformplan.formats): known formats are text, json, sarif, junit, html");
    }

    @Test
    void langIsViOrEn() throws MojoExecutionException {
        assertThat(ValidateMojo.locale("vi").getLanguage()).isEqualTo("vi");
        assertThat(ValidateMojo.locale("EN")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ValidateMojo.locale("fr")).hasMessageContaining("Invalid lang 'fr'");
    }

    @Test
    void rulesNameKnownRulesWithASeverityOrOff() throws MojoExecutionException {
        assertThat(ValidateMojo.validator(Locale.ENGLISH, Map.of("agency-multiple-leads", "off", "task-output-missing", "ERROR"), null)
                .config().severities())
                .containsEntry("agency-multiple-leads", Optional.empty())
                .containsEntry("task-output-missing", Optional.of(Severity.ERROR));
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.ENGLISH, Map.of("no-such-rule", "off"), null))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("<rules>: Unknown rule 'no-such-rule'; `reformplan rules` lists the rules");
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.ENGLISH, Map.of("task-output-mising", "off"), null))
                .hasMessage("<rules>: Unknown rule 'task-output-mising'; did you mean 'task-output-missing'?");
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.forLanguageTag("vi"), Map.of("task-output-mising", "off"), null))
                .hasMessage("<rules>: Không có quy tắc 'task-output-mising'; có phải ý bạn là 'task-output-missing'?");
        assertThatThrownBy(() -> ValidateMojo.validator(Locale.ENGLISH, Map.of("task-output-missing", "fatal"), null))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("<rules>: Invalid severity 'fatal' for rule 'task-output-missing': expected error, warning, info or off");
    }
}
