package io.github.reformplan.fix;

import io.github.reformplan.fix.ScalarIndex.Scalar;
import io.github.reformplan.fix.ScalarIndex.Style;
import java.util.Arrays;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a new string value in place of a scalar, in the scalar's own style when that style can
 * hold the value safely, else double-quoted (YAML) or as a JSON string.
 */
final class ScalarWriter {

    /** Replace {@code [start, end)} of the source with {@code text}. */
    record Edit(int start, int end, String text) {
    }

    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private ScalarWriter() {
    }

    static Edit replace(String source, Scalar s, String oldValue, String value) {
        return switch (s.style()) {
            case JSON -> new Edit(s.start(), s.end(), jsonString(value));
            case PLAIN -> new Edit(s.start(), s.end(), isSafePlain(value, s.flow()) ? value : doubleQuoted(value));
            case SINGLE_QUOTED -> new Edit(s.start(), s.end(),
                    isSafeSingleQuoted(value) ? "'" + value.replace("'", "''") + "'" : doubleQuoted(value));
            case DOUBLE_QUOTED -> new Edit(s.start(), s.end(), doubleQuoted(value));
            case LITERAL, FOLDED -> block(source, s, oldValue, value);
        };
    }

    // ---- flow scalars ----

    /** A plain scalar that reads back as this very string, wherever it stands. */
    static boolean isSafePlain(String v, boolean flow) {
        if (v.isEmpty() || isBlank(v.charAt(0)) || isBlank(v.charAt(v.length() - 1))) {
            return false;
        }
        char first = v.charAt(0);
        if (INDICATORS.indexOf(first) >= 0) {
            // "-x" is plain; "? x", ": x", "- x" and the other indicators are not.
            boolean dashWord = first == '-' && v.length() > 1 && !isBlank(v.charAt(1))
                    && FLOW_INDICATORS.indexOf(v.charAt(1)) < 0;
            if (!dashWord) {
                return false;
            }
        }
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.startsWith("---") || v.startsWith("...")) {
            return false;
        }
        if (flow && (v.indexOf(':') >= 0 || v.chars().anyMatch(c -> FLOW_INDICATORS.indexOf(c) >= 0))) {
            return false;
        }
        if (!v.codePoints().allMatch(c -> c >= 0x20 && StreamReader.isPrintable(c) && !isBreak(c) && c != 0xFEFF)) {
            return false;
        }
        return RESOLVER.resolve(NodeId.scalar, v, true).equals(Tag.STR);
    }

    static boolean isSafeSingleQuoted(String v) {
        return v.codePoints().allMatch(c -> (c == '\t' || c >= 0x20) && StreamReader.isPrintable(c) && !isBreak(c)
                && c != 0xFEFF);
    }

    static String doubleQuoted(String v) {
        StringBuilder out = new StringBuilder(v.length() + 2).append('"');
        v.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                case 0x07 -> out.append("\\a");
                case 0x08 -> out.append("\\b");
                case 0x0B -> out.append("\\v");
                case 0x0C -> out.append("\\f");
                case 0x1B -> out.append("\\e");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (c >= 0x20 && StreamReader.isPrintable(c) && c != 0xFEFF) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format("\\x%02X", c));
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    static String jsonString(String v) {
        StringBuilder out = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---- block scalars ----

    /**
     * Rewrites the content lines of a literal or folded scalar and keeps its header ({@code |-},
     * a comment after it) and what follows its last content line (the line break, trailing empty
     * lines that chomping may keep). Falls back to a double-quoted scalar when the value does not
     * fit: another number of trailing line breaks, a first line starting with a space, a folded
     * value of several lines, an explicit indentation indicator.
     */
    private static Edit block(String source, Scalar s, String oldValue, String value) {
        int headerEnd = s.start();
        while (headerEnd < s.end() && !isBreak(source.charAt(headerEnd))) {
            headerEnd++;
        }
        int contentEnd = s.end();
        while (contentEnd > headerEnd && Character.isWhitespace(source.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        if (contentEnd > headerEnd) {
            while (contentEnd < s.end() && !isBreak(source.charAt(contentEnd))) {
                contentEnd++; // keep the trailing spaces of the last line inside: they are content
            }
        }
        Edit fallback = new Edit(s.start(), Math.max(contentEnd, headerEnd), doubleQuoted(value));
        String header = source.substring(s.start(), headerEnd);
        if (contentEnd <= headerEnd || header.length() > 1 && Character.isDigit(header.charAt(1))
                || header.length() > 2 && Character.isDigit(header.charAt(2))) {
            return fallback;
        }
        String br = source.startsWith("\r\n", headerEnd) ? "\r\n" : source.substring(headerEnd, headerEnd + 1);
        int contentStart = headerEnd + br.length();
        int tail = trailingNewlines(value);
        if (tail != trailingNewlines(oldValue) || tail == value.length()) {
            return fallback;
        }
        String body = value.substring(0, value.length() - tail);
        String[] lines = body.split("\n", -1);
        String firstContent = Arrays.stream(lines).filter(l -> !l.isEmpty()).findFirst().orElse("");
        boolean fits = body.codePoints().allMatch(c -> c == '\n' || c == '\t' || c >= 0x20
                && StreamReader.isPrintable(c) && !isBreak(c) && c != 0xFEFF)
                && !isBlank(firstContent.charAt(0))
                && Arrays.stream(lines).noneMatch(l -> !l.isEmpty() && l.isBlank())
                && (s.style() == Style.LITERAL || lines.length == 1);
        if (!fits) {
            return fallback;
        }
        String indent = indentOfFirstLine(source, contentStart, contentEnd);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(br);
            }
            if (!lines[i].isEmpty()) {
                out.append(indent).append(lines[i]);
            }
        }
        return new Edit(contentStart, contentEnd, out.toString());
    }

    private static String indentOfFirstLine(String source, int from, int to) {
        int lineStart = from;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (isBreak(c)) {
                lineStart = i + 1;
            } else if (c != ' ') {
                return source.substring(lineStart, i);
            }
        }
        return "";
    }

    private static int trailingNewlines(String v) {
        int n = 0;
        while (n < v.length() && v.charAt(v.length() - 1 - n) == '\n') {
            n++;
        }
        return n;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    /** Line breaks in YAML 1.1, as SnakeYAML reads them. */
    private static boolean isBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
