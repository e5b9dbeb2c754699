package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A task of the plan's appendix table: what is done, what it yields, who leads (chủ trì), who
 * supports (phối hợp) and by when. Agency lists hold the text as written; a whole pasted cell may
 * be a single item.
 *
 * <pre>{@code
 * Task task = plan.tasks().get(25);  // 2.26 of ha-tinh-2026
 * task.deadline();                  // Deadline.Text "Quý I/2025", as written
 * task.parsedDeadline().window();   // Optional[Window[earliest=2025-01-01, latest=2025-03-31]]
 * task.agencies().lead().get(0).canonicalName();   // "Sở Nội vụ"
 * }</pre>
 *
 * @param deadline       the deadline as written; null when the task states none
 * @param parsedDeadline what {@code deadline} states, computed when the plan is bound (one part per
 *                       milestone; no part when there is no deadline); null only for a task built with the
 *                       constructor that omits it, until {@code PlanReader.complete(plan)} or the validator
 *                       computes it
 * @param agencies       the agencies of {@code lead} and {@code support}, each resolved by the agency registry with
 *                       the plan's level and date when the plan is bound (see {@link ResolvedAgency}); null only for
 *                       a task built with a constructor that omits it, until {@code PlanReader.complete(plan)} or
 *                       the validator computes it
 */
public record Task(
        @NotBlank String id,
        @NotNull ReformArea area,
        @NotBlank String title,
        @NotNull List<@NotBlank String> targets,
        @NotNull List<@NotBlank String> activities,
        @NotNull List<@NotBlank String> outputs,
        @NotNull List<@NotBlank String> lead,
        @NotNull List<@NotBlank String> support,
        @Valid Deadline deadline,
        String funding,
        @NotNull Position position,
        ParsedDeadline parsedDeadline,
        TaskAgencies agencies) {

    public Task {
        targets = List.copyOf(targets);
        activities = List.copyOf(activities);
        outputs = List.copyOf(outputs);
        lead = List.copyOf(lead);
        support = List.copyOf(support);
    }

    /** A task whose deadline is not parsed yet (see {@link #parsedDeadline()}). */
    public Task(String id, ReformArea area, String title, List<String> targets, List<String> activities,
            List<String> outputs, List<String> lead, List<String> support, Deadline deadline, String funding,
            Position position) {
        this(id, area, title, targets, activities, outputs, lead, support, deadline, funding, position, null, null);
    }

    /** A task whose agencies are not resolved yet (see {@link #agencies()}). */
    public Task(String id, ReformArea area, String title, List<String> targets, List<String> activities,
            List<String> outputs, List<String> lead, List<String> support, Deadline deadline, String funding,
            Position position, ParsedDeadline parsedDeadline) {
        this(id, area, title, targets, activities, outputs, lead, support, deadline, funding, position, parsedDeadline,
                null);
    }

    /** This task with its deadline as parsed. */
    public Task withParsedDeadline(ParsedDeadline parsed) {
        return new Task(id, area, title, targets, activities, outputs, lead, support, deadline, funding, position,
                parsed, agencies);
    }

    /** This task with its agencies as resolved. */
    public Task withAgencies(TaskAgencies resolved) {
        return new Task(id, area, title, targets, activities, outputs, lead, support, deadline, funding, position,
                parsedDeadline, resolved);
    }
}
