package io.github.reformplan.diff;

import io.github.reformplan.engine.RuleDescriptor;

/**
 * A change check: one kind of change between two revisions of a plan, with a stable id, a default
 * severity and a one-sentence summary declared with {@link io.github.reformplan.engine.RuleInfo}, its
 * messages under its id in the message bundles and its page in {@code docs/checks/<id>.md}.
 *
 * <pre>{@code
 * @RuleInfo(id = "task-removed", severity = Severity.ERROR, summary = "A task of the old revision is gone")
 * public final class TaskRemovedCheck implements ChangeCheck { ... }
 * }</pre>
 */
public interface ChangeCheck {

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }

    /** Reports each change of its kind between the two revisions. */
    void check(Comparison comparison, ChangeSink sink);
}
