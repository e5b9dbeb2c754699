package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;

/**
 * A deadline falls wholly before the plan's period starts or after it ends. A report may fall due
 * up to the report grace period after the end (by default the first quarter of the next year),
 * since annual results are reported in January.
 */
@RuleInfo(id = "deadline-outside-period", severity = Severity.WARNING,
        reads = {"/tasks/*/deadline", "/responsibilities/*/reportDeadline", "/plan/period"}, summary = "A deadline falls outside the plan's period")
public final class DeadlineOutsidePeriodRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (DeadlinePart part : ctx.derived(Deadlines.ALL)) {
            if (Deadlines.outsidePeriod(part, ctx.plan(), ctx.config().reportGrace())) {
                boolean before = part.window().orElseThrow().latest().isBefore(ctx.plan().plan().period().start());
                sink.at(part.pointer()).variant(before ? "before" : "after")
                        .args(part.describe(), ctx.plan().plan().period().toString()).report();
            }
        }
    }
}
