package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;

/**
 * A deadline expression is not understood, so no date rule can check it. Recurring ("Thường xuyên"),
 * event-relative ("01 tháng sau khi ...") and delegated ("Theo kế hoạch ...") deadlines are understood.
 */
@RuleInfo(id = "deadline-unparsed", severity = Severity.WARNING, summary = "A deadline expression is not understood")
public final class DeadlineUnparsedRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (DeadlinePart part : ctx.derived(Deadlines.ALL)) {
            if (part.due().isEmpty()) {
                sink.at(part.pointer()).args(part.describe()).report();
            }
        }
    }
}
