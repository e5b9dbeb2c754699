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
 * Expected findings marked in a fixture file itself, Checkstyle-style, on the line where the finding is
 * reported: {@code # expect: <rule>[.<variant>] <pointer> col <n> [<severity>]}. The first word is the
 * finding's message key: the bare rule id for its default message ({@code agency-ceases}), the rule id and
 * the variant for another ({@code agency-ceases.repeated}). {@code col 0} marks a finding on the file as a
 * whole (line 0, column 0: an empty file, for one), wherever the mark stands. Files are read leniently (bytes
 * that are not UTF-8 become U+FFFD), so a fixture of a binary or mis-encoded file can hold its mark too.
 */
public final class FixtureExpectations {

    private static final Pattern MARK = Pattern.compile("#\\s*expect:\\s*(?<key>[a-z-]+(?:\\.[A-Za-z-]+)?)\\s+"
            + "(?<pointer>\\S*)\\s+col\\s+(?<col>\\d+)(?:\\s+(?<sev>error|warning|info))?");

    /**
     * One expected finding. {@code key} is the message key ({@code <rule>} or {@code <rule>.<variant>});
     * {@code severity} is {@code null} when the rule's default is expected.
     */
    public record Expected(String key, String pointer, int line, int column, String severity) {

        /** The rule id: the key up to its first dot. */
        public String rule() {
            int dot = key.indexOf('.');
            return dot < 0 ? key : key.substring(0, dot);
        }

        @Override
        public String toString() {
            return key + " " + pointer + " " + line + ":" + column + (severity == null ? "" : " " + severity);
        }
    }

    private FixtureExpectations() {
    }

    public static List<Expected> read(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        // new String(bytes, UTF_8) replaces malformed input instead of throwing, as readAllLines would
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            while (m.find()) {
                String pointer = m.group("pointer").equals("\"\"") ? "" : m.group("pointer");
                int column = Integer.parseInt(m.group("col"));
                out.add(new Expected(m.group("key"), pointer, column == 0 ? 0 : i + 1, column, m.group("sev")));
            }
        }
        return out;
    }
}
