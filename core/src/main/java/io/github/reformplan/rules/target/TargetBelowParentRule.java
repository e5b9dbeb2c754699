package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.metric.MetricCatalogue;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A target is lower than the parent plan's target for the same metric: a commune plan that asks less
 * than its province's plan cannot add up to it. Works when the parent plan ({@code plan.parent}) is
 * among the files validated together.
 */
@RuleInfo(id = "target-below-parent", severity = Severity.WARNING, summary = "A target is below the parent plan's")
public final class TargetBelowParentRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        String parentId = ctx.plan().plan().parent();
        if (parentId == null) {
            return;
        }
        Optional<Plan> parent = ctx.plans().byId(parentId);
        if (parent.isEmpty()) {
            return;
        }
        MetricCatalogue metrics = ctx.config().metrics();
        // Read once per run however many plans name this parent; the catalogue is the key.
        List<TargetStatement> theirs = ctx.plans().derived(parent.get(), metrics, p -> Targets.statements(p, metrics));
        for (TargetStatement mine : ctx.derived(Targets.ALL)) {
            Optional<BigDecimal> low = mine.quantity().lowerBound();
            if (low.isEmpty()) {
                continue;
            }
            for (TargetStatement p : theirs) {
                Optional<BigDecimal> parentLow = p.quantity().lowerBound();
                if (p.comparableWith(mine) && parentLow.isPresent() && low.get().compareTo(parentLow.get()) < 0) {
                    sink.at(mine.pointer()).args(mine.target().id(), mine.quantity().display(), parentId,
                            p.target().id(), p.quantity().display()).report();
                    break;
                }
            }
        }
    }
}
