package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;

/** A target or task matched by its content under another id: the ids were renumbered. */
@RuleInfo(id = "id-renumbered", severity = Severity.INFO,
        summary = "A target or task has another id in the new revision (matched by its content)")
public final class IdRenumberedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Comparison.Pair<Target> p : c.targets().pairs()) {
            if (!p.old().id().equals(p.current().id())) {
                sink.report("target", Severity.INFO, c.oldSide().at(p.old().position().pointer().append("id")),
                        c.newSide().at(p.current().position().pointer().append("id")), p.old().id(), p.current().id());
            }
        }
        for (Comparison.Pair<Task> p : c.tasks().pairs()) {
            if (!p.old().id().equals(p.current().id())) {
                sink.report(c.oldSide().at(p.old().position().pointer().append("id")),
                        c.newSide().at(p.current().position().pointer().append("id")), p.old().id(), p.current().id());
            }
        }
    }
}
