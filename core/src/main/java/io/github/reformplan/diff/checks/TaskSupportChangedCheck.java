package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task's supporting agencies (phối hợp) changed: compared by who they are, so a respelt name is no change. */
@RuleInfo(id = "task-support-changed", severity = Severity.INFO, summary = "A task's supporting agencies (phối hợp) changed")
public final class TaskSupportChangedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Comparison.Pair<Task> p : c.tasks().pairs()) {
            if (!TaskValues.agencies(p.old().support()).equals(TaskValues.agencies(p.current().support()))) {
                sink.report(c.oldSide().at(p.old().position().pointer().append("support")),
                        c.newSide().at(p.current().position().pointer().append("support")), p.current().id(),
                        TaskValues.written(p.old().support()), TaskValues.written(p.current().support()));
            }
        }
    }
}
