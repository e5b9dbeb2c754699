package io.github.reformplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.reformplan.Reformplan;
import io.github.reformplan.diff.ChangeCatalogue;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleDocs;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.RuleSummaries;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it: one run whose driver lists every
 * built-in rule (its name in PascalCase, its descriptions and help in the run's language), and one result per finding with its file, line and column, its JSON Pointer as a
 * logical location, and a fingerprint that survives line shifts.
 *
 * <p>A suggestion is not written as a SARIF {@code fix}: the schema requires a fix to carry
 * {@code artifactChanges} with byte or line/column ranges to replace, and a JSON Patch names a place
 * in the document, not a span of text. The suggestion's text and its JSON Patch go into the result's
 * {@code properties} ({@code suggestion}, {@code jsonPatch}), and the text is also appended to the
 * message as in the text report, so that viewers which show only the message still show it.
 */
public final class SarifReport implements ReportWriter {

    /** The project's home page; rule documentation lives below it, one page per rule id. */
    public static final String PROJECT_URI = "https://github.com/reformplan/reformplan";
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "reformplan/v2";


    /** Where the documentation page of a rule is: {@code docs/rules/<id>.md} in the repository. */
    public static String ruleHelpUri(String ruleId) {
        return ruleHelpUri(ruleId, Locale.ENGLISH);
    }

    /**
     * The page of a rule in the reader's language: {@code docs/rules/vi/<id>.md} in Vietnamese; for a change check
     * of {@code reformplan diff} (no rule has its id), {@code docs/checks/<id>.md}.
     */
    public static String ruleHelpUri(String ruleId, Locale locale) {
        boolean check = RuleRegistry.installed().byId(ruleId).isEmpty() && ChangeCatalogue.builtIn().byId(ruleId).isPresent();
        return PROJECT_URI + "/blob/main/" + (check ? ChangeCatalogue.path(ruleId, locale) : RuleDocs.path(ruleId, locale));
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(ValidationResult result, Locale locale, Writer out) throws IOException {
        JsonReport.writeDocument(out, g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            List<RuleDescriptor> rules = result.rules();
            Map<String, Integer> ruleIndex = new LinkedHashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                ruleIndex.put(rules.get(i).id(), i);
            }
            writeTool(g, rules, locale);
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", true);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("language", locale.getCountry().isEmpty()
                    ? locale.getLanguage() : locale.getLanguage() + "-" + locale.getCountry());
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (ValidationResult.FileResult file : result.files()) {
                // Fingerprints name their file: only one file's can repeat, so a batch need not remember them all.
                Map<String, Integer> seen = new java.util.HashMap<>();
                for (Finding f : file.findings()) {
                    writeResult(g, f, locale, seen, ruleIndex);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void writeTool(JsonGenerator g, List<RuleDescriptor> rules, Locale locale) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Reformplan.NAME);
        g.writeStringField("version", Reformplan.version());
        if (Reformplan.version().matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            g.writeStringField("semanticVersion", Reformplan.version());
        }
        g.writeStringField("informationUri", PROJECT_URI);
        g.writeArrayFieldStart("rules");
        for (RuleDescriptor d : rules) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            if (!d.altIds().isEmpty()) {
                g.writeArrayFieldStart("deprecatedIds");
                for (String alt : d.altIds()) {
                    g.writeString(alt);
                }
                g.writeEndArray();
            }
            g.writeStringField("name", pascalCase(d.id()));
            String summary = RuleSummaries.of(d, locale);
            String help = ruleHelpUri(d.id(), locale);
            textField(g, "shortDescription", summary);
            textField(g, "fullDescription", Messages.format(locale, "report.sarif.full",
                    List.of(summary, Messages.severity(locale, d.defaultSeverity()))));
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(d.defaultSeverity()));
            g.writeEndObject();
            g.writeStringField("helpUri", help);
            textField(g, "help", Messages.format(locale, "report.sarif.help", List.of(summary, help)));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, Locale locale, Map<String, Integer> seen,
            Map<String, Integer> ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        textField(g, "message", TextReport.messageWithSuggestion(f, locale));
        g.writeArrayFieldStart("locations");
        writeLocation(g, f.location(), locale, -1);
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                writeLocation(g, f.related().get(i), locale, i + 1);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint(f, seen));
        g.writeEndObject();
        if (f.suggestion() != null) {
            writeSuggestion(g, f.suggestion());
        }
        g.writeEndObject();
    }

    /**
     * One SARIF location: the file, the line and column where there are lines (never invented for an
     * office document), the JSON Pointer as a logical location, and for an office document the cell
     * as a person finds it in Word or Excel as the location's message. {@code id} is {@code -1} for
     * the result's own location, else its index among the related locations.
     */
    private static void writeLocation(JsonGenerator g, Location l, Locale locale, int id) throws IOException {
        g.writeStartObject();
        if (id > 0) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uriReference(l.file()));
        g.writeEndObject();
        if (l.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line());
            if (l.column() > 0) {
                g.writeNumberField("startColumn", l.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (!l.pointer().isRoot()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", l.pointer().toString());
            g.writeStringField("kind", "element");
            g.writeEndObject();
            g.writeEndArray();
        }
        if (l.inDocument()) {
            textField(g, "message", Location.reference(l.region(), locale));
        } else if (id > 0) {
            textField(g, "message", Messages.text(locale, "report.related") + " " + l.pointer());
        }
        g.writeEndObject();
    }

    private static void writeSuggestion(JsonGenerator g, Suggestion s) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("suggestion", s.text());
        if (!s.patch().isEmpty()) {
            g.writeArrayFieldStart("jsonPatch");
            for (Suggestion.PatchOperation op : s.patch()) {
                g.writeStartObject();
                g.writeStringField("op", op.op());
                g.writeStringField("path", op.path());
                if (List.of("add", "replace", "test").contains(op.op())) {
                    g.writeFieldName("value");
                    g.writeObject(op.value());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void textField(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code task-lead-missing} → {@code TaskLeadMissing}, the form SARIF viewers expect of a rule name. */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return b.toString();
    }

    /**
     * The file name, normalised ({@link PlanFiles#normalise}), as a URI reference: every byte outside the unreserved
     * set percent-encoded from UTF-8 (so Vietnamese names and spaces survive); absolute paths become
     * {@code file:} URIs, since a drive letter or a leading slash is not a relative reference.
     */
    static String uriReference(String path) {
        String p = PlanFiles.normalise(path);
        if (p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/') {
            return "file:///" + p.substring(0, 2) + percentEncode(p.substring(2));
        }
        if (p.startsWith("/")) {
            return "file://" + percentEncode(p);
        }
        return percentEncode(p);
    }

    private static String percentEncode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    /**
     * The finding's own fingerprint, the one baselines use (rule, file, the value at fault; never a
     * line or an array index), so that inserting a task changes no other alert's identity; a second
     * finding with the same fingerprint in one file's results gets {@code :2}, {@code :3}, so none is
     * shared. Fingerprints name their file: another file's cannot be the same (the same file given twice
     * in one run gives the same alerts twice, with the same fingerprints).
     */
    static String fingerprint(Finding f, Map<String, Integer> seen) {
        String base = f.fingerprint() != null ? f.fingerprint()
                : fingerprint(f.rule(), f.location().pointer().toString(), uriReference(f.location().file()));
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + ":" + n;
    }

    /** Rule, pointer and file: for findings made outside a validator, which have no fingerprint of their own. */
    static String fingerprint(String rule, String pointer, String uri) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((rule + '\n' + pointer + '\n' + uri).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
