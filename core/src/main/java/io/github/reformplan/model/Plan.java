package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A reform plan: the header, the document's parts, its targets and tasks, who owns which area,
 * and the findings the editors accepted on purpose. Immutable.
 *
 * <pre>{@code
 * Plan plan = PlanReader.read(Path.of("plans/ha-tinh-2026.yaml"));
 * plan.tasks().forEach(t -> System.out.println(t.id() + " " + t.title()));
 * }</pre>
 *
 * @param source        the file name as it was given (or {@code "-"} for standard input)
 * @param schemaVersion the file format version, {@code "1"}
 */
public record Plan(
        @NotNull String source,
        @NotNull @Pattern(regexp = "1") String schemaVersion,
        @NotNull @Valid PlanHeader plan,
        @NotNull List<@Valid Section> sections,
        @NotNull List<@Valid Target> targets,
        @NotNull List<@Valid Task> tasks,
        @NotNull List<@Valid Responsibility> responsibilities,
        @NotNull List<@Valid Suppression> suppress) {

    public Plan {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        responsibilities = List.copyOf(responsibilities);
        suppress = List.copyOf(suppress);
    }

    /** The header (same as {@link #plan()}, under a clearer name for Java callers). */
    public PlanHeader header() {
        return plan;
    }
}
