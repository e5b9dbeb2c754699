package io.github.reformplan.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON plan file into a Jackson tree and a {@link LocationIndex}, within
 * {@link ReadLimits}. Every way a file can be unreadable ends in a {@link ReadProblem}, never an
 * exception. Immutable and thread-safe: the factories are built once.
 */
public final class DocumentReader {

    private final ReadLimits limits;

    /** An unquoted YAML scalar that is a number: digits, a point, an exponent. */
    private static final java.util.regex.Pattern LONG_NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?");
    private final JsonFactory json;
    private final LinearYamlFactory yaml;

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own depth limit sits just above ours so that ours, with its exact location, fires first.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loader.setNestingDepthLimit(limits.maxDepth() + 2);
        loader.setAllowRecursiveKeys(false);
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.yaml = new LinearYamlFactory(YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints));
    }

    /** The outcome of reading one file: a document, or why there is none. */
    public sealed interface Result {
    }

    /**
     * A readable document: its tree, where each node stands in the file, and what its reader had to
     * interpret on the way (an office import's notes, reported as {@code parse} findings at {@code info}).
     */
    public record Document(JsonNode root, SourceMap index, List<ReadProblem> notes) implements Result {
        public Document {
            notes = List.copyOf(notes);
        }

        public Document(JsonNode root, SourceMap index) {
            this(root, index, List.of());
        }
    }

    /** An unreadable file. */
    public record Unreadable(ReadProblem problem) implements Result {
    }

    public Result read(PlanSource source) {
        try {
            if (!(source instanceof PlanSource.BytesSource)) {
                long size = source.size();
                if (size > limits.maxBytes()) {
                    return new Unreadable(ReadProblem.of("too-large", 0, 0, size, limits.maxBytes()));
                }
            }
            return parse(source, source.bytesAtMost(limits.maxBytes()));
        } catch (PlanSource.NotRegularFileException e) {
            return new Unreadable(ReadProblem.of("not-regular", 0, 0));
        } catch (IOException e) {
            return new Unreadable(ReadProblem.of("io", 0, 0, String.valueOf(e.getMessage())));
        }
    }

    private Result parse(PlanSource source, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            // Only what was read is known: more than the limit (a file that grew, a stream).
            return new Unreadable(ReadProblem.of("too-large-read", 0, 0, limits.maxBytes()));
        }
        boolean mayBeUnprintable = false; // one scan of the bytes for both
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            // Only NUL, the other controls, DEL and the lead bytes 0xC2 and 0xEF can start what mayBeUnprintable
            // looks for: the rest is skipped here, since a call per byte was 4 % of a national year's time under C1,
            // which inlines only small methods.
            if (b >= 0x20 ? b != 0x7F : b < 0 && b != (byte) 0xC2 && b != (byte) 0xEF) {
                continue;
            }
            if (b == 0) {
                int[] lc = lineColumn(bytes, i);
                return new Unreadable(ReadProblem.of("binary", lc[0], lc[1]));
            }
            mayBeUnprintable = mayBeUnprintable || mayBeUnprintable(bytes, i);
        }
        String text;
        try {
            text = decodeStrict(bytes);
        } catch (MalformedAt e) {
            int[] lc = lineColumn(bytes, e.offset);
            return new Unreadable(ReadProblem.of("encoding", lc[0], lc[1], e.offset));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int bad = mayBeUnprintable ? unprintable(text) : -1;
        if (bad >= 0) {
            int[] lc = lineColumnOfChar(text, bad);
            return new Unreadable(ReadProblem.of("control-character", lc[0], lc[1],
                    String.format("U+%04X", text.codePointAt(bad))));
        }
        boolean isJson = source.isJson(bytes);
        bytes = null; // the text is all that is read from now on: a large file's bytes are free while it is parsed
        if (text.isBlank() || !isJson && onlyMarkersAndComments(text)) {
            return new Unreadable(ReadProblem.of("empty", 0, 0));
        }
        if (isJson) {
            return tree(text, true, false);
        }
        // What the quick scanner leaves to SnakeYAML, and what is wrong with the YAML, SnakeYAML reads again from
        // the start: the same document, or SnakeYAML's own words for what is wrong with it.
        Result quick = tree(text, false, true);
        return quick != null ? quick : tree(text, false, false);
    }

    /**
     * The document in {@code text}, or why there is none; with {@code quick}, null when SnakeYAML must read it.
     * A problem found in the tree (a duplicate key, a number too long, nesting too deep) is the same whichever
     * scanner gave its events: the quick one gives SnakeYAML's very tokens.
     */
    private Result tree(String text, boolean isJson, boolean quick) {
        JsonParser open = null;
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.parser(text, quick)) {
            open = parser;
            Builder builder = new Builder(parser, text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Unreadable(ReadProblem.of("empty", 0, 0));
            }
            JsonNode root = builder.value(LocationIndex.root(), 0);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return new Unreadable(ReadProblem.of("trailing", at.getLineNr(), at.getColumnNr()));
            }
            return new Document(root, builder.index.compact());
        } catch (Problem p) {
            return new Unreadable(p.problem);
        } catch (StreamConstraintsException e) {
            return new Unreadable(constraint(e, open, text));
        } catch (JsonProcessingException e) {
            if (quick) {
                return null;
            }
            if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                return new Unreadable(yamlProblem(y, text));
            }
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            return new Unreadable(ReadProblem.of("syntax", line, column, firstLine(e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            if (quick) {
                return null; // QuickYamlScanner.Unsupported, or an error SnakeYAML words
            }
            // SnakeYAML signals a few limits with unchecked exceptions; they are still bad input.
            return new Unreadable(ReadProblem.of("syntax", 0, 0, firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * One of Jackson's read constraints, in our words, at the place the parser was reading: a number or a
     * key or a string too long, nesting too deep. Jackson's own text names its internal settings.
     */
    private ReadProblem constraint(StreamConstraintsException e, JsonParser parser, String text) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation at = parser == null ? null : parser.currentTokenLocation();
        if (at == null || at.getLineNr() <= 0) {
            at = e.getLocation();
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return ReadProblem.of("number-too-long", line, column, ReadLimits.MAX_NUMBER_LENGTH);
        }
        if (message.startsWith("Name length")) {
            // reported once the name is read: its opening quote is the second unescaped quote back from there
            JsonLocation now = parser == null ? null : parser.currentLocation();
            long offset = now == null ? -1 : now.getCharOffset();
            if (offset > 0 && offset <= text.length()) {
                int quotes = 0;
                for (int i = (int) offset - 1; i >= 0; i--) {
                    if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\') && ++quotes == 2) {
                        int[] lc = lineColumnOfChar(text, i);
                        return ReadProblem.of("key-too-long", lc[0], lc[1], ReadLimits.MAX_NAME_LENGTH);
                    }
                }
            }
            return ReadProblem.of("key-too-long", line, column, ReadLimits.MAX_NAME_LENGTH);
        }
        if (message.startsWith("String value length")) {
            return ReadProblem.of("string-too-long", line, column, limits.maxBytes());
        }
        return ReadProblem.of("too-deep", line, column, limits.maxDepth());
    }

    /** Longest implicit key SnakeYAML reads: a longer one is not taken for a key at all. */
    private static final int YAML_KEY_LIMIT = 1024;

    /**
     * A YAML syntax error in our words where we know the usual cause and its mend (a colon in a value, a tab,
     * a line indented off its mapping), with the line shown; otherwise SnakeYAML's own description, with what
     * it was reading (its context) and where it gave up.
     */
    private static ReadProblem yamlProblem(MarkedYAMLException y, String text) {
        Mark problem = y.getProblemMark();
        int line = problem.getLine() + 1;
        int column = problem.getColumn() + 1;
        String what = String.valueOf(y.getProblem());
        String full = lineOf(text, line);
        String shown = full.length() > 120 ? full.substring(0, 120) + "…" : full;
        Mark started = y.getContextMark();
        if (what.contains("could not find expected ':'") && started != null
                && started.getLine() == problem.getLine() && problem.getColumn() - started.getColumn() > YAML_KEY_LIMIT) {
            return ReadProblem.of("key-too-long", started.getLine() + 1, started.getColumn() + 1, YAML_KEY_LIMIT);
        }
        if (what.startsWith("mapping values are not allowed")) {
            int colon = full.indexOf(':');
            if (colon > YAML_KEY_LIMIT) {
                return ReadProblem.of("key-too-long", line, 1, YAML_KEY_LIMIT);
            }
            if (colon == column - 1) {
                // the line's own key is where YAML stopped: the line is indented past its block
                return ReadProblem.of("syntax-indentation", line, column, line, shown);
            }
            return ReadProblem.of("syntax-colon", line, column, line, shown);
        }
        if (what.contains("\\t") || what.contains("TAB") || column <= shown.length() && column > 0
                && shown.charAt(column - 1) == '\t') {
            return ReadProblem.of("syntax-tab", line, column, line, shown);
        }
        if (what.contains("expected <block end>") || what.startsWith("bad indentation")
                || what.contains("could not find expected ':'") && y.getContextMark() != null
                        && y.getContextMark().getLine() + 1 < line) {
            return ReadProblem.of("syntax-indentation", line, column, line, shown);
        }
        Mark context = y.getContextMark();
        if (y.getContext() != null && context != null) {
            what = y.getContext() + " (line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + "): " + what;
        }
        return ReadProblem.of("syntax", line, column, firstLine(what));
    }

    /** Line {@code number} (1-based) of the text, tabs kept. */
    private static String lineOf(String text, int number) {
        int start = 0;
        for (int l = 1; l < number && start >= 0; l++) {
            int nl = text.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0 || start > text.length()) {
            return "";
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    /**
     * The index of the first character YAML does not allow in a file (C0 and C1 controls other than tab, line
     * feed, carriage return and NEL; DEL; a lone surrogate; U+FFFE and U+FFFF), or -1. JSON allows none of
     * them outside strings either, and reads them inside strings as escapes only.
     */
    private static int unprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F && c != 0x85 || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether strict UTF-8 {@code b} may start a character {@link #unprintable} rejects at {@code i}: each of
     * them has a byte pattern of its own, and a scan of the bytes costs a fraction of one of the decoded text
     * (the text is scanned only to say where).
     */
    private static boolean mayBeUnprintable(byte[] b, int i) {
        int c = b[i] & 0xFF;
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                : c == 0x7F || c == 0xC2 && i + 1 < b.length && (b[i + 1] & 0xFF) <= 0x9F && (b[i + 1] & 0xFF) != 0x85
                || c == 0xEF && i + 2 < b.length && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) >= 0xBE;
    }

    /** 1-based line and column (in code points) of a character index. */
    private static int[] lineColumnOfChar(String text, int at) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** A YAML text of blank lines, comments and document markers ({@code ---}, {@code ...}) only: no content. */
    private static boolean onlyMarkersAndComments(String text) {
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            if ((line.startsWith("---") || line.startsWith("...")) && line.length() > 3) {
                String rest = line.substring(3);
                if (!Character.isWhitespace(rest.charAt(0))) {
                    return false;
                }
                line = rest.strip();
            } else if (line.equals("---") || line.equals("...")) {
                line = "";
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /**
     * The text of valid UTF-8, or {@link MalformedAt} the first bad byte. The JDK's decoder replaces every bad
     * sequence with U+FFFD, so only a text holding one is checked byte by byte (in chunks of 8 K characters):
     * a large file costs one copy of its text, not two.
     */
    private static String decodeStrict(byte[] bytes) throws MalformedAt {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            checkStrict(bytes);
        }
        return text;
    }

    private static void checkStrict(byte[] bytes) throws MalformedAt {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, chunk, true);
            if (r.isError()) {
                throw new MalformedAt(in.position());
            }
            chunk.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        while (true) {
            CoderResult r = decoder.flush(chunk);
            if (r.isError()) {
                throw new MalformedAt(in.position());
            }
            chunk.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
    }

    /** 1-based line and column (in characters) of a byte offset in UTF-8 content. */
    private static int[] lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static final class MalformedAt extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedAt(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Carries a problem found while building the tree out of the recursion. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ReadProblem problem;

        Problem(ReadProblem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /** Builds the tree from the token stream, recording positions, resolving YAML anchors within budget. */
    private final class Builder {
        private final JsonParser parser;
        private final YAMLParser yamlParser;
        private final String source;
        private final LocationIndex index = new LocationIndex();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
        /** Short strings by value: agency names, outputs, areas and deadlines repeat across a plan's tasks. */
        private final Map<String, JsonNode> shortTexts = new HashMap<>();
        private long aliasNodes;

        Builder(JsonParser parser, String source) {
            this.parser = parser;
            this.source = source;
            this.yamlParser = parser instanceof YAMLParser y ? y : null;
        }

        /** Builds the value at the current token. */
        JsonNode value(int at, int depth) throws IOException {
            JsonLocation loc = parser.currentTokenLocation();
            index.value(at, loc.getLineNr(), loc.getColumnNr());
            if (depth > limits.maxDepth()) {
                throw new Problem(ReadProblem.of("too-deep", loc.getLineNr(), loc.getColumnNr(), limits.maxDepth()));
            }
            if (yamlParser != null && yamlParser.isCurrentAlias()) {
                index.node(at, LocationIndex.ALIAS, null);
                return alias(yamlParser.getText(), loc);
            }
            String anchor = yamlParser == null ? null : yamlParser.getObjectId();
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> object(at, depth);
                case START_ARRAY -> array(at, depth);
                case VALUE_STRING -> string(loc);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(loc);
                case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
                case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
                case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
                default -> JsonNodeFactory.instance.textNode(parser.getText());
            };
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            index.node(at, node.isObject() ? LocationIndex.OBJECT : node.isArray() ? LocationIndex.ARRAY : LocationIndex.VALUE,
                    node.isValueNode() ? node.asText() : null);
            return node;
        }

        /**
         * A number as its text says, never expanded: its digits are bounded ({@link ReadLimits#MAX_NUMBER_LENGTH})
         * and an exponent stays an exponent ({@code 1e999999999} is a BigDecimal of one digit). A number
         * BigDecimal cannot hold (an exponent beyond ±2³¹) is a problem at its place.
         */
        private JsonNode number(JsonLocation loc) throws IOException {
            String text = parser.getText();
            if (text.length() > ReadLimits.MAX_NUMBER_LENGTH) {
                throw new Problem(ReadProblem.of("number-too-long", loc.getLineNr(), loc.getColumnNr(),
                        ReadLimits.MAX_NUMBER_LENGTH));
            }
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            }
            try {
                return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException | ArithmeticException e) {
                try {
                    return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException | IOException e2) {
                    throw new Problem(ReadProblem.of("number-range", loc.getLineNr(), loc.getColumnNr(),
                            text.length() > 40 ? text.substring(0, 40) + "…" : text));
                }
            }
        }

        /** A string; in YAML, an unquoted number too long to be read as one is reported as such. */
        private JsonNode string(JsonLocation loc) throws IOException {
            String value = parser.getText();
            if (yamlParser != null && value.length() > ReadLimits.MAX_NUMBER_LENGTH && LONG_NUMBER.matcher(value).matches()) {
                long offset = loc.getCharOffset();
                char first = offset >= 0 && offset < source.length() ? source.charAt((int) offset) : ' ';
                if (first != '"' && first != '\'') {
                    throw new Problem(ReadProblem.of("number-too-long", loc.getLineNr(), loc.getColumnNr(),
                            ReadLimits.MAX_NUMBER_LENGTH));
                }
            }
            if (value.length() > SHARED_TEXT_LENGTH) {
                return JsonNodeFactory.instance.textNode(value);
            }
            return shortTexts.computeIfAbsent(value, JsonNodeFactory.instance::textNode); // a TextNode is immutable
        }

        /**
         * Strings up to this length share one node per value within a document: a large plan's memory is
         * mostly its repeated agency names, outputs and deadlines; longer ones (titles) rarely repeat.
         */
        private static final int SHARED_TEXT_LENGTH = 80;

        private JsonNode alias(String name, JsonLocation loc) {
            JsonNode target = anchors.get(name);
            if (target == null) {
                throw new Problem(ReadProblem.of("alias-unknown", loc.getLineNr(), loc.getColumnNr(), name));
            }
            aliasNodes += size(target);
            if (aliasNodes > limits.maxAliasNodes()) {
                throw new Problem(ReadProblem.of("aliases", loc.getLineNr(), loc.getColumnNr(), limits.maxAliasNodes()));
            }
            return target; // shared, never mutated
        }

        private long size(JsonNode node) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            long n = 1;
            for (JsonNode child : node) {
                n = Math.min(Long.MAX_VALUE / 2, n + size(child));
            }
            sizes.put(node, n);
            return n;
        }

        private ObjectNode object(int at, int depth) throws IOException {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (t == null) {
                    throw new Problem(ReadProblem.of("syntax", 0, 0, "unexpected end of input"));
                }
                String name = parser.currentName();
                JsonLocation keyLoc = parser.currentTokenLocation();
                if (node.has(name)) {
                    throw new Problem(ReadProblem.of("duplicate-key", keyLoc.getLineNr(), keyLoc.getColumnNr(), name));
                }
                int child = index.child(at, name, 0);
                index.key(child, keyLoc.getLineNr(), keyLoc.getColumnNr());
                parser.nextToken();
                node.set(name, value(child, depth + 1));
            }
            return node;
        }

        private ArrayNode array(int at, int depth) throws IOException {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            JsonToken t;
            int i = 0;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new Problem(ReadProblem.of("syntax", 0, 0, "unexpected end of input"));
                }
                node.add(value(index.child(at, null, i++), depth + 1));
            }
            return node;
        }
    }
}
