package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanSummaries;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.SetRule;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A target is lower than the parent plan's target for the same metric: a commune plan that asks less
 * than its province's plan cannot add up to it. Works when the parent plan ({@code plan.parent}) is
 * among the files validated together.
 */
@RuleInfo(id = "target-below-parent", severity = Severity.WARNING,
        reads = {"/targets/*/text", "/targets/*/value", "/targets/*/metric", "/plan/parent"}, summary = "A target is below the parent plan's")
public final class TargetBelowParentRule implements SetRule<TargetBelowParentRule.Summary> {

    /** What a plan says of its targets, kept for its children, and which plan it implements. */
    public record Summary(String parent, List<Stated> targets) {
        public Summary {
            targets = List.copyOf(targets);
        }
    }

    /** One target's quantity, comparable across plans by metric, unit and direction. */
    public record Stated(String targetId, JsonPointer pointer, String metric, Quantity.Unit unit,
            Quantity.Direction direction, BigDecimal lowerBound, String display) {

        boolean comparableWith(Stated other) {
            return metric != null && metric.equals(other.metric) && unit == other.unit && direction == other.direction;
        }
    }

    @Override
    public Summary summarize(PlanContext ctx, Anchors anchors) {
        List<Stated> stated = new ArrayList<>();
        for (TargetStatement s : ctx.derived(Targets.ALL)) {
            Optional<BigDecimal> low = s.quantity().lowerBound();
            if (low.isPresent() && s.metric().isPresent()) {
                anchors.keep(s.pointer());
                stated.add(new Stated(s.target().id(), s.pointer(), s.metric().get().id(), s.quantity().unit(),
                        s.quantity().direction(), low.get(), s.quantity().display()));
            }
        }
        return new Summary(ctx.plan().plan().parent(), stated);
    }

    @Override
    public void check(Summary mine, PlanSummaries<Summary> all, FindingSink sink) {
        if (mine.parent() == null) {
            return;
        }
        Optional<Summary> parent = all.byPlanId(mine.parent()).map(PlanSummaries.Entry::summary);
        if (parent.isEmpty()) {
            return;
        }
        for (Stated target : mine.targets()) {
            for (Stated p : parent.get().targets()) {
                if (p.comparableWith(target) && target.lowerBound().compareTo(p.lowerBound()) < 0) {
                    sink.at(target.pointer()).args(target.targetId(), target.display(), mine.parent(),
                            p.targetId(), p.display()).report();
                    break;
                }
            }
        }
    }
}
