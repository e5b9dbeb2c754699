package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.metric.Floor;
import io.github.reformplan.model.Severity;
import java.util.Optional;

/**
 * A target is below the national floor for its metric in the plan's first year (NQ 76/NQ-CP, QĐ
 * 282/QĐ-TTg; floors are data, configurable, and uncertain ones ship switched off).
 */
@RuleInfo(id = "target-below-floor", severity = Severity.WARNING,
        reads = {"/targets/*/text", "/targets/*/value", "/targets/*/metric", "/plan/period", "/plan/level"}, summary = "A target is below the national floor")
public final class TargetBelowFloorRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        if (ctx.plan().plan().period() == null) {
            return;
        }
        int year = ctx.plan().plan().period().fromYear();
        for (TargetStatement s : ctx.derived(Targets.ALL)) {
            if (s.metric().isEmpty()) {
                continue;
            }
            Optional<Floor> floor = ctx.config().floors().floorFor(s.metric().get().id(), year);
            if (floor.isPresent() && floor.get().unit() == s.quantity().unit() && floor.get().isViolatedBy(s.quantity())) {
                Floor f = floor.get();
                String needed = f.comparator().symbol() + " " + io.github.reformplan.model.Quantity.text(f.amount()) + f.unit().symbol();
                sink.at(s.pointer())
                        .args(s.target().id(), s.quantity().display(), needed, f.source(), year)
                        .suggest(Suggestion.text(needed))
                        .report();
            }
        }
    }
}
