package io.github.reformplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reformplan.agency.AgencyDataException;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.metric.Floor;
import io.github.reformplan.metric.FloorOverride;
import io.github.reformplan.metric.Floors;
import io.github.reformplan.metric.Metric;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.read.SourceMap;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import io.github.reformplan.read.ReadProblem;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one configuration file into a {@link ConfigFile}: the file is read with the plan reader (so
 * positions are known), checked against {@code config.schema.json}, then applied key by key. The first
 * problem, in file order, becomes an {@link InvalidConfigException}.
 */
final class ConfigLoader {

    static final String SCHEMA_RESOURCE = io.github.reformplan.schema.Schemas.CONFIG;

    /** A configuration file is small; a megabyte is generous. */
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxBytes(1024 * 1024);

    private static final long MEGABYTE = 1024L * 1024;

    private static final class Holder {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + SCHEMA_RESOURCE));
        static final JsonNode TREE = readTree();

        private static JsonNode readTree() {
            try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
            }
        }
    }

    /** One problem found in the file, where it is, and its message. */
    private record Problem(JsonPointer at, Position position, String messageKey, List<Object> args) {
    }

    private final Path path;
    private final RuleRegistry rules;
    private final ValidatorConfig base;
    private JsonNode root;
    private SourceMap index;

    ConfigLoader(Path path, RuleRegistry rules, ValidatorConfig base) {
        this.path = path;
        this.rules = rules;
        this.base = base;
    }

    ConfigFile load() {
        if (!Files.isRegularFile(path)) {
            throw fail(null, "config.missing", List.of(), null);
        }
        DocumentReader.Result read = new DocumentReader(LIMITS).read(PlanSource.of(path));
        if (read instanceof DocumentReader.Document doc) {
            root = doc.root();
            index = doc.index();
        } else if (read instanceof DocumentReader.Unreadable u && u.problem().variant().equals("empty")) {
            root = JsonNodeFactory.instance.objectNode(); // only comments: every default
            index = LocationIndex.empty();
        } else {
            ReadProblem p = ((DocumentReader.Unreadable) read).problem();
            throw new InvalidConfigException(path, p.line(), p.column(), null, "config.parse",
                    List.of(new InvalidConfigException.Text("parse." + p.variant(), p.args())), null);
        }
        checkShape();
        ValidatorConfig config = base;
        config = severities(config);
        config = agencies(config);
        config = floors(config);
        JsonNode deadlines = root.path("deadlines");
        if (deadlines.has("leadTimeDays")) {
            config = config.withLeadTimeDays(deadlines.get("leadTimeDays").intValue());
        }
        if (deadlines.has("reportGraceMonths")) {
            config = config.withReportGrace(Period.ofMonths(deadlines.get("reportGraceMonths").intValue()));
        }
        JsonNode maxFile = root.path("limits").path("maxFileMegabytes");
        if (!maxFile.isMissingNode()) {
            config = config.withLimits(config.limits().withMaxBytes(maxFile.longValue() * MEGABYTE));
        }
        Optional<String> language = Optional.ofNullable(root.path("language").textValue());
        Optional<Path> baseline = Optional.ofNullable(root.path("baseline").textValue()).map(this::relative);
        return new ConfigFile(config, language, baseline, path);
    }

    // ---- schema ----

    /** Schema violations and unknown rule ids; throws the first in file order. */
    private void checkShape() {
        if (!root.isObject()) {
            throw fail(null, "config.not-mapping", List.of(typeName(root)), null);
        }
        List<Problem> problems = new ArrayList<>();
        for (Error e : Holder.SCHEMA.validate(root)) {
            Problem p = schemaProblem(e);
            if (p != null) {
                problems.add(p);
            }
        }
        JsonPointer rulesAt = JsonPointer.ROOT.append("rules");
        for (Map.Entry<String, JsonNode> rule : root.path("rules").properties()) {
            String id = rule.getKey();
            if (rules.byId(id).isEmpty()) {
                JsonPointer at = rulesAt.append(id);
                Optional<String> near = Nearest.ruleId(rules, id);
                problems.add(near.isPresent()
                        ? new Problem(at, index.locateKey(at), "config.rule-unknown-suggest", List.of(keyPath(at), near.get()))
                        : new Problem(at, index.locateKey(at), "config.rule-unknown", List.of(keyPath(at))));
            }
        }
        problems.stream()
                .min(Comparator.comparingInt((Problem p) -> p.position().line())
                        .thenComparingInt(p -> p.position().column()))
                .ifPresent(p -> {
                    throw new InvalidConfigException(path, p.position().line(), p.position().column(),
                            keyPath(p.at()), p.messageKey(), p.args(), null);
                });
    }

    /** The problem of one schema violation, or null when another check reports it better. */
    private Problem schemaProblem(Error e) {
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        JsonPointer at = SchemaPointers.of(e.getInstanceLocation());
        List<Object> args = e.getArguments() == null ? List.of()
                : Arrays.stream(e.getArguments()).map(a -> (Object) String.valueOf(a)).toList();
        JsonNode value = root.at(at.toString());
        switch (keyword) {
            case "additionalProperties" -> {
                if (at.toString().equals("/rules")) {
                    return null; // rule ids are checked against the registry, which knows former ids
                }
                JsonPointer key = at.append(e.getProperty());
                Collection<String> allowed = allowedKeys(at);
                Optional<String> near = Nearest.of(e.getProperty(), allowed);
                return near.isPresent()
                        ? new Problem(key, index.locateKey(key), "config.key-unknown-suggest", List.of(keyPath(key), near.get()))
                        : new Problem(key, index.locateKey(key), "config.key-unknown",
                                List.of(keyPath(key), String.join(", ", allowed)));
            }
            case "required" -> {
                JsonPointer key = at.append(e.getProperty());
                return new Problem(key, index.locate(key), "config.schema.required", List.of(keyPath(key)));
            }
            case "enum" -> {
                boolean severity = at.parent().toString().equals("/rules");
                return new Problem(at, index.locate(at), severity ? "config.severity-invalid" : "config.schema.enum",
                        List.of(keyPath(at), show(value), args.isEmpty() ? "" : args.get(0)));
            }
            case "type" -> {
                return new Problem(at, index.locate(at), "config.schema.type",
                        List.of(keyPath(at), args.isEmpty() ? typeName(value) : args.get(0), args.size() < 2 ? "" : args.get(1)));
            }
            case "minimum", "maximum", "pattern" -> {
                return new Problem(at, index.locate(at), "config.schema." + keyword,
                        List.of(keyPath(at), show(value), args.isEmpty() ? "" : args.get(0)));
            }
            case "minLength" -> {
                return new Problem(at, index.locate(at), "config.schema.minLength", List.of(keyPath(at)));
            }
            default -> {
                return new Problem(at, index.locate(at), "config.schema.other",
                        List.of(keyPath(at), keyword, String.valueOf(e.getMessage())));
            }
        }
    }

    /** The property names the schema allows on the object at {@code at} of a configuration. */
    private static Collection<String> allowedKeys(JsonPointer at) {
        JsonNode schema = deref(Holder.TREE);
        for (String token : at.tokens()) {
            if (schema.has("items") && !token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                schema = deref(schema.get("items"));
            } else {
                schema = deref(schema.path("properties").path(token));
            }
        }
        List<String> out = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> out.add(p.getKey()));
        return out;
    }

    private static JsonNode deref(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 8 && s.path("$ref").isTextual() && s.get("$ref").textValue().startsWith("#/"); i++) {
            s = Holder.TREE.at(s.get("$ref").textValue().substring(1));
        }
        return s == null ? MissingNode.getInstance() : s;
    }

    // ---- keys ----

    private ValidatorConfig severities(ValidatorConfig config) {
        ValidatorConfig out = config;
        for (Map.Entry<String, JsonNode> e : root.path("rules").properties()) {
            String id = rules.byId(e.getKey()).orElseThrow().descriptor().id();
            JsonNode v = e.getValue();
            // YAML 1.1 reads an unquoted off (or no) as false: it means off too.
            out = out.withSeverity(id, v.isBoolean() ? "off" : v.textValue());
        }
        return out;
    }

    private ValidatorConfig agencies(ValidatorConfig config) {
        JsonNode node = root.path("agencies");
        if (!node.isTextual()) {
            return config;
        }
        JsonPointer at = JsonPointer.ROOT.append("agencies");
        Path file = relative(node.textValue());
        if (!Files.isRegularFile(file)) {
            throw fail(at, "config.agencies-missing", List.of(keyPath(at), file.toString()), null);
        }
        try {
            AgencyRegistry registry = config.agencies().withExtra(file);
            return config.withAgencies(registry);
        } catch (AgencyDataException e) {
            throw fail(at, "config.agencies-invalid", List.of(keyPath(at), file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private ValidatorConfig floors(ValidatorConfig config) {
        JsonNode list = root.path("floors");
        Floors floors = config.floors();
        JsonPointer floorsAt = JsonPointer.ROOT.append("floors");
        for (int i = 0; i < list.size(); i++) {
            JsonPointer at = floorsAt.append(i);
            FloorOverride o = override(list.get(i));
            if (config.metrics().byId(o.metric()).isEmpty()) {
                JsonPointer metricAt = at.append("metric");
                Optional<String> near = Nearest.of(o.metric(), config.metrics().all().stream().map(Metric::id).toList());
                throw near.isPresent()
                        ? fail(metricAt, "config.floor-metric-unknown-suggest", List.of(keyPath(metricAt), o.metric(), near.get()), null)
                        : fail(metricAt, "config.floor-metric-unknown", List.of(keyPath(metricAt), o.metric()), null);
            }
            List<Floor> ofMetric = floors.all().stream().filter(f -> f.metric().equals(o.metric())).toList();
            boolean matches = ofMetric.stream().anyMatch(f -> f.covers(o.year()) && sameSource(o.source(), f.source()));
            if (!matches && (o.comparator() == null || o.amount() == null)) {
                JsonPointer yearAt = at.append("year");
                String covered = ofMetric.stream().map(f -> years(f) + " (" + f.source() + ")")
                        .collect(Collectors.joining(", "));
                if (covered.isEmpty()) {
                    throw fail(yearAt, "config.floor-unmatched-none", List.of(keyPath(at), o.metric(), o.year()), null);
                }
                throw o.source() == null
                        ? fail(yearAt, "config.floor-unmatched", List.of(keyPath(at), o.metric(), o.year(), covered), null)
                        : fail(yearAt, "config.floor-unmatched-source",
                                List.of(keyPath(at), o.metric(), o.year(), covered, o.source()), null);
            }
            try {
                floors = floors.withOverrides(List.of(o));
            } catch (IllegalArgumentException e) {
                throw fail(at, "config.floor-invalid", List.of(keyPath(at), String.valueOf(e.getMessage())), e);
            }
        }
        return config.withFloors(floors);
    }

    private static FloorOverride override(JsonNode n) {
        return new FloorOverride(
                n.path("metric").textValue(),
                n.path("year").intValue(),
                n.has("enabled") ? n.get("enabled").booleanValue() : null,
                n.has("comparator") ? Quantity.Comparator.fromSymbol(n.get("comparator").textValue()) : null,
                n.has("amount") ? n.get("amount").decimalValue() : null,
                n.has("unit") ? Quantity.Unit.fromSymbol(n.get("unit").textValue()) : null,
                n.has("to") ? n.get("to").intValue() : null,
                n.path("source").textValue(),
                n.path("note").textValue());
    }

    private static String years(Floor f) {
        return f.to() == null ? f.from() + "–" : f.to() == f.from() ? String.valueOf(f.from()) : f.from() + "–" + f.to();
    }

    private static boolean sameSource(String wanted, String actual) {
        return wanted == null || VietnameseText.foldKey(wanted).equals(VietnameseText.foldKey(actual));
    }

    // ---- helpers ----

    /** A path named in the file, resolved against the file's folder. */
    private Path relative(String name) {
        Path dir = path.getParent();
        return (dir == null ? Path.of(name) : dir.resolve(name)).normalize();
    }

    private InvalidConfigException fail(JsonPointer at, String messageKey, List<Object> args, Throwable cause) {
        if (at == null) {
            return new InvalidConfigException(path, 0, 0, null, messageKey, args, cause);
        }
        Position p = index.locate(at);
        return new InvalidConfigException(path, p.line(), p.column(), keyPath(at), messageKey, args, cause);
    }

    /** {@code /floors/1/year} as {@code floors[1].year}; the root as {@code (root)}. */
    private String keyPath(JsonPointer at) {
        if (at.isRoot()) {
            return "(root)";
        }
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        for (String token : at.tokens()) {
            if (node != null && node.isArray()) {
                out.append('[').append(token).append(']');
                node = node.path(Integer.parseInt(token));
            } else {
                out.append(out.isEmpty() ? "" : ".").append(token);
                node = node == null ? null : node.get(token);
            }
        }
        return out.toString();
    }

    private static String show(JsonNode value) {
        return value == null || value.isMissingNode() ? "" : value.isTextual() ? value.textValue() : value.toString();
    }

    private static String typeName(JsonNode value) {
        return value.isArray() ? "array" : value.isTextual() ? "string" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : value.isNull() ? "null" : "object";
    }
}
