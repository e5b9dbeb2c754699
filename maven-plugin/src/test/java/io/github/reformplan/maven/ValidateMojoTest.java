package io.github.reformplan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Severity;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The option checks of the Mojo; its runs are the integration tests in src/it. */
class ValidateMojoTest {

    @Test
    void formatsAreACommaListAndEachKnownFormatHasAWriterAndAFile() throws MojoExecutionException {
        assertThat(ValidateMojo.formatList(" json, TEXT,,json ")).containsExactly("json", "text");
        assertThat(ValidateMojo.formatList(null)).isEmpty();
        for (String format : ValidateMojo.FORMATS) {
            assertThat(ValidateMojo.reportWriter(format, Severity.ERROR).format()).isEqualTo(format);
        }

    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> ValidateMojo.reportWriter("pdf", Severity.ERROR))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown report format 'pdf' in formats (property reformplan.formats): known formats are text, json, sarif, junit, html");
    }

    @Test
    void langIsViOrEn() throws MojoExecutionException {
        assertThat(ValidateMojo.locale("vi").getLanguage()).isEqualTo("vi");
        assertThat(ValidateMojo.locale("EN")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ValidateMojo.locale("fr")).hasMessageContaining("Invalid lang 'fr'");
    }
}
