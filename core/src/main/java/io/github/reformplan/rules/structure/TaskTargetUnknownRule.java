package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A task refers to a target id that the plan does not define. */
@RuleInfo(id = "task-target-unknown", severity = Severity.ERROR,
        reads = {"/tasks/*/targets", "/targets/*/id"}, summary = "A task refers to a target that does not exist")
public final class TaskTargetUnknownRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Set<String> ids = ctx.plan().targets().stream().map(Target::id)
                .filter(java.util.Objects::nonNull).map(String::trim).collect(Collectors.toSet());
        for (Task t : ctx.plan().tasks()) {
            List<String> refs = t.targets();
            for (int j = 0; j < refs.size(); j++) {
                if (!ids.contains(refs.get(j).trim())) {
                    sink.at(t.position().pointer().append("targets").append(j)).args(refs.get(j), t.id()).report();
                }
            }
        }
    }
}
