package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Vietnamese run is Vietnamese throughout: {@code reformplan validate --lang vi examples/plans} prints no English
 * word outside the plans' own text, rule ids, file names and JSON Pointers, in the text report and in the HTML page.
 */
class VietnameseRunTest {

    /** English words that a half-translated run would show: severities, the summary, the words of the messages. */
    private static final Set<String> ENGLISH = Set.of("error", "errors", "warning", "warnings", "info", "infos",
            "file", "files", "also", "more", "before", "after", "task", "tasks", "deadline", "target", "targets",
            "agency", "mention", "mentions", "suggestion", "ceases", "known", "report", "reports", "plan", "issued",
            "the", "and", "of", "is", "in", "on", "no", "not", "found", "expected", "place", "places", "written",
            "by", "finding", "findings", "concerns", "location", "severity", "rule", "show");

    private static final Path EXAMPLES = Path.of("..", "examples", "plans");
    private static final Pattern LINE = Pattern.compile("(\\S+?):(\\d+):(\\d+): (lỗi|cảnh báo|thông tin) (\\S+) (.*)");

    @TempDir
    Path dir;

    @Test
    void theTextReportOfTheExamplesHasNoEnglishWord() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "vi", "--no-color", EXAMPLES.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).filter(l -> !l.startsWith("  cũng tại ")).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        List<String> english = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("'" + line + "' is path:line:col: mức-độ rule message, the severity in Vietnamese")
                    .isTrue();
            assertThat(RuleRegistry.builtIn().byId(m.group(5))).as("rule of " + line).isPresent();
            english.addAll(englishWords(m.group(6)));
        }
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("\\d+ tệp: \\d+ lỗi, \\d+ cảnh báo, \\d+ thông tin");
        assertThat(english).as("English words in the Vietnamese report").isEmpty();
        assertThat(r.out()).as("dates in Vietnamese form").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .contains("chấm dứt hoạt động ngày 28/2/2025").contains("kết thúc ngày 31/3/2025");
    }

    @Test
    void theHtmlPageOfTheExamplesHasNoEnglishWord() throws IOException {
        Path html = dir.resolve("report.html");
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "vi", "--format", "html",
                "--output", html.toString(), EXAMPLES.toString());
        assertThat(r.exit()).isEqualTo(1);
        String page = Files.readString(html);
        String visible = page.replaceAll("(?s)<style>.*?</style>|<script>.*?</script>|<code>.*?</code>", " ")
                .replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(visible).contains("Lỗi").contains("Cảnh báo").contains("Thông tin");
        assertThat(englishWords(visible)).as("English words on the Vietnamese page").isEmpty();
    }

    @Test
    void theCatalogueIsVietnamese() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("rules", "--lang", "vi");
        List<String> english = new ArrayList<>();
        r.out().lines().forEach(l -> english.addAll(englishWords(l.substring(l.indexOf(' ')))));
        assertThat(english).isEmpty();
    }

    /**
     * The words of {@link #ENGLISH} in a text, once the parts that are not the tool's own words are set aside: the
     * plans' text quoted in '…', JSON Pointers, file names and rule ids.
     */
    private static List<String> englishWords(String text) {
        String own = text.replaceAll("'[^']*'", " ")
                .replaceAll("(^|\\s)/\\S*", " ")
                .replaceAll("\\S+\\.(yaml|yml|json)\\S*", " ")
                .replaceAll("\\b[a-z]+(-[a-z]+)+\\b", " ");
        Set<String> found = new TreeSet<>();
        for (String word : own.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH.contains(word)) {
                found.add(word);
            }
        }
        return List.copyOf(found);
    }
}
