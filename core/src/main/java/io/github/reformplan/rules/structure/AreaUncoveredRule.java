package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import io.github.reformplan.rules.Pointers;
import java.util.EnumSet;
import java.util.Set;

/**
 * A reform area has no task. The PAR INDEX scores all seven areas of Resolution 76/NQ-CP, so a plan
 * that leaves one without a task leaves its score to chance. A plan with no task at all gets one
 * finding, not seven.
 */
@RuleInfo(id = "area-uncovered", severity = Severity.ERROR,
        reads = {"/tasks/*/area"}, summary = "A reform area has no task")
public final class AreaUncoveredRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        if (ctx.plan().tasks().isEmpty()) {
            sink.atKey(Pointers.TASKS).variant("none").report();
            return;
        }
        Set<ReformArea> covered = EnumSet.noneOf(ReformArea.class);
        for (Task t : ctx.plan().tasks()) {
            if (t.area() != null) {
                covered.add(t.area());
            }
        }
        for (ReformArea area : ReformArea.values()) {
            if (!covered.contains(area)) {
                sink.atKey(Pointers.TASKS).args(area.id(), area.vietnameseName()).report();
            }
        }
    }
}
