package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Due;
import io.github.reformplan.model.Task;
import java.util.Optional;

/** A task's deadline ends earlier than it did (compared as windows, so rewording is no change). */
@RuleInfo(id = "task-deadline-earlier", severity = Severity.INFO, summary = "A task's deadline moved earlier")
public final class TaskDeadlineEarlierCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Comparison.Pair<Task> p : c.tasks().pairs()) {
            Optional<Due.Window> before = TaskValues.window(p.old());
            Optional<Due.Window> after = TaskValues.window(p.current());
            if (before.isPresent() && after.isPresent() && after.get().latest().isBefore(before.get().latest())) {
                sink.report(c.oldSide().at(p.old().position().pointer().append("deadline")),
                        c.newSide().at(p.current().position().pointer().append("deadline")), p.current().id(),
                        TaskValues.deadline(p.old()), TaskValues.deadline(p.current()), before.get().latest(),
                        after.get().latest());
            }
        }
    }
}
