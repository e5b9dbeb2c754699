package io.github.reformplan.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.reformplan.model.JsonPointer;
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
    private final JsonFactory json;
    private final YAMLFactory yaml;

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own depth limit sits just above ours so that ours, with its exact location, fires first.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loader.setNestingDepthLimit(limits.maxDepth() + 2);
        loader.setAllowRecursiveKeys(false);
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
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
            long size = source.size();
            if (size > limits.maxBytes()) {
                return new Unreadable(ReadProblem.of("too-large", 0, 0, size, limits.maxBytes()));
            }
            return parse(source, source.bytes());
        } catch (IOException e) {
            return new Unreadable(ReadProblem.of("io", 0, 0, String.valueOf(e.getMessage())));
        }
    }

    private Result parse(PlanSource source, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return new Unreadable(ReadProblem.of("too-large", 0, 0, (long) bytes.length, limits.maxBytes()));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineColumn(bytes, i);
                return new Unreadable(ReadProblem.of("binary", lc[0], lc[1]));
            }
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
        if (text.isBlank()) {
            return new Unreadable(ReadProblem.of("empty", 0, 0));
        }
        boolean isJson = source.isJson(bytes);
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.createParser(text)) {
            Builder builder = new Builder(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Unreadable(ReadProblem.of("empty", 0, 0));
            }
            JsonNode root = builder.value(JsonPointer.ROOT, 0);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return new Unreadable(ReadProblem.of("trailing", at.getLineNr(), at.getColumnNr()));
            }
            return new Document(root, new LocationIndex(builder.values, builder.keys));
        } catch (Problem p) {
            return new Unreadable(p.problem);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                return new Unreadable(yamlProblem(y));
            }
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            return new Unreadable(ReadProblem.of("syntax", line, column, firstLine(e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals a few limits with unchecked exceptions; they are still bad input.
            return new Unreadable(ReadProblem.of("syntax", 0, 0, firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /** SnakeYAML knows where it gave up (the problem) and what it was reading (the context): report both. */
    private static ReadProblem yamlProblem(MarkedYAMLException y) {
        Mark problem = y.getProblemMark();
        String text = String.valueOf(y.getProblem());
        Mark context = y.getContextMark();
        if (y.getContext() != null && context != null) {
            text = y.getContext() + " (line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + "): " + text;
        }
        return ReadProblem.of("syntax", problem.getLine() + 1, problem.getColumn() + 1, firstLine(text));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String decodeStrict(byte[] bytes) throws MalformedAt {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new MalformedAt(in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new MalformedAt(in.position());
        }
        out.flip();
        return out.toString();
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
        private final Map<String, Long> values = new HashMap<>();
        private final Map<String, Long> keys = new HashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
        private long aliasNodes;

        Builder(JsonParser parser) {
            this.parser = parser;
            this.yamlParser = parser instanceof YAMLParser y ? y : null;
        }

        /** Builds the value at the current token. */
        JsonNode value(JsonPointer at, int depth) throws IOException {
            JsonLocation loc = parser.currentTokenLocation();
            values.put(at.toString(), LocationIndex.pack(loc.getLineNr(), loc.getColumnNr()));
            if (depth > limits.maxDepth()) {
                throw new Problem(ReadProblem.of("too-deep", loc.getLineNr(), loc.getColumnNr(), limits.maxDepth()));
            }
            if (yamlParser != null && yamlParser.isCurrentAlias()) {
                return alias(yamlParser.getText(), loc);
            }
            String anchor = yamlParser == null ? null : yamlParser.getObjectId();
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> object(at, depth);
                case START_ARRAY -> array(at, depth);
                case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
                case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
                case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
                case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
                default -> JsonNodeFactory.instance.textNode(parser.getText());
            };
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

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

        private ObjectNode object(JsonPointer at, int depth) throws IOException {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (t == null) {
                    throw new Problem(ReadProblem.of("syntax", 0, 0, "unexpected end of input"));
                }
                String name = parser.currentName();
                JsonLocation keyLoc = parser.currentTokenLocation();
                JsonPointer child = at.append(name);
                if (node.has(name)) {
                    throw new Problem(ReadProblem.of("duplicate-key", keyLoc.getLineNr(), keyLoc.getColumnNr(), name));
                }
                keys.put(child.toString(), LocationIndex.pack(keyLoc.getLineNr(), keyLoc.getColumnNr()));
                parser.nextToken();
                node.set(name, value(child, depth + 1));
            }
            return node;
        }

        private ArrayNode array(JsonPointer at, int depth) throws IOException {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            JsonToken t;
            int i = 0;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new Problem(ReadProblem.of("syntax", 0, 0, "unexpected end of input"));
                }
                node.add(value(at.append(i++), depth + 1));
            }
            return node;
        }
    }
}
