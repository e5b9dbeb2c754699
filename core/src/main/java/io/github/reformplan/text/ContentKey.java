package io.github.reformplan.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key under which two task or activity texts are "the same content": case, accents, punctuation
 * and leading numbering ({@code 2.1.}, {@code 3.52.}, {@code a)}, bullets) are ignored, and the
 * abbreviations of the glossary are expanded ({@code QPPL} = {@code quy phạm pháp luật}).
 */
public final class ContentKey {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[-+•*]\\s*)?(?:\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\))\\s+");
    private static final String TRAILING_PUNCTUATION = ".,;:()";
    private static final Map<String, String> GLOSSARY = loadGlossary();
    private static final int SHORTEST = GLOSSARY.keySet().stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST = GLOSSARY.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** {@link #signature}s of the glossary's keys: most words are not looked up (a lookup makes a string). */
    private static final java.util.BitSet SIGNATURES = signatures();

    private ContentKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // One pass over the text into plain arrays, folding from VietnameseText's table; text the table cannot
        // fold takes the normalising path, which is the definition.
        int n = text.length();
        char[] token = new char[n];
        Words out = new Words(n + 16);
        int t = 0;
        for (int i = afterNumbering(text); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (VietnameseText.isSpace(c)) {
                if (t > 0) {
                    out.addToken(token, t);
                    t = 0;
                }
                out.gap = true;
                continue;
            }
            char f = VietnameseText.foldedChar(c);
            if (f == VietnameseText.COMPLEX) {
                return ofByNormalising(text);
            }
            if (f != VietnameseText.DROP) {
                token[t++] = f;
            }
        }
        return out.toString();
    }

    /**
     * The key being built: runs of letters and digits, one space between runs. Every character it is given is
     * a folded one from the BMP (the table folds nothing else), so it is tested as a char.
     */
    private static final class Words {
        private char[] chars;
        private int length;
        boolean gap;

        Words(int capacity) {
            chars = new char[capacity];
        }

        /** A folded token, expanded by the glossary when it is an abbreviation. */
        void addToken(char[] token, int t) {
            String expansion = expansion(token, t);
            if (expansion != null) {
                for (int i = 0; i < expansion.length(); i++) {
                    add(expansion.charAt(i));
                }
                return;
            }
            for (int i = 0; i < t; i++) {
                add(token[i]);
            }
        }

        private void add(char c) {
            boolean word = c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetter(c) || VietnameseText.isNumber(c);
            if (!word) {
                gap = true;
                return;
            }
            if (length + 2 > chars.length) {
                chars = java.util.Arrays.copyOf(chars, 2 * chars.length + 2);
            }
            if (gap && length > 0) {
                chars[length++] = ' ';
            }
            gap = false;
            chars[length++] = c;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** {@link #of} by normalising the whole text, step after step: the reference the one pass follows. */
    static String ofByNormalising(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = VietnameseText.clean(text);
        Matcher numbering = NUMBERING.matcher(cleaned);
        String s = numbering.lookingAt() ? cleaned.substring(numbering.end()) : cleaned;
        // Expand before punctuation is dropped, so that "KH&CN" is still one token.
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (String token : VietnameseText.foldKey(s).split(" ")) {
            String expansion = expansion(token.toCharArray(), token.length());
            out.append(expansion != null ? expansion : token).append(' ');
        }
        return words(out);
    }

    /** The glossary's expansion of the folded token {@code token[0, t)}, trailing punctuation aside, or null. */
    private static String expansion(char[] token, int t) {
        int end = t;
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(token[end - 1]) >= 0) {
            end--;
        }
        if (end == 0 || end < SHORTEST || end > LONGEST
                || !SIGNATURES.get(signature(token[0], token[Math.min(1, end - 1)], token[end - 1], end))) {
            return null; // most words: no string is made to look them up
        }
        return GLOSSARY.get(new String(token, 0, end));
    }

    /**
     * Where the text starts after a leading number or bullet, as {@link #NUMBERING} finds it in the
     * cleaned text: spaces, an optional bullet, {@code 2.1.} or {@code a)}, then at least one space.
     */
    private static int afterNumbering(String s) {
        int n = s.length();
        int i = skipSpaces(s, 0);
        if (i < n && "-+•*".indexOf(s.charAt(i)) >= 0) {
            i = skipSpaces(s, i + 1);
        }
        int end;
        if (i < n && isAsciiDigit(s.charAt(i))) {
            end = i;
            boolean dot = false;
            while (end < n && (isAsciiDigit(s.charAt(end)) || s.charAt(end) == '.' && !dot)) {
                dot = s.charAt(end) == '.';
                end++;
            }
        } else if (i + 1 < n && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || s.charAt(i) == 'đ') && s.charAt(i + 1) == ')') {
            end = i + 2;
        } else {
            return 0;
        }
        // The cleaned text has no trailing spaces: the number must be followed by more text.
        return end < n && VietnameseText.isSpace(s.charAt(end)) && skipSpaces(s, end) < n ? end : 0;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && VietnameseText.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A hash of a key's first two and last characters and its length. */
    private static int signature(char first, char second, char last, int length) {
        return (((first * 31 + second) * 31 + last) * 31 + length) & 0x3FFF;
    }

    private static java.util.BitSet signatures() {
        java.util.BitSet set = new java.util.BitSet(0x4000);
        for (String key : GLOSSARY.keySet()) {
            set.set(signature(key.charAt(0), key.charAt(Math.min(1, key.length() - 1)), key.charAt(key.length() - 1),
                    key.length()));
        }
        return set;
    }

    /** The runs of letters and digits ({@code \p{L}}, {@code \p{N}}), one space between runs. */
    private static String words(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || VietnameseText.isNumber(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static Map<String, String> loadGlossary() {
        record Entry(String abbreviation, String expansion) {
        }
        try (InputStream in = ContentKey.class.getResourceAsStream("/io/github/reformplan/data/glossary.yaml")) {
            List<Entry> entries = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Entry>>() { });
            Map<String, String> map = new LinkedHashMap<>();
            for (Entry e : entries) {
                map.put(VietnameseText.foldKey(e.abbreviation()), VietnameseText.foldKey(e.expansion()));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
