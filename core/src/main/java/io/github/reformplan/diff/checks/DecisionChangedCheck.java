package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Decision;
import java.util.Objects;

/** The decision that adopts the plan was added, removed, or has another number or date. */
@RuleInfo(id = "decision-changed", severity = Severity.INFO,
        summary = "The decision adopting the plan changed (number or date), or was added or removed")
public final class DecisionChangedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        Decision before = c.oldSide().plan().header().decision();
        Decision after = c.newSide().plan().header().decision();
        var oldPlace = c.oldSide().at(before == null ? "/plan" : "/plan/decision");
        var newPlace = c.newSide().at(after == null ? "/plan" : "/plan/decision");
        if (before == null && after != null) {
            sink.report("added", Severity.INFO, oldPlace, newPlace, after.number(), after.date());
        } else if (before != null && after == null) {
            sink.report("removed", Severity.INFO, oldPlace, newPlace, before.number(), before.date());
        } else if (before != null && (!Objects.equals(before.number(), after.number())
                || !Objects.equals(before.date(), after.date()))) {
            sink.report(oldPlace, newPlace, before.number(), before.date(), after.number(), after.date());
        }
    }
}
