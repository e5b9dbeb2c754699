package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Due;
import io.github.reformplan.model.PlanPeriod;
import io.github.reformplan.model.Task;
import java.util.Optional;

/**
 * A task's deadline ends later than it did (compared as windows: {@code Quý I/2026} and {@code Trước
 * ngày 31/3/2026} end on the same day, so rewording is no change); an error when the new end falls
 * after the plan's period; a deadline dropped altogether is a variant of its own.
 */
@RuleInfo(id = "task-deadline-later", severity = Severity.WARNING,
        summary = "A task's deadline moved later (an error past the plan's period)")
public final class TaskDeadlineLaterCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        PlanPeriod period = c.newSide().plan().header().period();
        for (Comparison.Pair<Task> p : c.tasks().pairs()) {
            Optional<Due.Window> before = TaskValues.window(p.old());
            Optional<Due.Window> after = TaskValues.window(p.current());
            var oldPlace = c.oldSide().at(p.old().position().pointer().append("deadline"));
            var newPlace = c.newSide().at(p.current().position().pointer().append("deadline"));
            if (before.isPresent() && after.isPresent() && after.get().latest().isAfter(before.get().latest())) {
                boolean past = period != null && after.get().latest().isAfter(period.end());
                sink.report(past ? "past-period" : null, past ? Severity.ERROR : Severity.WARNING, oldPlace, newPlace,
                        p.current().id(), TaskValues.deadline(p.old()), TaskValues.deadline(p.current()),
                        before.get().latest(), after.get().latest(), period == null ? "" : period.end());
            } else if (before.isPresent() && p.current().deadline() == null) {
                sink.report("removed", Severity.WARNING, oldPlace, newPlace, p.current().id(),
                        TaskValues.deadline(p.old()));
            }
        }
    }
}
