package io.github.reformplan.engine;

import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import java.util.List;

/**
 * The findings of one validation run, file by file in the order the files were given, and the rules
 * that ran (reports such as SARIF describe them).
 */
public record ValidationResult(List<FileResult> files, List<RuleDescriptor> rules) {

    public ValidationResult {
        files = files instanceof SpilledFiles ? files : List.copyOf(files); // a batch's: read back one by one
        rules = List.copyOf(rules);
    }

    /** A result of the installed rules. */
    public ValidationResult(List<FileResult> files) {
        this(files, RuleRegistry.installed().descriptors());
    }

    /**
     * One file's findings, sorted in reading order, and the plan read from it ({@code null} when the
     * file could not be read), so that reports can show findings beside the tasks they concern.
     */
    public record FileResult(String path, String planId, List<Finding> findings, Plan plan) {
        public FileResult {
            findings = List.copyOf(findings);
        }

        public FileResult(String path, String planId, List<Finding> findings) {
            this(path, planId, findings, null);
        }

        /** The same file with other findings (a baseline's new ones). */
        public FileResult withFindings(List<Finding> other) {
            return new FileResult(path, planId, other, plan);
        }
    }

    /** Every finding in one list; a report of a large batch walks {@link #files()} instead, one file at a time. */
    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    public long count(Severity severity) {
        if (files instanceof SpilledFiles s) {
            return s.count(severity);
        }
        return files.stream().flatMap(f -> f.findings().stream()).filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        if (files instanceof SpilledFiles s) {
            return java.util.Arrays.stream(Severity.values()).anyMatch(v -> v.atLeast(threshold) && s.count(v) > 0);
        }
        return files.stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** The same run with other files (a baseline's new findings). */
    public ValidationResult withFiles(List<FileResult> other) {
        return new ValidationResult(other, rules);
    }
}
