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
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
        return key(s, true);
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
