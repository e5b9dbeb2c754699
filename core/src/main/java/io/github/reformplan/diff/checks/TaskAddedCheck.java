package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;

/** A task of the new revision was not in the old one. */
@RuleInfo(id = "task-added", severity = Severity.INFO, summary = "A task was added")
public final class TaskAddedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Task t : c.tasks().added()) {
            sink.report(c.oldSide().at("/tasks"), c.newSide().at(t.position().pointer()), t.id(), t.title());
        }
    }
}
