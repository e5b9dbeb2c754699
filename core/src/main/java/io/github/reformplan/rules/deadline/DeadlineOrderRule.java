package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import java.util.List;

/**
 * Within one task, a report milestone is due before the work it reports on is due: the report
 * cannot describe results that do not exist yet. Reports on continuous or recurring work, and
 * reports due on or after their work, are fine.
 */
@RuleInfo(id = "deadline-order", severity = Severity.ERROR,
        reads = {"/tasks/*/deadline", "/plan/period"}, summary = "A report is due before the work it reports on")
public final class DeadlineOrderRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        var byTask = ctx.derived(Deadlines.BY_TASK);
        for (Task task : ctx.plan().tasks()) {
            List<DeadlinePart> parts = byTask.get(task);
            for (DeadlinePart report : parts) {
                if (!report.isReport() || report.window().isEmpty()) {
                    continue;
                }
                parts.stream()
                        .filter(w -> !w.isReport() && w.window().isPresent())
                        .filter(w -> report.window().get().latest().isBefore(w.window().get().latest()))
                        .findFirst()
                        .ifPresent(work -> sink.at(report.pointer()).related(List.of(work.pointer()))
                                .args(report.describe(), work.describe(), task.id()).report());
            }
        }
    }
}
