package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.Milestone;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.DeadlineParser;
import io.github.reformplan.text.Due;
import io.github.reformplan.text.ParsedPart;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deadlines of a plan, split into parts and parsed, plus the judgements several deadline
 * rules share. A deadline gets at most one of before-issue, outside-period and lead-time: the most
 * serious that applies, so that one wrong date is one finding.
 */
public final class Deadlines {

    private static final DeadlineParser PARSER = new DeadlineParser();

    private Deadlines() {
    }

    /** The year a deadline without one ("Quý I", "Tháng 3") belongs to. */
    public static int defaultYear(Plan plan) {
        PlanHeader h = plan.plan();
        return h.period() != null ? h.period().fromYear()
                : h.decision() != null && h.decision().date() != null ? h.decision().date().getYear() + 1 : LocalDate.now().getYear();
    }

    /** Every part of a task's deadline. */
    public static List<DeadlinePart> of(Task task, int defaultYear) {
        List<DeadlinePart> out = new ArrayList<>();
        Deadline d = task.deadline();
        if (d instanceof Deadline.Text text) {
            for (ParsedPart p : PARSER.parseCell(text.text(), defaultYear)) {
                out.add(new DeadlinePart(text.position().pointer(), p.label(), p.kind(), p.text(), p.due()));
            }
        } else if (d instanceof Deadline.Milestones ms) {
            for (Milestone m : ms.milestones()) {
                Optional<Due> due = m.due() == null ? Optional.empty() : PARSER.parse(m.due(), defaultYear);
                ParsedPart.Kind kind = m.kind() == Milestone.Kind.REPORT ? ParsedPart.Kind.REPORT : ParsedPart.Kind.WORK;
                out.add(new DeadlinePart(m.position().pointer().append("due"), m.label(), kind,
                        m.due() == null ? "" : m.due(), due));
            }
        }
        return out;
    }

    /** Every part of a responsibility's report deadline (all reports). */
    public static List<DeadlinePart> of(Responsibility r, int defaultYear) {
        if (r.reportDeadline() == null || r.reportDeadline().isBlank()) {
            return List.of();
        }
        List<DeadlinePart> out = new ArrayList<>();
        for (ParsedPart p : PARSER.parseCell(r.reportDeadline(), defaultYear)) {
            out.add(new DeadlinePart(r.position().pointer().append("reportDeadline"), p.label(), ParsedPart.Kind.REPORT,
                    p.text(), p.due()));
        }
        return out;
    }

    /** Each task's deadline parts, parsed once per plan and shared by the rules that read deadlines. */
    public static final Function<PlanContext, Map<Task, List<DeadlinePart>>> BY_TASK = ctx -> {
        int year = defaultYear(ctx.plan());
        Map<Task, List<DeadlinePart>> out = new IdentityHashMap<>();
        ctx.plan().tasks().forEach(t -> out.put(t, of(t, year)));
        return out;
    };

    /** Every deadline part of the plan: tasks first, then responsibilities; shared like {@link #BY_TASK}. */
    public static final Function<PlanContext, List<DeadlinePart>> ALL = ctx -> {
        Map<Task, List<DeadlinePart>> byTask = ctx.derived(BY_TASK);
        int year = defaultYear(ctx.plan());
        List<DeadlinePart> out = new ArrayList<>();
        ctx.plan().tasks().forEach(t -> out.addAll(byTask.get(t)));
        ctx.plan().responsibilities().forEach(r -> out.addAll(of(r, year)));
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
