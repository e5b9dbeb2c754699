package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Fewer than the configured lead time (7 days by default) lie between the decision and a deadline:
 * the agencies learn of the task when it is all but due. Deadlines already reported as before the
 * issue or outside the period are not reported again here.
 */
@RuleInfo(id = "deadline-lead-time", severity = Severity.WARNING,
        reads = {"/tasks/*/deadline", "/responsibilities/*/reportDeadline", "/plan/decision/date", "/plan/period"}, summary = "A deadline leaves too little time after the plan is issued")
public final class DeadlineLeadTimeRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        LocalDate issued = Deadlines.issued(ctx.plan());
        if (issued == null) {
            return;
        }
        int minimum = ctx.config().leadTimeDays();
        for (DeadlinePart part : ctx.derived(Deadlines.ALL)) {
            if (part.window().isEmpty() || Deadlines.beforeIssue(part, ctx.plan())
                    || Deadlines.outsidePeriod(part, ctx.plan(), ctx.config().reportGrace())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(issued, part.window().get().latest());
            if (days < minimum) {
                sink.at(part.pointer()).args(part.describe(), days, minimum).report();
            }
        }
    }
}
