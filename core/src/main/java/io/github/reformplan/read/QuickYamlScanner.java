package io.github.reformplan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.BlockEndToken;
import org.yaml.snakeyaml.tokens.BlockEntryToken;
import org.yaml.snakeyaml.tokens.BlockMappingStartToken;
import org.yaml.snakeyaml.tokens.BlockSequenceStartToken;
import org.yaml.snakeyaml.tokens.FlowEntryToken;
import org.yaml.snakeyaml.tokens.FlowMappingEndToken;
import org.yaml.snakeyaml.tokens.FlowMappingStartToken;
import org.yaml.snakeyaml.tokens.FlowSequenceEndToken;
import org.yaml.snakeyaml.tokens.FlowSequenceStartToken;
import org.yaml.snakeyaml.tokens.KeyToken;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.StreamEndToken;
import org.yaml.snakeyaml.tokens.StreamStartToken;
import org.yaml.snakeyaml.tokens.Token;
import org.yaml.snakeyaml.tokens.ValueToken;

/**
 * SnakeYAML's scanner for the YAML plans are written in, several times faster: block mappings and sequences,
 * plain scalars on one line, quoted scalars (over several lines too, as YAML writers wrap them), flow
 * collections, comments. Under C1 most of a batch's reading was
 * SnakeYAML's scanner asking its reader for one code point at a time; this one works on a line's characters
 * in an array.
 *
 * <p>Its algorithm is {@link ScannerImpl}'s (the token queue, simple keys, the indentation stack, the same
 * checks in the same order), so that for what it reads it gives the very tokens and marks SnakeYAML gives.
 * On anything else it throws {@link Unsupported} and the document is read again by SnakeYAML: anchors, aliases,
 * tags, block scalars, a plain scalar over several lines, explicit keys, documents and directives, the line breaks
 * and characters SnakeYAML counts differently (a lone CR, NEL, LS, PS, a BOM inside the text, a character
 * outside the BMP), and every error, which SnakeYAML words. {@code QuickYamlScannerTest} compares the two
 * token by token on every fixture and on random documents.
 */
final class QuickYamlScanner implements Scanner {

    /** This scanner does not read the document; SnakeYAML must. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Unsupported() {
            super("outside the quick scanner's YAML", null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    /** A mark's snippet is only for error messages, and this scanner reports no error. */
    private static final int[] NO_SNIPPET = new int[0];
    private static final int MAX_FLOW_LEVEL = 64;
    /** SnakeYAML's limit on a simple key's length, in code points. */
    private static final int MAX_SIMPLE_KEY = 1024;

    private final String text;
    private char[] buf = new char[256];
    /** The current line: its offset in the text, its length without its break, the break's length (0 at the end). */
    private int lineStart;
    private int lineLength;
    private int breakLength;
    private int line;
    /** The position in the current line: the column. */
    private int p;

    private final List<Token> tokens = new ArrayList<>(16);
    private int tokensTaken;
    private boolean done;
    private int flowLevel;
    private int indent = -1;
    private int[] indents = new int[16];
    private int depth;
    private boolean allowSimpleKey = true;

    /** The possible simple key at each flow level (SnakeYAML keeps one per level). */
    private final boolean[] keyPresent = new boolean[MAX_FLOW_LEVEL + 1];
    private final int[] keyToken = new int[MAX_FLOW_LEVEL + 1];
    private final boolean[] keyRequired = new boolean[MAX_FLOW_LEVEL + 1];
    private final int[] keyIndex = new int[MAX_FLOW_LEVEL + 1];
    private final int[] keyLine = new int[MAX_FLOW_LEVEL + 1];
    private final int[] keyColumn = new int[MAX_FLOW_LEVEL + 1];
    private final Mark[] keyMark = new Mark[MAX_FLOW_LEVEL + 1];
    private int keys;

    QuickYamlScanner(String text) {
        this.text = text;
        load(0);
        Mark mark = mark();
        addToken(new StreamStartToken(mark, mark));
    }

    // The reader: the current line's characters, with its break as '\n' (or 0 at the end of the text) after them.

