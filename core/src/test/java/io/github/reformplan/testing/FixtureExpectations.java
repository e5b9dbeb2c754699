package io.github.reformplan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected findings marked in a fixture file itself, Checkstyle-style, on the line where the
 * finding is reported: {@code # expect: <rule> <pointer> col <n> [<severity>]}.
 */
public final class FixtureExpectations {

    private static final Pattern MARK = Pattern.compile(
            "#\\s*expect:\\s*(?<rule>[a-z-]+)\\s+(?<pointer>\\S*)\\s+col\\s+(?<col>\\d+)(?:\\s+(?<sev>error|warning|info))?");

    /** One expected finding. {@code severity} is {@code null} when the rule's default is expected. */
    public record Expected(String rule, String pointer, int line, int column, String severity) {
        @Override
        public String toString() {
            return rule + " " + pointer + " " + line + ":" + column + (severity == null ? "" : " " + severity);
        }
    }

    private FixtureExpectations() {
    }

    public static List<Expected> read(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            while (m.find()) {
                String pointer = m.group("pointer").equals("\"\"") ? "" : m.group("pointer");
                out.add(new Expected(m.group("rule"), pointer, i + 1, Integer.parseInt(m.group("col")), m.group("sev")));
            }
        }
        return out;
    }
}
