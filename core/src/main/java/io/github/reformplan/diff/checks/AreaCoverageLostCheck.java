package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Task;
import java.util.List;

/** A reform area had tasks in the old revision and has none in the new one. */
@RuleInfo(id = "area-coverage-lost", severity = Severity.ERROR,
        summary = "A reform area that had tasks has none in the new revision")
public final class AreaCoverageLostCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (ReformArea area : ReformArea.values()) {
            List<Task> before = c.oldSide().plan().tasks().stream().filter(t -> t.area() == area).toList();
            boolean after = c.newSide().plan().tasks().stream().anyMatch(t -> t.area() == area);
            if (!before.isEmpty() && !after) {
                sink.report(c.oldSide().at(before.get(0).position().pointer().append("area")),
                        c.newSide().at("/tasks"), area.id(), area.vietnameseName(), before.size());
            }
        }
    }
}
