package io.github.reformplan.agency;

import io.github.reformplan.text.VietnameseText;

/** Span trimming and lookup keys for agency names. Spans are {@code [start, end)} char indexes. */
final class NameText {

    /** Bullets that start an item wherever they appear. */
    static final String HARD_BULLETS = "•●▪◦·\u2022\u25E6\u2043\uF0B7";
    /** Bullets that start an item only at its start or after "." or ":" (a dash is also a hyphen). */
    static final String SOFT_BULLETS = "-+–—*";

    private NameText() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C';
    }

    /**
     * Trims a span of a cell to the name it holds: leading spaces, bullets and list numbering
     * ({@code "1."}, {@code "5.2."}, {@code "a)"}), trailing spaces and {@code . ; , …}.
     * Returns {@code {start, end}} with {@code start == end} when nothing is left.
     */
    static int[] trim(String s, int start, int end) {
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && isSpace(s.charAt(start))) {
                start++;
                changed = true;
            }
            if (start < end && (HARD_BULLETS.indexOf(s.charAt(start)) >= 0 || SOFT_BULLETS.indexOf(s.charAt(start)) >= 0)) {
                start++;
                changed = true;
                continue;
            }
            int n = numberingEnd(s, start, end);
            if (n > start) {
                start = n;
                changed = true;
            }
        }
        while (end > start && (isSpace(s.charAt(end - 1)) || ".;,…".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new int[] {start, end};
    }

    /** End of list numbering ("1.", "5.2.", "3)", "a)") followed by a space at {@code i}, or {@code i}. */
    private static int numberingEnd(String s, int i, int end) {
        int j = i;
        if (j < end && Character.isDigit(s.charAt(j))) {
            while (j < end && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                j++;
            }
            if (j < end && s.charAt(j) == ')') {
                j++;
            } else if (s.charAt(j - 1) != '.') {
                return i; // a bare number is not numbering ("06 tháng")
            }
        } else if (j + 1 < end && Character.isLowerCase(s.charAt(j)) && s.charAt(j + 1) == ')') {
            j += 2;
        } else {
            return i;
        }
        return j < end && isSpace(s.charAt(j)) ? j : i;
    }

    /** Whether the span is blank after trimming. */
    static boolean isEmpty(int[] span) {
        return span[0] >= span[1];
    }

    /** Accent-aware lookup key: {@link VietnameseText#matchKey} of {@link #normalisePunctuation}. */
    static String lookupKey(String s) {
        return VietnameseText.matchKey(normalisePunctuation(s, true));
    }

    /** Accent-insensitive lookup key; patterns in the data file run on it. */
    static String foldKey(String s) {
        return VietnameseText.foldKey(normalisePunctuation(s, true));
    }

    /**
     * The key that decides whether a written name is canonical: like {@link VietnameseText#matchKey},
     * and also blind to spaces around {@code - & /} and after commas, but not to dash style or
     * {@code &} for {@code và}.
     */
    static String canonicalKey(String s) {
        return VietnameseText.matchKey(normalisePunctuation(s, false));
    }

    /**
     * Removes differences of punctuation that never distinguish two agencies: spaces around dashes,
     * {@code &} and {@code /} go; a comma is followed by exactly one space and preceded by none. With
     * {@code style}, dash variants also become {@code -} and a spaced {@code " & "} reads as {@code "và"}.
     */
    static String normalisePunctuation(String in, boolean style) {
        String s = VietnameseText.clean(in);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (style && (c >= '\u2010' && c <= '\u2015' || c == '\u2212')) {
                c = '-';
            }
            if (style && c == '&' && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                out.append("và");
                continue;
            }
            if (c == '-' || c == '&' || c == '/' || c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                trimTrailingSpace(out);
                out.append(c);
                while (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    i++;
                }
                continue;
            }
            if (c == ',') {
                trimTrailingSpace(out);
                out.append(", ");
                while (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    private static void trimTrailingSpace(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
    }
}
