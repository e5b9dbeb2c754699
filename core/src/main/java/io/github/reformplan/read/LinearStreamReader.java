package io.github.reformplan.read;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader, in linear time. SnakeYAML's own reader refills a window of 1,024 code
 * points by copying everything not yet consumed, so a token longer than the window (a 10 MB scalar or
 * comment on one line) costs time quadratic in its length: minutes for a few megabytes. This one holds the
 * text and a window that doubles when more than half of it is still unread, so each code point is copied
 * a bounded number of times. Characters are checked before parsing ({@link DocumentReader}), so this
 * reader does not check them again.
 */
public final class LinearStreamReader extends StreamReader {

    private static final int CHUNK = 1024;

    private final String text;
    private int next;
    private int[] window = new int[2 * CHUNK];
    /** Where each code point of the window starts in the text: a prefix is a substring, not a new string. */
    private int[] offsets = new int[2 * CHUNK];
    private final char[] chars = new char[CHUNK];
    private int length;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /** A reader of a text already in memory. */
    public LinearStreamReader(String text) {
        super("");
        this.text = text;
    }

    /** Whether the code point at {@code pointer + ahead} exists, loading it if need be. */
    private boolean ensure(int ahead) {
        if (pointer + ahead < length) {
            return true;
        }
        fill(ahead + 1);
        return pointer + ahead < length;
    }

    private void fill(int wanted) {
        if (next >= text.length()) {
            return;
        }
        int remaining = length - pointer;
        int capacity = window.length;
        int needed = Math.max(wanted + CHUNK, 2 * remaining);
        if (needed > capacity) {
            int[] bigger = new int[Math.max(2 * capacity, needed)];
            System.arraycopy(window, pointer, bigger, 0, remaining);
            window = bigger;
            int[] biggerOffsets = new int[bigger.length];
            System.arraycopy(offsets, pointer, biggerOffsets, 0, remaining);
            offsets = biggerOffsets;
        } else {
            System.arraycopy(window, pointer, window, 0, remaining);
            System.arraycopy(offsets, pointer, offsets, 0, remaining);
            java.util.Arrays.fill(window, remaining, length, 0); // no stale code points for a Mark's snippet
        }
        length = remaining;
        pointer = 0;
        // In chunks copied out of the text: under C1, String.codePointAt for each character was most of this.
        int end = text.length();
        while (length < window.length && next < end) {
            int n = Math.min(Math.min(chars.length, end - next), window.length - length);
            text.getChars(next, next + n, chars, 0);
            int i = 0;
            while (i < n) {
                char c = chars[i];
                int cp = c;
                int size = 1;
                if (Character.isHighSurrogate(c)) {
                    char low = i + 1 < n ? chars[i + 1] : next + i + 1 < end ? text.charAt(next + i + 1) : 0;
                    if (Character.isLowSurrogate(low)) {
                        cp = Character.toCodePoint(c, low);
                        size = 2;
                    }
                }
                offsets[length] = next + i;
                window[length++] = cp;
                i += size;
            }
            next += i; // one past the chunk when its last pair straddled the end
        }
    }

    @Override
    public Mark getMark() {
        return new Mark("'reader'", index, line, column, window, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && ensure(0); i++) {
            int c = window[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && ensure(0) && window[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensure(0) ? window[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
        return ensure(ahead) ? window[pointer + ahead] : 0;
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        int n = ensure(count) ? count : Math.min(count, length - pointer);
        if (n <= 0) {
            return "";
        }
        int last = pointer + n - 1;
        return text.substring(offsets[pointer], offsets[last] + Character.charCount(window[last]));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
