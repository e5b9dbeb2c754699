package io.github.reformplan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a deadline cell into its parts: at line breaks (unless the next line goes on in lower case),
 * at {@code ;} outside parentheses, and at bullets ({@code - }, {@code + }, {@code •}) that open the
 * cell or follow a full stop, a semicolon or a line break. Commas never cut, so labels and event
 * texts ({@code "công bố chỉ số PAPI, PARINDE X, SIPAS"}) keep theirs. A dash inside a phrase
 * ({@code "Quý II- IV"}, {@code "2026 - 2027"}) is not a bullet because no full stop precedes it.
 */
final class CellSegmenter {

    /** A part of the cell, {@code [start, end)}, without bullet, surrounding space and trailing punctuation. */
    record Segment(int start, int end, boolean bulleted) {
    }

    private static final String BULLETS = "-+•\u2013\u2022\u25cf";
    private static final String TRAILING = ".;,";

    private CellSegmenter() {
    }

    static List<Segment> split(String cell) {
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        boolean bulleted = false;
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (isLineBreak(c) && !continuesOnNextLine(cell, i)) {
                add(segments, cell, from, i, bulleted);
                from = i + 1;
                bulleted = false;
                depth = 0; // an unclosed parenthesis must not swallow the rest of the cell
            } else if (depth == 0 && c == ';') {
                add(segments, cell, from, i, bulleted);
                from = i + 1;
                bulleted = false;
            } else if (depth == 0 && isBullet(cell, i)) {
                add(segments, cell, from, i, bulleted);
                from = i + 1;
                bulleted = true;
            }
        }
        add(segments, cell, from, cell.length(), bulleted);
        return segments;
    }

    /**
     * A line that goes on in lower case continues the sentence above: Word wraps long cells, and
     * the importer may keep the wrap ("... xác định chỉ số cải\ncách hành chính cấp xã: Trước ngày ...").
     */
    private static boolean continuesOnNextLine(String cell, int i) {
        int j = i + 1;
        while (j < cell.length() && isSpace(cell.charAt(j))) {
            j++;
        }
        return j < cell.length() && Character.isLowerCase(cell.charAt(j));
    }

    private static boolean isBullet(String cell, int i) {
        char c = cell.charAt(i);
        if (BULLETS.indexOf(c) < 0) {
            return false;
        }
        boolean spaced = i + 1 < cell.length() && Character.isWhitespace(cell.charAt(i + 1));
        if (!spaced && (c == '-' || c == '+' || c == '\u2013')) {
            return false; // "2026-2030", "PT&TH", "+84"
        }
        int j = i - 1;
        while (j >= 0 && isInlineSpace(cell.charAt(j))) {
            j--;
        }
        return j < 0 || cell.charAt(j) == '.' || cell.charAt(j) == ';' || isLineBreak(cell.charAt(j));
    }

    private static void add(List<Segment> segments, String cell, int start, int end, boolean bulleted) {
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && (isSpace(cell.charAt(end - 1)) || TRAILING.indexOf(cell.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (start < end) {
            segments.add(new Segment(start, end, bulleted));
        }
    }

    private static boolean isInlineSpace(char c) {
        return !isLineBreak(c) && isSpace(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b';
    }
}
