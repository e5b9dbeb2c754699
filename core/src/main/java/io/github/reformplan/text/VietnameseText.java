package io.github.reformplan.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation of Vietnamese free text for comparison.
 *
 * <p>Plans are typed by hand and pasted from Word, so the same name arrives as NFC or NFD, with the
 * tone mark on either vowel ({@code Uỷ}/{@code Ủy}, {@code hoà}/{@code hòa}), in any case, with
 * runs of spaces or non-breaking spaces, and sometimes with no accents at all. Two keys cover the
 * comparisons the rules need:
 * <ul>
 *   <li>{@link #matchKey(String)}: insensitive to case, spacing, Unicode form and tone placement,
 *       but not to the accents themselves ({@code "Sở Tư pháp"} ≠ {@code "So Tu phap"});</li>
 *   <li>{@link #foldKey(String)}: also insensitive to accents, for input typed without them. Use it
 *       only where an accent-less collision is harmless (e.g. agency names, phrase keywords).</li>
 * </ul>
 * Both keys are for lookups only; never show them to a user.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** A space as {@link #clean} sees it: whitespace, NBSP and the other Unicode space separators. */
    static boolean isSpace(char c) {
        if (c < 0x80) { // the common case, without the Unicode tables: what both give for ASCII
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code cp} is a number of any kind ({@code \p{N}}: digits, Roman numerals, fractions). */
    public static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Unicode NFC with whitespace (including NBSP and line breaks) collapsed to single spaces and trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A comparison key that ignores case, spacing, Unicode form and where the tone mark sits within
     * a syllable; accents are kept.
     */
    public static String matchKey(String s) {
        return key(s, false);
    }

    /** Like {@link #matchKey(String)}, and also ignores every accent ({@code đ} counts as {@code d}). */
    public static String foldKey(String s) {
        if (s == null) {
            return "";
        }
        // Every rule folds every text, so Latin text (all of Vietnamese) is folded a character at a time
        // from a table; anything else takes the normalising path, which the table is made from.
        StringBuilder out = new StringBuilder(s.length());
        boolean seen = false;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = seen;
                continue;
            }
            char f = foldedChar(c);
            if (f == COMPLEX) {
                return key(s, true);
            }
            seen = true;
            if (space) {
                out.append(' ');
                space = false;
            }
            if (f != DROP) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** {@link #foldKey(String)} by normalisation alone, the reference the character table is made from. */
    static String foldKeyByNormalising(String s) {
        return key(s, true);
    }

    private static final char UNKNOWN = '\uFFFF';
    /** {@link #foldedChar}: the character folds to nothing (a combining mark). */
    static final char DROP = '\uFFFE';
    /** {@link #foldedChar}: the character has no fold of its own; fold the whole text by normalising. */
    static final char COMPLEX = '\uFFFD';
    /**
     * Latin, its combining marks, Latin Extended Additional (every precomposed Vietnamese letter) and
     * General Punctuation to Currency Symbols (the quotes, dashes and ellipsis of Word-made text).
     */
    private static final int LATIN_END = 0x370;
    private static final int EXTENDED_START = 0x1E00;
    private static final int PUNCTUATION_END = 0x2100;
    /** Filled on first use; racing threads write the same value. */
    private static final char[] FOLDED = new char[LATIN_END + (PUNCTUATION_END - EXTENDED_START)];

    static {
        java.util.Arrays.fill(FOLDED, UNKNOWN);
    }

    /** What {@code c} (not a space) contributes to {@link #foldKey}: one character, {@link #DROP} or {@link #COMPLEX}. */
    static char foldedChar(char c) {
        int slot;
        if (c < LATIN_END) {
            slot = c;
        } else if (c >= EXTENDED_START && c < PUNCTUATION_END) {
            slot = LATIN_END + c - EXTENDED_START;
        } else {
            return COMPLEX;
        }
        char f = FOLDED[slot];
        if (f == UNKNOWN) {
            // Within these blocks canonical composition only joins a letter with a following combining
            // mark, which folds to nothing, so folding one character alone gives its share of any text.
            String alone = key(String.valueOf(c), true);
            f = alone.isEmpty() ? DROP : alone.length() == 1 && alone.charAt(0) < DROP ? alone.charAt(0) : COMPLEX;
            FOLDED[slot] = f;
        }
        return f;
    }

    /** Removes every diacritic, {@code đ}/{@code Đ} included; keeps case and spacing. */
    public static String stripAccents(String s) {
        String nfd = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    private static String key(String s, boolean fold) {
        String nfd = Normalizer.normalize(clean(s).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        char tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (isTone(c)) {
                tone = c; // moved to the end of the syllable, so its placement no longer matters
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (!fold) {
                    out.append(c);
                }
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (tone != 0 && !fold) {
                    out.append(tone);
                }
                tone = 0;
            }
            out.append(fold && c == 'đ' ? 'd' : c);
        }
        if (tone != 0 && !fold) {
            out.append(tone);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isTone(char c) {
        // grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks in NFD
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
