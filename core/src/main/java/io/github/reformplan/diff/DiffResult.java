package io.github.reformplan.diff;

import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import java.util.List;

/**
 * What {@link PlanDiff} found between two revisions: the changes in reading order of the new revision,
 * the two plans ({@code null} for a side that could not be read: its {@code parse} change says why) and
 * the checks that ran (reports such as SARIF describe them).
 */
public record DiffResult(String oldName, String newName, Plan oldPlan, Plan newPlan, List<Change> changes,
        List<RuleDescriptor> checks) {

    public DiffResult {
        changes = List.copyOf(changes);
        checks = List.copyOf(checks);
    }

    public long count(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    /** Whether a change is at least as serious as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return changes.stream().anyMatch(c -> c.severity().atLeast(threshold));
    }

    /**
     * The changes as a validation result, for the writers of validation reports (text, SARIF, JUnit): one
     * file, the new revision, each change a finding at its new place with its old place related.
     */
    public ValidationResult asValidationResult() {
        String planId = newPlan != null ? newPlan.header().id() : oldPlan != null ? oldPlan.header().id() : null;
        return new ValidationResult(List.of(new ValidationResult.FileResult(newName, planId,
                changes.stream().map(Change::toFinding).toList(), newPlan)), checks);
    }
}
