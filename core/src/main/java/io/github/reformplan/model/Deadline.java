package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A task's deadline as written: one expression, or a list of labelled milestones. */
public sealed interface Deadline {

    Position position();

    /** A single deadline string, e.g. {@code "Quý I/2026"}; it may still hold several labelled parts. */
    record Text(@NotBlank String text, @NotNull Position position) implements Deadline {
    }

    /** Milestones given explicitly in the file. */
    record Milestones(@NotEmpty List<@Valid Milestone> milestones, @NotNull Position position) implements Deadline {
        public Milestones {
            milestones = List.copyOf(milestones);
        }
    }
}