    private void load(int start) {
        int newline = text.indexOf('\n', start);
        int end = newline < 0 ? text.length() : newline;
        breakLength = newline < 0 ? 0 : 1;
        if (newline > start && text.charAt(newline - 1) == '\r') {
            end--;
            breakLength = 2;
        }
        lineStart = start;
        lineLength = end - start;
        if (buf.length < lineLength + 1) {
            buf = new char[Math.max(2 * buf.length, lineLength + 1)];
        }
        text.getChars(start, end, buf, 0);
        char[] b = buf;
        for (int i = 0; i < lineLength; i++) {
            char c = b[i];
            if (c < ' ' ? c == '\r' || c == 0 : c >= 0x85 && special(c)) {
                throw UNSUPPORTED;
            }
        }
        b[lineLength] = breakLength == 0 ? 0 : '\n';
        p = 0;
    }

    /** Characters SnakeYAML's reader counts otherwise than as one column of one line. */
    private static boolean special(char c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || Character.isSurrogate(c);
    }

    /** The character {@code ahead} of the position on its line: the break as '\n', 0 at the end of the text. */
    private int peek(int ahead) {
        return at(p + ahead);
    }

    /** The character at column {@code i} of the current line, as {@link #peek} says. */
    private int at(int i) {
        return i <= lineLength ? buf[i] : 0;
    }

    /** Past the current line's break, if the position is at it. */
    private boolean lineBreak() {
        if (p != lineLength || breakLength == 0) {
            return false;
        }
        load(lineStart + lineLength + breakLength);
        line++;
        return true;
    }

    private Mark mark() {
        return markAt(p);
    }

    private Mark markAt(int column) {
        return new Mark("'reader'", lineStart + column, line, column, NO_SNIPPET, 0);
    }

    private static boolean blank(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == 0;
    }

    // The Scanner interface, as ScannerImpl implements it.

    @Override
    public boolean checkToken(Token.ID choice) {
        while (needMoreTokens()) {
            fetchMoreTokens();
        }
        return !tokens.isEmpty() && tokens.get(0).getTokenId() == choice;
    }

