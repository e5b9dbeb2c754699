package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import io.github.reformplan.rules.Pointers;
import java.util.HashSet;
import java.util.Set;

/**
 * No task serves a target. Only meaningful in a plan that links tasks to targets at all; a plan
 * without links gets one note saying so, rather than one warning per target; a plan without
 * tasks gets nothing from this rule.
 */
@RuleInfo(id = "target-unserved", severity = Severity.WARNING,
        reads = {"/tasks/*/targets", "/targets/*/id"}, summary = "No task serves a target")
public final class TargetUnservedRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Plan plan = ctx.plan();
        if (plan.targets().isEmpty() || plan.tasks().isEmpty()) {
            return; // a plan without tasks is area-uncovered's (or the schema's) finding, not ours
        }
        Set<String> served = new HashSet<>();
        for (Task t : plan.tasks()) {
            t.targets().forEach(id -> served.add(id.trim()));
        }
        if (served.isEmpty()) {
            sink.atKey(Pointers.TARGETS).variant("no-links").args(plan.targets().size()).severity(Severity.INFO).report();
            return;
        }
        for (Target target : plan.targets()) {
            if (target.id() != null && !served.contains(target.id().trim())) {
                sink.at(target.position().pointer()).args(target.id()).report();
            }
        }
    }
}
