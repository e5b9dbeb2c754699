package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task has no deadline (thời gian hoàn thành): its progress cannot be checked or scored. */
@RuleInfo(id = "task-deadline-missing", severity = Severity.ERROR,
        reads = {"/tasks/*/deadline"}, summary = "A task has no deadline")
public final class TaskDeadlineMissingRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (Task t : ctx.plan().tasks()) {
            if (t.deadline() == null) {
                sink.at(t.position().pointer()).args(t.id()).report();
            }
        }
    }
}
