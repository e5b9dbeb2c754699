package io.github.reformplan.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.report.ReportFiles;
import java.io.IOException;
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

    public static Baseline read(Path file) throws IOException {
        Baseline b;
        try {
            b = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Baseline.class);
        } catch (JsonProcessingException e) {
            throw new IOException("Not a reformplan baseline: " + file + ": " + e.getOriginalMessage(), e);
        }
        if (b.version() != VERSION || b.findings() == null) {
            throw new IOException("Unsupported baseline version in " + file + ": " + b.version());
        }
        return b;
    }

    /** Writes the baseline atomically: a reader never sees half a file. */
    public void write(Path file) throws IOException {
        String json = JSON.writeValueAsString(this) + System.lineSeparator();
        ReportFiles.writeAtomically(file, out -> out.write(json));
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
            files.add(new ValidationResult.FileResult(file.path(), file.planId(), fresh));
        }
        List<Entry> stale = new ArrayList<>();
        for (Entry e : findings) {
            Integer left = budget.get(e.fingerprint());
            if (left != null && left > 0) {
                budget.put(e.fingerprint(), left - 1);
                stale.add(e);
            }
        }
        return new Outcome(new ValidationResult(files), known, stale);
    }
}
