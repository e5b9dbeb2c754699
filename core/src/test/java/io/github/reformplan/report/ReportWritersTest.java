package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.render;
import static io.github.reformplan.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    @Test
    void everyFormatHasAWriterThatKnowsItsName() {
        assertThat(ReportWriters.formats()).containsExactly("text", "json", "sarif", "junit", "html");
        for (String format : ReportWriters.formats()) {
            assertThat(ReportWriters.forFormat(format).format()).isEqualTo(format);
            assertThat(ReportWriters.forFormat(format.toUpperCase(Locale.ROOT)).format()).isEqualTo(format);
            assertThat(ReportWriters.defaultFileName(format)).startsWith(format.equals("junit") ? "TEST-" : "reformplan.");
        }
        assertThat(ReportWriters.forFormat("junit")).isInstanceOf(JUnitReport.class);
        assertThat(ReportWriters.defaultFileName("sarif")).isEqualTo("reformplan.sarif");
    }

    @Test
    void optionsReachTheWritersThatUseThem() {
        String never = render(ReportWriters.forFormat("junit", null), sample(), Locale.ENGLISH);
        assertThat(never).contains("failures=\"0\"").doesNotContain("<failure");
        String warning = render(ReportWriters.forFormat("junit", Severity.WARNING), sample(), Locale.ENGLISH);
        assertThat(warning).contains("<testsuites name=\"reformplan\" tests=\"5\" failures=\"3\"");
        String html = render(ReportWriters.forFormat("html", Severity.ERROR), sample(),
                Locale.ENGLISH);
        assertThat(html).contains("<h3>Plan-wide</h3>");
    }

    @Test
    void anUnknownFormatIsRefusedWithTheList() {
        assertThatThrownBy(() -> ReportWriters.forFormat("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xml'").hasMessageContaining("text, json, sarif, junit, html");
        assertThatThrownBy(() -> ReportWriters.defaultFileName("pdf")).isInstanceOf(IllegalArgumentException.class);
    }
}
