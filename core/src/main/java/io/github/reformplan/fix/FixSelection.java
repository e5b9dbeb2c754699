package io.github.reformplan.fix;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.model.Severity;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which findings' fixes {@link PlanFixer} applies. By default those at {@code warning} or above: an
 * {@code info} spelling change ({@code agency-alias}) is a matter of style that an editor asks for, not one
 * that rides along with the fix of a defunct agency.
 *
 * <pre>{@code
 * FixSelection.DEFAULT;                          // findings at warning or above
 * FixSelection.rules(List.of("agency-alias"));   // only agency-alias findings, whatever their severity
 * FixSelection.ALL;                              // every finding that carries a fix
 * }</pre>
 *
 * @param atLeast the least serious severity whose findings are fixed (when {@code rules} is empty)
 * @param rules   when not empty, exactly the findings of these rule ids are fixed, at any severity
 */
public record FixSelection(Severity atLeast, Set<String> rules) {

    /** Findings at {@code warning} or above. */
    public static final FixSelection DEFAULT = new FixSelection(Severity.WARNING, Set.of());

    /** Every finding that carries a fix. */
    public static final FixSelection ALL = new FixSelection(Severity.INFO, Set.of());

    public FixSelection {
        Objects.requireNonNull(atLeast, "atLeast");
        rules = Set.copyOf(rules);
    }

    /** Only the findings of these rules (at any severity); an empty collection is {@link #DEFAULT}. */
    public static FixSelection rules(Collection<String> ruleIds) {
        return ruleIds.isEmpty() ? DEFAULT : new FixSelection(Severity.INFO, Set.copyOf(ruleIds));
    }

    /** Whether the finding's fix is to be applied. */
    public boolean selects(Finding finding) {
        return rules.isEmpty() ? finding.severity().atLeast(atLeast) : rules.contains(finding.rule());
    }
}
