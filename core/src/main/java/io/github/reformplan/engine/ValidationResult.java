package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.util.List;

/** The findings of one validation run, file by file, in the order the files were given. */
public record ValidationResult(List<FileResult> files) {

    public ValidationResult {
        files = List.copyOf(files);
    }

    /** One file's findings, sorted by line, column and rule. */
    public record FileResult(String path, String planId, List<Finding> findings) {
        public FileResult {
            findings = List.copyOf(findings);
        }
    }

    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    public long count(Severity severity) {
        return files.stream().flatMap(f -> f.findings().stream()).filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return files.stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
    }
}
