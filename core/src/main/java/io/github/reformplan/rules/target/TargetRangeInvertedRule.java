package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Quantity;

/** A range whose lower bound exceeds its upper bound ("từ 05 đến 03 cuộc"): no result can meet it. */
@RuleInfo(id = "target-range-inverted", severity = Severity.ERROR,
        reads = {"/targets/*/text", "/targets/*/value"}, summary = "A target range runs backwards")
public final class TargetRangeInvertedRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (TargetStatement s : ctx.derived(Targets.ALL)) {
            Quantity q = s.quantity();
            if (q.comparator() == Quantity.Comparator.BETWEEN && q.min().compareTo(q.max()) > 0) {
                sink.at(s.pointer()).args(s.target().id(), io.github.reformplan.model.Quantity.text(q.min()), io.github.reformplan.model.Quantity.text(q.max())).report();
            }
        }
    }
}
