package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;

/** A target of the new revision was not in the old one. */
@RuleInfo(id = "target-added", severity = Severity.INFO, summary = "A target was added")
public final class TargetAddedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Target t : c.targets().added()) {
            sink.report(c.oldSide().at("/targets"), c.newSide().at(t.position().pointer()), t.id(), t.text());
        }
    }
}
