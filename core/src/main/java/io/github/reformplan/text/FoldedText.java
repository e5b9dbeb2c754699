package io.github.reformplan.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A lower-case, accent-free, single-spaced view of a string that remembers where each of its
 * characters came from.
 *
 * <p>The deadline grammar matches this view, so that one pattern covers NFC and NFD input, any case,
 * missing accents and either tone placement ({@code Uỷ}/{@code Ủy}). {@link VietnameseText#foldKey}
 * gives the same view but loses positions; the parser needs them to hand back event and authority
 * text as the user wrote it.
 */
final class FoldedText {

    private final String original;
    private final String text;
    /** {@code origin[j]} is the index in {@link #original} of the character folded into {@code text[j]}. */
    private final int[] origin;

    private FoldedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int pendingSpace = -1; // index of the first whitespace of a run, emitted only before more text
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (pendingSpace < 0 && out.length() > 0) {
                    pendingSpace = i;
                }
            } else {
                String folded = fold(cp);
                if (!folded.isEmpty()) {
                    if (pendingSpace >= 0) {
                        origin = append(out, origin, ' ', pendingSpace);
                        pendingSpace = -1;
                    }
                    for (int k = 0; k < folded.length(); k++) {
                        origin = append(out, origin, folded.charAt(k), i);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return new FoldedText(original, out.toString(), origin);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The original text behind {@code text[start, end)}, combining marks and inner spacing included. */
    String original(int start, int end) {
        if (start >= end) {
            return "";
        }
        int to = end < text.length() ? origin[end] : original.length();
        return original.substring(origin[start], to).strip();
    }

    private static int[] append(StringBuilder out, int[] origin, char c, int from) {
        if (out.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2 + 1);
        }
        origin[out.length()] = from;
        out.append(c);
        return origin;
    }

    private static String fold(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        switch (cp) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
                return "-"; // Word turns hyphens into dashes; the grammar only knows '-'
            default:
                return VietnameseText.stripAccents(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
        }
    }
}
