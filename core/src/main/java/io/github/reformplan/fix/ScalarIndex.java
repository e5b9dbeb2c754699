package io.github.reformplan.fix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.read.LinearStreamReader;
import io.github.reformplan.read.ReadLimits;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Where each scalar value of a document is written in its source text: its exact extent (start and
 * end, in chars of the text as given, a byte order mark included) and its style. Only scalars that a
 * fix may rewrite in place are indexed: a scalar with an anchor or an explicit tag, and anything
 * reached through an alias, is left out.
 */
final class ScalarIndex {

    /** How a scalar is written. */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED, JSON }

    /**
     * One scalar: {@code [start, end)} in the text; {@code flow} when it stands inside a flow
     * collection ({@code [a, b]} or {@code {k: v}}), where {@code ,[]{}} end a plain scalar.
     */
    record Scalar(int start, int end, Style style, boolean flow) {
    }

    /** The text cannot be parsed. */
    static final class Unparseable extends Exception {
        private static final long serialVersionUID = 1L;

        Unparseable(Throwable cause) {
            super(cause);
        }
    }

    private final Map<String, Scalar> scalars;

    private ScalarIndex(Map<String, Scalar> scalars) {
        this.scalars = scalars;
    }

    Scalar get(JsonPointer pointer) {
        return scalars.get(pointer.toString());
    }

    static ScalarIndex of(String text, boolean json, ReadLimits limits) throws Unparseable {
        try {
            return json ? json(text, limits) : yaml(text, limits);
        } catch (IOException | RuntimeException e) {
            throw new Unparseable(e);
        }
    }

    // ---- YAML: SnakeYAML's events carry start and end marks (in code points) ----

    private static ScalarIndex yaml(String text, ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        Parser parser = new ParserImpl(new LinearStreamReader(text), options);
        YamlWalk walk = new YamlWalk(parser, CodePoints.of(text));
        parser.getEvent(); // stream start
        if (parser.peekEvent() instanceof DocumentStartEvent) {
            parser.getEvent();
            walk.node(parser.getEvent(), JsonPointer.ROOT, false);
        }
        return new ScalarIndex(walk.scalars);
    }

    private static final class YamlWalk {
        final Parser parser;
        final CodePoints offsets;
        final Map<String, Scalar> scalars = new HashMap<>();

        YamlWalk(Parser parser, CodePoints offsets) {
            this.parser = parser;
            this.offsets = offsets;
        }

        void node(Event e, JsonPointer at, boolean flow) {
            if (e instanceof ScalarEvent s) {
                if (s.getAnchor() == null && s.getTag() == null) {
                    scalars.put(at.toString(), new Scalar(offsets.chars(s.getStartMark().getIndex()),
                            offsets.chars(s.getEndMark().getIndex()), style(s.getScalarStyle()), flow));
                }
            } else if (e instanceof SequenceStartEvent seq) {
                boolean inner = flow || seq.isFlow();
                int i = 0;
                for (Event next = parser.getEvent(); !(next instanceof SequenceEndEvent); next = parser.getEvent()) {
                    node(next, at.append(i++), inner);
                }
            } else if (e instanceof MappingStartEvent map) {
                boolean inner = flow || map.isFlow();
                for (Event key = parser.getEvent(); !(key instanceof MappingEndEvent); key = parser.getEvent()) {
                    Event value = parser.getEvent();
                    if (key instanceof ScalarEvent k) {
                        node(value, at.append(k.getValue()), inner);
                    } else {
                        skip(key);
                        skip(value);
                    }
                }
            } else if (!(e instanceof AliasEvent)) {
                throw new IllegalStateException("Unexpected event " + e);
            }
        }

        /** Consumes a node nobody can point at (under a complex key). */
        private void skip(Event e) {
            if (e instanceof CollectionStartEvent) {
                int depth = 1;
                while (depth > 0) {
                    Event next = parser.getEvent();
                    if (next instanceof CollectionStartEvent) {
                        depth++;
                    } else if (next instanceof SequenceEndEvent || next instanceof MappingEndEvent) {
                        depth--;
                    }
                }
            }
        }

        private static Style style(DumperOptions.ScalarStyle s) {
            return switch (s) {
                case SINGLE_QUOTED -> Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> Style.DOUBLE_QUOTED;
                case LITERAL -> Style.LITERAL;
                case FOLDED -> Style.FOLDED;
                default -> Style.PLAIN;
            };
        }
    }

    /** Turns SnakeYAML's code point indexes into char offsets (they differ past a surrogate pair). */
    private record CodePoints(int[] charAt) {
        static CodePoints of(String text) {
            if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                return new CodePoints(null);
            }
            int[] map = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                map[cp++] = i;
            }
            map[cp] = text.length();
            return new CodePoints(map);
        }

        int chars(int codePointIndex) {
            return charAt == null ? codePointIndex : charAt[Math.min(codePointIndex, charAt.length - 1)];
        }
    }

    // ---- JSON: Jackson gives where a token starts; a JSON scalar's end is found by scanning ----

    private static ScalarIndex json(String text, ReadLimits limits) throws IOException {
        int base = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .build()).build();
        Map<String, Scalar> scalars = new HashMap<>();
        try (JsonParser p = factory.createParser(text.substring(base))) {
            if (p.nextToken() != null) {
                jsonNode(p, text, base, JsonPointer.ROOT, scalars);
            }
        }
        return new ScalarIndex(scalars);
    }

    private static void jsonNode(JsonParser p, String text, int base, JsonPointer at, Map<String, Scalar> out)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                jsonNode(p, text, base, at.append(name), out);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                jsonNode(p, text, base, at.append(i++), out);
            }
        } else if (t != null && t.isScalarValue()) {
            int start = base + (int) p.currentTokenLocation().getCharOffset();
            out.put(at.toString(), new Scalar(start, jsonEnd(text, start), Style.JSON, true));
        }
    }

    private static int jsonEnd(String text, int start) {
        int i = start;
        if (text.charAt(i) == '"') {
            i++;
            while (text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }
        while (i < text.length() && ",]} \t\r\n/".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
