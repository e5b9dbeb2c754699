package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task has no lead agency (cơ quan chủ trì): nobody is accountable for it. */
@RuleInfo(id = "task-lead-missing", severity = Severity.ERROR,
        reads = {"/tasks/*/lead"}, summary = "A task has no lead agency")
public final class TaskLeadMissingRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (Task t : ctx.plan().tasks()) {
            if (t.lead().stream().allMatch(String::isBlank)) {
                sink.at(t.position().pointer()).args(t.id()).report();
            }
        }
    }
}
