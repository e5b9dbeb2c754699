package io.github.reformplan.agency;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Reads agency entries from YAML: a mapping with an {@code agencies} list, or a bare list. */
final class AgencyYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private AgencyYaml() {
    }

    static List<Agency> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new AgencyDataException(file + ": cannot read agency file: " + e.getMessage(), e);
        }
    }

    static List<Agency> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new AgencyDataException(source + ": malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AgencyDataException(source + ": cannot read agency file: " + e.getMessage(), e);
        }
        JsonNode list = root;
        if (root != null && root.isObject()) {
            if (root.size() != 1 || !root.has("agencies")) {
                throw new AgencyDataException(source + ": expected a single top-level key 'agencies' holding the list");
            }
            list = root.get("agencies");
        }
        if (list == null || !list.isArray()) {
            throw new AgencyDataException(source + ": expected a list of agencies (or a mapping 'agencies:' with one)");
        }
        List<Agency> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = source + ": agencies[" + i + "]"
                    + (node.hasNonNull("id") ? " (" + node.get("id").asText() + ")" : "");
            try {
                Entry e = Entry.of(node);
                out.add(new Agency(e.id, e.name, kind(e.kind), level(e.level), e.aliases, e.patterns,
                        date(e.validFrom, "validFrom"), date(e.validTo, "validTo"), e.successors, e.basis, e.note));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AgencyDataException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static AgencyKind kind(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing 'kind'");
        }
        return AgencyKind.fromId(s);
    }

    private static AgencyLevel level(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing 'level'");
        }
        return AgencyLevel.fromId(s);
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + s + "' is not an ISO date (yyyy-mm-dd)", e);
        }
    }

    /**
     * The YAML shape of one entry, read from the tree by hand: eleven fields do not need databind's bean
     * machinery (≈ 40 ms of CPU at every start, measured with the one-file run in benchmarks/RESULTS.md), and
     * each mistake gets our own message. Dates stay strings so that a bad one does too.
     */
    private record Entry(String id, String name, String kind, String level, List<String> aliases,
            List<String> patterns, String validFrom, String validTo, List<String> successors, String basis,
            String note) {

        private static final List<String> FIELDS = Arrays.stream(Entry.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        static Entry of(JsonNode node) {
            if (!node.isObject()) {
                throw new IllegalArgumentException("expected a mapping with the fields " + String.join(", ", FIELDS));
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field '" + field + "' (known: " + String.join(", ", FIELDS) + ")");
                }
            }
            return new Entry(text(node, "id"), text(node, "name"), text(node, "kind"), text(node, "level"),
                    texts(node, "aliases"), texts(node, "patterns"), text(node, "validFrom"), text(node, "validTo"),
                    texts(node, "successors"), text(node, "basis"), text(node, "note"));
        }

        private static String text(JsonNode entry, String field) {
            JsonNode v = entry.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode()) {
                throw new IllegalArgumentException("'" + field + "' must be text, not a " + (v.isArray() ? "list" : "mapping"));
            }
            return v.asText();
        }

        private static List<String> texts(JsonNode entry, String field) {
            JsonNode v = entry.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray()) {
                throw new IllegalArgumentException("'" + field + "' must be a list of text");
            }
            List<String> out = new ArrayList<>(v.size());
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new IllegalArgumentException("'" + field + "' must be a list of text");
                }
                out.add(item.asText());
            }
            return out;
        }
    }
}
