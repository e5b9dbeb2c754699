package io.github.reformplan.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.report.ReportFiles;
import io.github.reformplan.report.VisibleText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known findings a team has accepted for now, recorded by fingerprint (rule, file, the value at
 * fault — never the line), so that only new findings fail a run. Entries that no longer match any
 * finding are stale: the defect was fixed and the entry can go.
 *
 * <pre>{@code
 * Baseline.of(result).write(Path.of("reformplan-baseline.json"));
 * Baseline.Outcome o = Baseline.read(Path.of("reformplan-baseline.json")).apply(validator.validate(files));
 * o.result();   // the new findings only
 * }</pre>
 */
public record Baseline(int version, List<Entry> findings) {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public Baseline {
        findings = List.copyOf(findings);
    }

    /** One accepted finding; pointer and message are for people reading the file, not for matching. */
    public record Entry(String rule, String file, String fingerprint, String pointer, String message) {
    }

    /** What applying a baseline leaves: the new findings, how many were known, and the stale entries. */
    public record Outcome(ValidationResult result, int known, List<Entry> stale) {
        public Outcome {
            stale = List.copyOf(stale);
        }
    }

    public static Baseline of(ValidationResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.fingerprint() != null) {
                entries.add(new Entry(f.rule(), PlanFiles.normalise(f.location().file()), f.fingerprint(),
                        f.location().pointer().toString(), f.message(Locale.ENGLISH)));
            }
        }
        return new Baseline(VERSION, entries);
    }

    /**
     * Reads a baseline, strictly: every entry must have a text {@code rule}, {@code file} and
     * {@code fingerprint} ({@code pointer} and {@code message} are optional text).
     *
     * @throws InvalidBaselineException when the file is not such a baseline (the message names the entry)
     * @throws IOException              when it cannot be read
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidBaselineException(file, "baseline.not-json",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidBaselineException(file, "baseline.not-utf8");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBaselineException(file, "baseline.not-object");
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw new InvalidBaselineException(file, "baseline.version-missing");
        }
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new InvalidBaselineException(file, "baseline.version", shown(version), VERSION);
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new InvalidBaselineException(file, "baseline.findings", findings == null ? "-" : shown(findings));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode e = findings.get(i);
            if (!e.isObject()) {
                throw new InvalidBaselineException(file, "baseline.entry-not-object", i, shown(e));
            }
            entries.add(new Entry(text(file, e, i, "rule", true), text(file, e, i, "file", true),
                    text(file, e, i, "fingerprint", true), text(file, e, i, "pointer", false),
                    text(file, e, i, "message", false)));
        }
        return new Baseline(VERSION, entries);
    }

    private static String text(Path file, JsonNode entry, int index, String field, boolean required)
            throws InvalidBaselineException {
        JsonNode v = entry.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidBaselineException(file, "baseline.entry-missing", index, field);
            }
            return null;
        }
        if (!v.isTextual() || (required && v.textValue().isBlank())) {
            throw new InvalidBaselineException(file, "baseline.entry-field", index, field, shown(v));
        }
        return v.textValue();
    }

    /** A value as the message quotes it: its JSON, cut short. */
    private static String shown(JsonNode v) {
        String json = v.toString();
        return json.length() > 40 ? json.substring(0, 40) + "…" : json;
    }

    /** A file that is not a baseline this version reads: a usage error, never a crash; the message names the entry. */
    public static final class InvalidBaselineException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient List<Object> args;

        InvalidBaselineException(Path file, String key, Object... args) {
            super(Messages.format(Locale.ENGLISH, key, withFile(file, args)));
            this.key = key;
            this.args = withFile(file, args);
        }

        private static List<Object> withFile(Path file, Object... args) {
            List<Object> all = new ArrayList<>();
            all.add(VisibleText.escape(file.toString()));
            for (Object a : args) {
                all.add(a instanceof String t ? VisibleText.escape(t) : a);
            }
            return all;
        }

        /** The {@code baseline.*} message key. */
        public String key() {
            return key;
        }

        public String message(Locale locale) {
            return Messages.format(locale, key, args);
        }
    }

    /** Writes the baseline atomically: a reader never sees half a file. */
    public void write(Path file) throws IOException {
        ReportFiles.writeAtomically(file, this::write);
    }

    /** Writes the baseline's JSON (for a {@link ReportFiles.Batch}, with the run's other outputs). */
    public void write(Writer out) throws IOException {
        out.write(JSON.writeValueAsString(this) + System.lineSeparator());
    }

    /** Keeps only findings the baseline does not know; each entry excuses one finding. */
    public Outcome apply(ValidationResult result) {
        Map<String, Integer> budget = new HashMap<>();
        for (Entry e : findings) {
            budget.merge(e.fingerprint(), 1, Integer::sum);
        }
        int known = 0;
        List<ValidationResult.FileResult> files = new ArrayList<>();
        for (ValidationResult.FileResult file : result.files()) {
            List<Finding> fresh = new ArrayList<>();
            for (Finding f : file.findings()) {
                Integer left = f.fingerprint() == null ? null : budget.get(f.fingerprint());
                if (left != null && left > 0) {
                    budget.put(f.fingerprint(), left - 1);
                    known++;
                } else {
                    fresh.add(f);
                }
            }
            files.add(file.withFindings(fresh));
        }
        List<Entry> stale = new ArrayList<>();
        for (Entry e : findings) {
            Integer left = budget.get(e.fingerprint());
            if (left != null && left > 0) {
                budget.put(e.fingerprint(), left - 1);
                stale.add(e);
            }
        }
        return new Outcome(result.withFiles(files), known, stale);
    }
}
