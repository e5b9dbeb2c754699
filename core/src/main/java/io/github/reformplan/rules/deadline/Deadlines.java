package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Task;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The deadlines of a plan as the deadline rules see them (each part with the pointer it is reported at),
 * from what binding parsed, plus the judgements several deadline rules share. A deadline gets at most one
 * of before-issue, outside-period and lead-time: the most serious that applies, so that one wrong date is
 * one finding.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The year a deadline without one ("Quý I", "Tháng 3") belongs to. */
    public static int defaultYear(Plan plan) {
        return plan.plan().defaultYear();
    }

    /** Every part of a task's deadline, as bound ({@link Task#parsedDeadline()}). */
    public static List<DeadlinePart> of(Task task) {
        List<ParsedDeadline.Part> parts = task.parsedDeadline().parts();
        List<DeadlinePart> out = new ArrayList<>(parts.size());
        Deadline d = task.deadline();
        for (int i = 0; i < parts.size(); i++) {
            // a string's parts are reported at the string; a milestone's at its own due
            JsonPointer at = d instanceof Deadline.Milestones ms && i < ms.milestones().size()
                    ? ms.milestones().get(i).position().pointer().append("due")
                    : d != null ? d.position().pointer() : task.position().pointer().append("deadline");
            out.add(DeadlinePart.of(at, parts.get(i)));
        }
        return out;
    }

    /** Every part of a responsibility's report deadline (all reports), as bound. */
    public static List<DeadlinePart> of(Responsibility r) {
        JsonPointer at = r.position().pointer().append("reportDeadline");
        return r.parsedReportDeadline().parts().stream().map(p -> DeadlinePart.of(at, p)).toList();
    }

    /** Each task's deadline parts, shared by the rules that read deadlines. */
    public static final Function<PlanContext, Map<Task, List<DeadlinePart>>> BY_TASK = ctx -> {
        Map<Task, List<DeadlinePart>> out = new IdentityHashMap<>();
        ctx.plan().tasks().forEach(t -> out.put(t, of(t)));
        return out;
    };

    /** Every deadline part of the plan: tasks first, then responsibilities; shared like {@link #BY_TASK}. */
    public static final Function<PlanContext, List<DeadlinePart>> ALL = ctx -> {
        Map<Task, List<DeadlinePart>> byTask = ctx.derived(BY_TASK);
        List<DeadlinePart> out = new ArrayList<>();
        ctx.plan().tasks().forEach(t -> out.addAll(byTask.get(t)));
        ctx.plan().responsibilities().forEach(r -> out.addAll(of(r)));
        return List.copyOf(out);
    };

    static boolean beforeIssue(DeadlinePart part, Plan plan) {
        LocalDate issued = issued(plan);
        return issued != null && part.window().map(w -> w.latest().isBefore(issued)).orElse(false);
    }

    static boolean outsidePeriod(DeadlinePart part, Plan plan, Period reportGrace) {
        if (plan.plan().period() == null || beforeIssue(part, plan)) {
            return false;
        }
        LocalDate start = plan.plan().period().start();
        LocalDate end = plan.plan().period().end();
        LocalDate lastAllowed = part.isReport() ? end.plus(reportGrace) : end;
        return part.window().map(w -> w.latest().isBefore(start) || w.earliest().isAfter(lastAllowed)).orElse(false);
    }

    static LocalDate issued(Plan plan) {
        return plan.plan().decision() == null ? null : plan.plan().decision().date();
    }
}
