package io.github.reformplan.report;

import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;

/** Counts by severity, as every report states them. */
public record Summary(int files, long errors, long warnings, long infos) {

    public static Summary of(ValidationResult result) {
        return new Summary(result.files().size(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO));
    }
}