    @Override
    public boolean checkToken(Token.ID... choices) {
        while (needMoreTokens()) {
            fetchMoreTokens();
        }
        if (tokens.isEmpty()) {
            return false;
        }
        if (choices.length == 0) {
            return true;
        }
        Token.ID first = tokens.get(0).getTokenId();
        for (Token.ID choice : choices) {
            if (first == choice) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Token peekToken() {
        while (needMoreTokens()) {
            fetchMoreTokens();
        }
        return tokens.get(0);
    }

    @Override
    public Token getToken() {
        tokensTaken++;
        return tokens.remove(0);
    }

    @Override
    public void resetDocumentIndex() {
        // one document: the code point limit is checked on the bytes before any scanner runs
    }

    private void addToken(Token token) {
        tokens.add(token);
    }

    private boolean needMoreTokens() {
        if (done) {
            return false;
        }
        if (tokens.isEmpty()) {
            return true;
        }
        stalePossibleSimpleKeys();
        return nextPossibleSimpleKey() == tokensTaken;
    }

    private void fetchMoreTokens() {
        scanToNextToken();
        stalePossibleSimpleKeys();
        unwindIndent(p);
        int c = peek(0);
        switch (c) {
            case 0:
                fetchStreamEnd();
                return;
            case '-':
                if (p == 0 && documentMarker()) {
                    throw UNSUPPORTED;
                }
                if (blank(peek(1))) {
                    fetchBlockEntry();
                    return;
                }
                break;
            case '.':
                if (p == 0 && documentMarker()) {
                    throw UNSUPPORTED;
                }
                break;
            case '[':
                fetchFlowCollectionStart(false);
                return;
            case '{':
                fetchFlowCollectionStart(true);
                return;
            case ']':
                fetchFlowCollectionEnd(false);
                return;
            case '}':
                fetchFlowCollectionEnd(true);
                return;
            case ',':
                fetchFlowEntry();
                return;
            case ':':
                if (flowLevel != 0 || blank(peek(1))) {
                    fetchValue();
                    return;
                }
                break;
            case '\'':
                fetchFlowScalar('\'');
                return;
            case '"':
                fetchFlowScalar('"');
                return;
            case '%':
            case '?':
            case '*':
            case '&':
            case '!':
            case '|':
            case '>':
                throw UNSUPPORTED; // directives, explicit keys, aliases, anchors, tags, block scalars
            default:
                break;
        }
        if (checkPlain(c)) {
            fetchPlain();
            return;
        }
        throw UNSUPPORTED; // SnakeYAML's error
    }

    /** A line that starts with {@code ---} or {@code ...}: a document marker, or close enough to leave to SnakeYAML. */
    private boolean documentMarker() {
        int c = peek(0);
        return lineLength >= 3 && buf[1] == c && buf[2] == c;
    }

    private boolean checkPlain(int c) {
        return !blank(c) && "-?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0
                || !blank(peek(1)) && (c == '-' || flowLevel == 0 && (c == '?' || c == ':'));
    }

    private void scanToNextToken() {
        while (true) {
            while (p < lineLength && buf[p] == ' ') {
                p++;
            }
            if (p < lineLength && buf[p] == '#') {
                p = lineLength; // a comment: its characters were checked when the line was loaded
            }
            if (lineBreak()) {
                if (flowLevel == 0) {
                    allowSimpleKey = true;
                }
            } else {
                return;
            }
        }
    }

    // Simple keys.

    private int nextPossibleSimpleKey() {
        if (keys == 0) {
            return -1;
        }
        int first = Integer.MAX_VALUE; // the oldest: token numbers grow with time
        for (int level = 0; level <= flowLevel; level++) { // a level's key goes when its collection closes
            if (keyPresent[level] && keyToken[level] < first) {
                first = keyToken[level];
            }
        }
        return first;
    }

    private void stalePossibleSimpleKeys() {
        if (keys == 0) {
            return;
        }
        int index = lineStart + p;
        for (int level = 0; level <= flowLevel; level++) {
            if (keyPresent[level] && (keyLine[level] != line || index - keyIndex[level] > MAX_SIMPLE_KEY)) {
                if (keyRequired[level]) {
                    throw UNSUPPORTED;
                }
                dropKey(level);
            }
        }
    }

    private void savePossibleSimpleKey() {
        boolean required = flowLevel == 0 && indent == p;
        if (!allowSimpleKey && required) {
            throw UNSUPPORTED;
        }
        if (allowSimpleKey) {
            removePossibleSimpleKey();
            int level = flowLevel;
            keyPresent[level] = true;
            keyToken[level] = tokensTaken + tokens.size();
            keyRequired[level] = required;
            keyIndex[level] = lineStart + p;
            keyLine[level] = line;
            keyColumn[level] = p;
            keyMark[level] = mark();
            keys++;
        }
    }

    private void removePossibleSimpleKey() {
        if (keyPresent[flowLevel]) {
            if (keyRequired[flowLevel]) {
                throw UNSUPPORTED;
            }
            dropKey(flowLevel);
        }
    }

    private void dropKey(int level) {
        keyPresent[level] = false;
        keyMark[level] = null;
        keys--;
    }

    // Indentation.

    private void unwindIndent(int column) {
        if (flowLevel != 0) {
            return;
        }
        while (indent > column) {
            Mark mark = mark();
            indent = indents[--depth];
            addToken(new BlockEndToken(mark, mark));
        }
    }

    private boolean addIndent(int column) {
        if (indent < column) {
            if (depth == indents.length) {
                indents = Arrays.copyOf(indents, 2 * depth);
            }
            indents[depth++] = indent;
            indent = column;
            return true;
        }
        return false;
    }

    // Fetchers.

    private void fetchStreamEnd() {
        unwindIndent(-1);
        removePossibleSimpleKey();
        allowSimpleKey = false;
        Arrays.fill(keyPresent, false);
        Arrays.fill(keyMark, null);
        keys = 0;
        Mark mark = mark();
        addToken(new StreamEndToken(mark, mark));
        done = true;
    }

    private void fetchFlowCollectionStart(boolean mapping) {
        savePossibleSimpleKey();
        if (++flowLevel > MAX_FLOW_LEVEL) {
            throw UNSUPPORTED;
        }
        allowSimpleKey = true;
        indicator(mapping ? FlowMappingStartToken::new : FlowSequenceStartToken::new);
    }

    private void fetchFlowCollectionEnd(boolean mapping) {
        if (flowLevel == 0) {
            throw UNSUPPORTED; // a closing bracket outside any flow collection: SnakeYAML's parser objects
        }
        removePossibleSimpleKey();
        flowLevel--;
        allowSimpleKey = false;
        indicator(mapping ? FlowMappingEndToken::new : FlowSequenceEndToken::new);
    }

    private void fetchFlowEntry() {
        allowSimpleKey = true;
        removePossibleSimpleKey();
        indicator(FlowEntryToken::new);
    }

    private void fetchBlockEntry() {
        if (flowLevel != 0 || !allowSimpleKey) {
            throw UNSUPPORTED; // SnakeYAML's scanner or parser reports these
        }
        if (addIndent(p)) {
            Mark mark = mark();
            addToken(new BlockSequenceStartToken(mark, mark));
        }
        allowSimpleKey = true;
        removePossibleSimpleKey();
        indicator(BlockEntryToken::new);
    }

    private void fetchValue() {
        int level = flowLevel;
        if (!keyPresent[level]) {
            throw UNSUPPORTED; // a value without a simple key: a complex key, or an error
        }
        Mark key = keyMark[level];
        int at = keyToken[level] - tokensTaken;
        int column = keyColumn[level];
        dropKey(level);
        tokens.add(at, new KeyToken(key, key));
        if (flowLevel == 0 && addIndent(column)) {
            tokens.add(at, new BlockMappingStartToken(key, key));
        }
        allowSimpleKey = false;
        indicator(ValueToken::new);
    }

    /** The one-character indicator at the position, as a token from its start to after it. */
    private void indicator(BiFunction<Mark, Mark, Token> token) {
        Mark start = mark();
        p++;
        addToken(token.apply(start, mark()));
    }

    private void fetchFlowScalar(char quote) {
        savePossibleSimpleKey();
        allowSimpleKey = false;
        addToken(scanFlowScalar(quote));
    }

    private void fetchPlain() {
        savePossibleSimpleKey();
        allowSimpleKey = false;
        addToken(scanPlain());
    }

    // Scalars.

    /**
     * A quoted scalar. Spaces and tabs inside a line are kept; where a line ends inside the scalar, the spaces
     * before the break and at the next line's start go, and the break becomes a space, or the empty lines
     * after it as many line feeds (after a backslash, nothing but those line feeds): how SnakeYAML folds, as
     * YAML writers wrap long strings.
     */
    private Token scanFlowScalar(char quote) {
        boolean doubleQuoted = quote == '"';
        Mark start = mark();
        p++;
        StringBuilder chunks = null;
        int run = p;
        while (true) {
            if (p >= lineLength) {
                int keep = p;
                while (keep > run && (buf[keep - 1] == ' ' || buf[keep - 1] == '\t')) {
                    keep--;
                }
                chunks = append(chunks, run, keep);
                String breaks = breaks();
                chunks.append(breaks.isEmpty() ? " " : breaks);
                run = p;
                continue;
            }
            char c = buf[p];
            if (c == quote) {
                if (doubleQuoted || p + 1 >= lineLength || buf[p + 1] != '\'') {
                    break;
                }
                chunks = append(chunks, run, p + 1); // '' is one quote
                p += 2;
                run = p;
            } else if (c == '\\' && doubleQuoted) {
                chunks = append(chunks, run, p);
                if (p + 1 == lineLength) {
                    p++;
                    chunks.append(breaks()); // an escaped line break
                } else {
                    p = escape(chunks, p + 1);
                }
                run = p;
            } else {
                p++;
            }
        }
        String value = chunks == null ? new String(buf, run, p - run) : append(chunks, run, p).toString();
        p++;
        return new ScalarToken(value, false, start, mark(),
                doubleQuoted ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED);
    }

    /**
     * From a line's end inside a quoted scalar to the next character of it: past the break, then the spaces
     * and tabs that start each line; a line with nothing else is a line feed of the value.
     */
    private String breaks() {
        if (breakLength == 0) {
            throw UNSUPPORTED; // the text ends inside the scalar
        }
        lineBreak();
        StringBuilder breaks = null;
        while (true) {
            if ((buf[0] == '-' || buf[0] == '.') && documentMarker()) { // at the line's start
                throw UNSUPPORTED; // a document marker inside a scalar: SnakeYAML's error
            }
            while (p < lineLength && (buf[p] == ' ' || buf[p] == '\t')) {
                p++;
            }
            if (p < lineLength || breakLength == 0) {
                return breaks == null ? "" : breaks.toString();
            }
            breaks = breaks == null ? new StringBuilder() : breaks;
            breaks.append('\n');
            lineBreak();
        }
    }

    private StringBuilder append(StringBuilder chunks, int from, int to) {
        StringBuilder sb = chunks == null ? new StringBuilder(Math.max(16, 2 * (to - from))) : chunks;
        return sb.append(buf, from, to - from);
    }

    /**
     * The escape whose letter is at {@code at}, appended; returns the position after it. The letter is on the
     * line: an escaped line break is the caller's.
     */
    private int escape(StringBuilder chunks, int at) {
        Character letter = buf[at];
        String replacement = ScannerImpl.ESCAPE_REPLACEMENTS.get(letter);
        if (replacement != null) {
            chunks.append(replacement);
            return at + 1;
        }
        Integer digits = ScannerImpl.ESCAPE_CODES.get(letter);
        if (digits == null || at + digits >= lineLength) {
            throw UNSUPPORTED;
        }
        int code = 0;
        for (int i = at + 1; i <= at + digits; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0 || buf[i] > 'f') { // Character.digit also takes full-width digits; SnakeYAML does not
                throw UNSUPPORTED;
            }
            code = code * 16 + d;
            if (code > Character.MAX_CODE_POINT) {
                throw UNSUPPORTED;
            }
        }
        chunks.appendCodePoint(code);
        return at + digits + 1;
    }

    /**
     * A plain scalar that ends on its line. At its line's end it ends when SnakeYAML's would: the next line
     * that is not blank is a comment, or is indented no deeper than the current block. Otherwise SnakeYAML
     * would fold the next line into it, which this scanner leaves to SnakeYAML.
     */
    private Token scanPlain() {
        Mark start = mark();
        int first = p;
        int end = p;
        int minColumn = indent + 1;
        char[] b = buf;
        boolean flow = flowLevel != 0;
        while (b[p] != '#') { // the line's break is '\n' or 0 in the array, never '#'
            int q = p;
            while (true) {
                char c = b[q];
                if (c == ' ' || c == '\t' || q >= lineLength) {
                    break;
                }
                if (c == ':') {
                    int after = at(q + 1);
                    if (blank(after) || flow && ",[]{}".indexOf(after) >= 0) {
                        break;
                    }
                }
                if (flow && ",?[]{}".indexOf(c) >= 0) {
                    break;
                }
                q++;
            }
            if (q == p) {
                break;
            }
            allowSimpleKey = false;
            p = q;
            end = p;
            while (p < lineLength && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p == lineLength) {
                if (breakLength != 0 && continues(minColumn)) {
                    throw UNSUPPORTED;
                }
                break;
            }
            if (p == end || b[p] == '#' || !flow && p < minColumn) {
                break;
            }
        }
        return new ScalarToken(new String(b, first, end - first), start, markAt(end), true);
    }

    /** Whether SnakeYAML would go on with a plain scalar past the current line's break (or might: then true). */
    private boolean continues(int minColumn) {
        if (flowLevel != 0) {
            return true;
        }
        int i = lineStart + lineLength + breakLength;
        int n = text.length();
        while (true) {
            int lineHead = i;
            if (text.startsWith("---", i) || text.startsWith("...", i)) {
                return true;
            }
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                return false;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                    return true;
                }
                i += c == '\r' ? 2 : 1;
                continue;
            }
            if (c == '#' || c == '\t' || i - lineHead < minColumn) {
                return false;
            }
            if (c == ':') {
                char after = i + 1 < n ? text.charAt(i + 1) : 0;
                return !(after == ' ' || after == '\t' || after == '\n' || after == '\r' || after == 0);
            }
            return true;
        }
    }
}
