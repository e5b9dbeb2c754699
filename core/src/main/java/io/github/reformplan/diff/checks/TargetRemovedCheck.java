package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;

/** A target of the old revision is in the new one neither by id nor by content. */
@RuleInfo(id = "target-removed", severity = Severity.ERROR, summary = "A target of the old revision is gone")
public final class TargetRemovedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Target t : c.targets().removed()) {
            sink.report(c.oldSide().at(t.position().pointer()), c.newSide().at("/targets"), t.id(), t.text());
        }
    }
}
