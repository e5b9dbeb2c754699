package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * A file name and an agency that try to break out of their line: text output shows them escaped (so a
 * plan cannot inject CI workflow commands or terminal escapes), JSON and SARIF keep them exact, escaped
 * as JSON requires, JUnit shows them as the text report does.
 */
class HostileTextTest {

    static final String FILE = "plans/x\n::error file=a.yaml::owned\u001b[2J.yaml";
    static final String AGENCY = "Sở \u001b]0;title\u0007KHCN\r\n::warning::fake\u202e\u2028";
    static final Finding UNKNOWN = finding("agency-unknown", Severity.WARNING, FILE, "/tasks/0/lead/0", 3, 7,
            "agency-unknown", null, AGENCY);
    static final ValidationResult RESULT = new ValidationResult(List.of(
            new ValidationResult.FileResult(FILE, "x", List.of(UNKNOWN))));

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("line feed", "a\nb", "a\\nb"),
                Arguments.of("carriage return", "a\rb", "a\\rb"),
                Arguments.of("tab", "a\tb", "a\\tb"),
                Arguments.of("escape", "\u001b[31mred", "\\x1b[31mred"),
                Arguments.of("bell and NUL", "\u0007\u0000", "\\x07\\x00"),
                Arguments.of("delete", "\u007f", "\\x7f"),
                Arguments.of("C1 next line", "a\u0085b", "a\\u0085b"),
                Arguments.of("C1 CSI", "\u009b31m", "\\u009b31m"),
                Arguments.of("line separator", "a\u2028b\u2029", "a\\u2028b\\u2029"),
                Arguments.of("right-to-left override", "\u202eabc\u202c", "\\u202eabc\\u202c"),
                Arguments.of("isolates and marks", "\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
                        "\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c"),
                Arguments.of("Vietnamese, emoji and a Windows path stay", "Sở Nội vụ 😀 plans\\ha-tinh.yaml",
                        "Sở Nội vụ 😀 plans\\ha-tinh.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void controlCharactersAreShownVisibly(String name, String raw, String shown) {
        assertThat(VisibleText.escape(raw)).isEqualTo(shown);
    }

    @Test
    void aTextLineIsOneLineWithoutEscapeCharactersColouredOrNot() throws Exception {
        for (boolean color : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            new TextReport(color, false).write(RESULT, Locale.ENGLISH, out);
            String text = out.toString();
            assertThat(text.lines()).hasSize(1);
            String line = text.lines().findFirst().orElseThrow();
            assertThat(line).startsWith("plans/x\\n::error file=a.yaml::owned\\x1b[2J.yaml:3:7: ")
                    .contains("'Sở \\x1b]0;title\\x07KHCN\\r\\n::warning::fake\\u202e\\u2028'")
                    .doesNotContain("\r").doesNotContain("\u2028").doesNotContain("\u202e");
            // the only escape characters are the report's own colours
            assertThat(line.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b");
            assertThat(line.contains("\u001b")).isEqualTo(color);
        }
    }

    @Test
    void aFileNameNeverStartsALineWithACiCommandMarker() {
        assertThat(TextReport.fileName("::error::x.yaml")).isEqualTo("./::error::x.yaml");
        assertThat(TextReport.fileName("##vso[task.setvariable]x.yaml")).isEqualTo("./##vso[task.setvariable]x.yaml");
        assertThat(TextReport.fileName("plans/::error::x.yaml")).isEqualTo("plans/::error::x.yaml");
    }

    @Test
    void jsonAndSarifKeepTheExactTextEscapedAsJsonRequires() throws Exception {
        for (ReportWriter w : List.of(new JsonReport(), new SarifReport())) {
            StringWriter out = new StringWriter();
            w.write(RESULT, Locale.ENGLISH, out);
            String json = out.toString();
            // raw control characters are never in a JSON string
            assertThat(json.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != ' ')).isEmpty();
            assertThat(json).contains("\\u001B");
            JsonNode root = new ObjectMapper().readTree(json);
            if (w instanceof JsonReport) {
                assertThat(root.at("/files/0/path").asText()).isEqualTo(FILE);
                assertThat(root.at("/files/0/findings/0/message").asText()).contains(AGENCY);
            } else {
                assertThat(root.at("/runs/0/results/0/message/text").asText()).contains(AGENCY);
                assertThat(root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                        .isEqualTo("plans/x%0A%3A%3Aerror%20file%3Da.yaml%3A%3Aowned%1B%5B2J.yaml");
            }
        }
    }

    @Test
    void junitShowsNamesAndMessagesAsTheTextReportDoes() throws Exception {
        StringWriter out = new StringWriter();
        new JUnitReport(Severity.WARNING).write(RESULT, Locale.ENGLISH, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("plans/x\\n::error file=a.yaml::owned\\x1b[2J.yaml");
        assertThat(failure.getAttribute("message")).contains("'Sở \\x1b]0;title\\x07KHCN\\r\\n::warning::fake\\u202e\\u2028'");
        assertThat(failure.getTextContent()).isEqualTo(TextReport.line(UNKNOWN, Locale.ENGLISH)).doesNotContain("\n");
    }
}
