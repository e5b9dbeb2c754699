package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Decision;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.Severity;
import io.github.reformplan.rules.Pointers;

/**
 * The decision adopting the plan is dated after the plan's period began: the first weeks of the
 * year ran without a plan, and early deadlines may already have passed.
 */
@RuleInfo(id = "plan-issued-late", severity = Severity.WARNING,
        reads = {"/plan/decision/date", "/plan/period"}, summary = "The plan was adopted after its period began")
public final class PlanIssuedLateRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        PlanHeader h = ctx.plan().plan();
        Decision d = h.decision();
        if (d == null || d.date() == null || h.period() == null) {
            return;
        }
        if (d.date().isAfter(h.period().start())) {
            sink.at(Pointers.PLAN.append("decision").append("date"))
                    .args(d.date(), h.period().start()).report();
        }
    }
}
