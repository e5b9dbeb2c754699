package io.github.reformplan.agency;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads agency entries from YAML: a mapping with an {@code agencies} list, or a bare list. */
final class AgencyYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
                Entry e = MAPPER.treeToValue(node, Entry.class);
                out.add(new Agency(e.id, e.name, kind(e.kind), level(e.level), e.aliases, e.patterns,
                        date(e.validFrom, "validFrom"), date(e.validTo, "validTo"), e.successors, e.basis, e.note));
            } catch (JacksonException e) {
                throw new AgencyDataException(where + ": " + e.getOriginalMessage(), e);
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

    /** The YAML shape of one entry; dates stay strings so that a bad one gets our own message. */
    @SuppressWarnings("unused") // fields are set by Jackson
    private static final class Entry {
        public String id;
        public String name;
        public String kind;
        public String level;
        public List<String> aliases;
        public List<String> patterns;
        public String validFrom;
        public String validTo;
        public List<String> successors;
        public String basis;
        public String note;
    }
}
