package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task names no output (sản phẩm, kết quả): there is nothing to verify it was done. */
@RuleInfo(id = "task-output-missing", severity = Severity.WARNING,
        reads = {"/tasks/*/outputs"}, summary = "A task names no output")
public final class TaskOutputMissingRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (Task t : ctx.plan().tasks()) {
            if (t.outputs().stream().allMatch(String::isBlank)) {
                sink.at(t.position().pointer()).args(t.id()).report();
            }
        }
    }
}
