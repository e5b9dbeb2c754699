package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.PlanPeriod;
import java.util.Objects;

/** The years the plan covers changed. */
@RuleInfo(id = "plan-period-changed", severity = Severity.INFO, summary = "The plan's period changed")
public final class PlanPeriodChangedCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        PlanPeriod before = c.oldSide().plan().header().period();
        PlanPeriod after = c.newSide().plan().header().period();
        if (!Objects.equals(before, after)) {
            sink.report(c.oldSide().at("/plan/period"), c.newSide().at("/plan/period"),
                    String.valueOf(before), String.valueOf(after));
        }
    }
}
