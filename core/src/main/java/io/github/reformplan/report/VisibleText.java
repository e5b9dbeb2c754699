package io.github.reformplan.report;

/**
 * Text for a terminal or a CI log: characters that could break a line, move the cursor, recolour
 * the screen or reorder what is shown are written as visible escapes, so that a plan (a file name,
 * an agency) can neither start a line of its own (a CI workflow command such as {@code ::error})
 * nor send terminal escapes. Line feed, carriage return and tab become {@code \n}, {@code \r},
 * {@code \t}; other C0 controls and DEL {@code \x1b}-style; C1 controls, the line and paragraph
 * separators and the bidirectional controls {@code \u202e}-style. Everything else, Vietnamese
 * included, is kept as it is; a backslash stays a backslash (Windows paths).
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = escapeOf(c);
            if (e != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", (int) c);
        }
        boolean invisible = (c >= 0x80 && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
        return invisible ? String.format("\\u%04x", (int) c) : null;
    }
}
