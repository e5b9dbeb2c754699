package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task's lead agencies (chủ trì) changed: compared by who they are, so a respelt name is no change. */
@RuleInfo(id = "task-lead-changed", severity = Severity.WARNING, summary = "A task's lead agencies (chủ trì) changed")
public final class TaskLeadChangedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Comparison.Pair<Task> p : c.tasks().pairs()) {
            if (!TaskValues.agencies(p.old().lead()).equals(TaskValues.agencies(p.current().lead()))) {
                sink.report(c.oldSide().at(p.old().position().pointer().append("lead")),
                        c.newSide().at(p.current().position().pointer().append("lead")), p.current().id(),
                        TaskValues.written(p.old().lead()), TaskValues.written(p.current().lead()));
            }
        }
    }
}
