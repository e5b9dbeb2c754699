package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The quick scanner against SnakeYAML's, token by token (kind, value, style, start and end marks): whatever it
 * reads, it reads as SnakeYAML does; what it does not, it leaves to SnakeYAML.
 */
class QuickYamlScannerTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "plans");
    private static final Path FIXTURES = Path.of("src", "test", "resources");

    /** SnakeYAML's tokens, or its error's message after them. */
    static List<String> snake(String text) {
        List<String> out = new ArrayList<>();
        try {
            drain(new ScannerImpl(new LinearStreamReader(text), new LoaderOptions()), out);
        } catch (RuntimeException e) {
            out.add("error: " + e.getMessage());
        }
        return out;
    }

    /** The quick scanner's tokens, or null when it leaves the text to SnakeYAML. */
    static List<String> quick(String text) {
        List<String> out = new ArrayList<>();
        try {
            drain(new QuickYamlScanner(text), out);
            return out;
        } catch (QuickYamlScanner.Unsupported e) {
            return null;
        }
    }

    private static void drain(Scanner scanner, List<String> out) {
        while (true) {
            // as SnakeYAML's parser asks: check, peek, then take
            scanner.checkToken(Token.ID.StreamEnd, Token.ID.BlockEnd);
            Token token = scanner.peekToken();
            out.add(describe(scanner.getToken()));
            if (token.getTokenId() == Token.ID.StreamEnd) {
                return;
            }
        }
    }

    private static String describe(Token token) {
        String s = token.getTokenId() + " " + mark(token.getStartMark()) + "-" + mark(token.getEndMark());
        if (token instanceof ScalarToken scalar) {
            s += " " + scalar.getStyle() + " " + scalar.getPlain() + " [" + scalar.getValue() + "]";
        }
        return s;
    }

    private static String mark(Mark m) {
        return m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
    }

    /** Read quickly and as SnakeYAML reads it. */
    private static void assertQuick(String text) {
        List<String> quick = quick(text);
        assertThat(quick).as("quick scanner reads %s", text).isNotNull();
        assertThat(quick).as("tokens of %s", text).isEqualTo(snake(text));
    }

    /** Left to SnakeYAML. */
    private static void assertLeft(String text) {
        assertThat(quick(text)).as("left to SnakeYAML: %s", text).isNull();
    }

    @Test
    void readsEveryExampleAndFixtureAsSnakeYamlDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> examples = Files.list(EXAMPLES); Stream<Path> fixtures = Files.walk(FIXTURES)) {
            files = Stream.concat(examples, fixtures).filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        int quick = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // some are not UTF-8, on purpose
            for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
                List<String> tokens = quick(variant);
                if (tokens != null) {
                    quick++;
                    assertThat(tokens).as("tokens of %s", file).isEqualTo(snake(variant));
                }
            }
        }
        assertThat(quick).as("files read quickly").isGreaterThan(files.size());
        for (Path example : files.stream().filter(f -> f.startsWith(EXAMPLES)).toList()) {
            assertThat(quick(Files.readString(example))).as("the example plans are read quickly: %s", example).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: b\n",
        "a: b",
        "a:\n  b: c\n  d: [1, 2, {x: y}]\ne: f\n",
        "- a\n- b: c\n  d: e\n-\n- - x\n  - y\n",
        "k:\n- a\n- b\nl: m\n",
        "k: \"quoted \\\"x\\\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600 'y'\"\n",
        "k: 'single ''quoted'' \\ \" x'\n",
        "\"key with spaces\": 1\n'other': 2\n",
        "key with spaces: value with spaces   # comment\n",
        "a: b#not a comment\nc: d #comment\n",
        "# only a comment\n\n   \na: 1 # x\n#end",
        "a: -5\nb: -x\nc: :x\nd: a:b\ne: http://x.y/z\n",
        "value: { comparator: \">=\", amount: 75, unit: \"%\" }\n",
        "a: [ ]\nb: { }\nc: [a, [b, c], {d: e}]\n",
        "{a: b, c: d}\n",
        "plain top-level scalar",
        "\"quoted top-level\"",
        "a: Hoằng Lộc, Thanh Hóa\nb: \"Kế hoạch cải cách hành chính\"\n",
        "a: b \t \nc: d\t# tab before comment\n",
        "a:    \n  b\n",
        "top:\n  mid:\n    low: 1\n  next: 2\nlast: 3\n",
        "a: 1\n\n\n\nb: 2\n   \n",
        "-  a\n-   b:  c\n",
        "a: ''\nb: \"\"\nc:\n",
        "a: \"tab\tinside\"\n",
        "a: x\n  # indented comment\nb: y\n",
        "a: --\n--: b\n",
        "- a\nb: c\n",
        "a: 1]\n",
        "a: [\n  1,\n  2,\n]\n",
        "a: [\"x\",\n  \"y\"\n  ]\n",
        "a: {b: c,\n  d: e}\n",
        "a: \"two\n  lines\"\n",
        "a: 'two\n  lines'\n",
        "a: \"escaped \\\n   break\"\n",
        "a: \"trailing  \t \n\t  tabs and spaces\"\n",
        "a: \"blank\n\n  \n lines\"\n",
        "a: \"escaped\\\n\n  blank\"\n",
        "a: \"crlf\r\n  inside\"\r\nb: c\r\n",
        "a: \"escaped space\\ \n  x\"\n",
        "a: \"Kinh phí thực hiện các nhiệm vụ cải cách hành chính năm 2025 được bố trí\\\n    \\ trong dự toán chi\"\n",
    })
    void readsWhatPlansAreWrittenIn(String text) {
        assertQuick(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: two\n  lines\n",
        "- a\n  - b\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "? a\n: b\n",
        "a: 1\rb: 2\n",
        "a: x\u2028b: y\n",
        "a: x\u0085\n",
        "a: \uFEFFx\n",
        "a: \uD83D\uDE00\n",
        "\ta: 1\n",
        "a:\tb\n",
        "a: b: c\n",
        "a: \"unclosed\n",
        "- \"key\n  over lines\": v\n",
        "a: \"unclosed\n  \n",
        "a: \"marker\n---\n\"\n",
        "a: \"marker\n...\n\"\n",
        "a: [1, 2\n",
        "a: [\n  1,\n  2\n]\n",
        "a\nb: c\n",
        "a: [b\n  c]\n",
        "a: \"\\q\"\n",
        "a: \"\\x4\"\n",
        "a: \"\\UFFFFFFFF\"\n",
        "a: 1\n...x\n",
        ": x\n",
        "a: @x\n",
        "a: `x\n",
    })
    void leavesTheRestToSnakeYaml(String text) {
        assertLeft(text);
    }

    /** Documents made of the pieces plans are written in, and of pieces that are not, at random places. */
    @Test
    void readsRandomDocumentsAsSnakeYamlDoes() {
        String[] pieces = {
            "a", "bb", "k", "x y", "Hoằng Lộc", "-5", "1.5", "true", "~", "a:b", "http://x", "#", " #c", "\t",
            ": ", ":", "- ", "-", "? ", "\"", "'", "''", "\\", "\\n", "\\u00e9", "\\x", "[", "]", "{", "}", ", ", ",",
            " ", "  ", "    ", "\n", "\n", "\n", "\r\n", "\r", "---", "...", "&a ", "*a", "!t ", "|", ">", "%", "@",
            "\u2028", "\uFEFF", "😀",
        };
        Random random = new Random(20261203L);
        int read = 0;
        int cases = 40_000;
        for (int i = 0; i < cases; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(24);
            for (int j = 0; j < n; j++) {
                // mostly the shapes of a plan's lines, sometimes any piece
                switch (random.nextInt(6)) {
                    case 0 -> sb.append(" ".repeat(random.nextInt(5))).append(pieces[random.nextInt(6)]).append(": ");
                    case 1 -> sb.append(" ".repeat(random.nextInt(5))).append("- ");
                    case 2 -> sb.append('"').append(pieces[random.nextInt(12)]).append('"');
                    case 3 -> sb.append(pieces[random.nextInt(12)]).append('\n');
                    default -> sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String text = sb.toString();
            List<String> quick = quick(text);
            if (quick != null) {
                read++;
                assertThat(quick).as("tokens of %s", text.replace("\n", "⏎")).isEqualTo(snake(text));
            }
        }
        assertThat(read).as("random documents read quickly").isGreaterThan(cases / 10);
    }

    /** The example plans, each cut, doubled or overwritten at random places: real structure, broken in many ways. */
    @Test
    void readsMutatedPlansAsSnakeYamlDoes() throws IOException {
        String[] pieces = {"", " ", "  ", "\n", "- ", ": ", ":", "\"", "'", "#", "[", "]", "{", "}", ",", "\t", "\r\n", "x"};
        List<String> plans = new ArrayList<>();
        try (Stream<Path> examples = Files.list(EXAMPLES)) {
            for (Path example : examples.sorted().toList()) {
                plans.add(Files.readString(example));
            }
        }
        Random random = new Random(3122026L);
        int read = 0;
        int cases = 1_500;
        for (int i = 0; i < cases; i++) {
            String plan = plans.get(random.nextInt(plans.size()));
            StringBuilder sb = new StringBuilder(plan.substring(0, Math.min(plan.length(), 1 + random.nextInt(6_000))));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(sb.length() + 1);
                int cut = Math.min(sb.length() - at, random.nextInt(3));
                sb.replace(at, at + cut, pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> quick = quick(text);
            if (quick != null) {
                read++;
                assertThat(quick).as("tokens of %s", text).isEqualTo(snake(text));
            }
        }
        assertThat(read).as("mutated plans read quickly").isGreaterThan(cases / 4);
    }
}
