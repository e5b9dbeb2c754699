package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;

/**
 * A deadline's whole window ends before the decision adopting the plan was signed: the task was
 * overdue the day the plan was issued (typically a date copied from last year's plan).
 */
@RuleInfo(id = "deadline-before-issue", severity = Severity.ERROR,
        reads = {"/tasks/*/deadline", "/responsibilities/*/reportDeadline", "/plan/decision/date", "/plan/period"}, summary = "A deadline ends before the plan was issued")
public final class DeadlineBeforeIssueRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (DeadlinePart part : ctx.derived(Deadlines.ALL)) {
            if (Deadlines.beforeIssue(part, ctx.plan())) {
                sink.at(part.pointer())
                        .args(part.describe(), part.window().orElseThrow().latest(),
                                Deadlines.issued(ctx.plan()))
                        .report();
            }
        }
    }
}
