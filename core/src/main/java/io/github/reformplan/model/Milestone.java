package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One dated step of a task; {@link Kind#REPORT} milestones report on the work of the others. What {@code due}
 * states is the part at the same index of the task's {@link Task#parsedDeadline()}.
 */
public record Milestone(String label, @NotBlank String due, @NotNull Kind kind, @NotNull Position position) {

    public enum Kind { WORK, REPORT }
}
