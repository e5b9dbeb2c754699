package io.github.reformplan.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for pattern matching, with a map back to the original text.
 *
 * <p>The folded form is what {@link VietnameseText#foldKey(String)} gives (lower case, every accent
 * removed, {@code đ} as {@code d}), except that it keeps one character per original character so that
 * offsets found in it can be reported in the original text: combining marks (NFD input) fold to
 * nothing and every kind of space (NBSP, line break, thin space) folds to one ASCII space, without
 * collapsing runs. Patterns over it should therefore use {@code \s+} between words.
 *
 * <p>Because accents are gone, a tone typo ({@code tối thiếu}) or a text typed without accents
 * ({@code toi thieu}) folds to the same string as the correct spelling. Use it only for keyword
 * matching; never show it to a user.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    /** For each folded index (and one past the end), the index in the original text. */
    private final int[] toOriginal;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Folds {@code text} (null counts as empty). */
    public static FoldedText of(String text) {
        String s = text == null ? "" : text;
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            if (f == 0) {
                continue; // a combining mark: belongs to the previous letter
            }
            out.append(f);
            map[n++] = i;
        }
        map[n] = s.length();
        int[] exact = new int[n + 1];
        System.arraycopy(map, 0, exact, 0, n + 1);
        return new FoldedText(s, out.toString(), exact);
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The folded text: lower case, unaccented, one space per space character. */
    public String folded() {
        return folded;
    }

    /** The index in the original text of folded index {@code i} ({@code 0 <= i <= folded().length()}). */
    public int toOriginal(int i) {
        return toOriginal[i];
    }

    /**
     * The original index just past folded index {@code end - 1}: combining marks that follow the last
     * folded character belong to the span.
     */
    public int toOriginalEnd(int end) {
        if (end <= 0) {
            return toOriginal[0];
        }
        int o = toOriginal[end - 1] + 1;
        while (o < original.length() && Character.getType(original.charAt(o)) == Character.NON_SPACING_MARK) {
            o++;
        }
        return o;
    }

    /** The first folded index whose original index is at or after {@code originalIndex}. */
    public int toFolded(int originalIndex) {
        int lo = 0;
        int hi = folded.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original text between two folded indexes (end exclusive), NFC and with spaces collapsed. */
    public String originalSlice(int foldedStart, int foldedEnd) {
        return VietnameseText.clean(original.substring(toOriginal(foldedStart), toOriginalEnd(foldedEnd)));
    }

    private static final char UNKNOWN = '\uFFFF';
    /** {@link #foldOne} of every character met so far; racing threads write the same value. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(FOLDED, UNKNOWN);
    }

    static char foldChar(char c) {
        char f = FOLDED[c];
        if (f == UNKNOWN) {
            f = foldOne(c);
            FOLDED[c] = f;
        }
        return f;
    }

    private static char foldOne(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c >= '\u2010' && c <= '\u2014' || c == '\u2212') {
            return '-'; // Word turns hyphens into dashes; the grammars only know '-'
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        String lower = String.valueOf(base).toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : base;
    }
}
