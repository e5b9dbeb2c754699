package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A finding the editors accept on purpose: the rule, where, and why.
 *
 * <p>{@code pointer} is as written; a step into {@code tasks} or {@code targets} (any list of objects with an
 * {@code id}) may name the element by its id ({@code /tasks/2.16/support}) so that inserting a task above moves
 * nothing. {@code target} is that pointer with ids turned into indexes, or {@code null} when it is malformed.
 */
public record Suppression(@NotBlank String rule, @NotNull String pointer, String reason, @NotNull Position position,
        JsonPointer target) {

    /** A suppression whose pointer is taken as it is written (no ids resolved). */
    public Suppression(String rule, String pointer, String reason, Position position) {
        this(rule, pointer, reason, position, parseOrNull(pointer));
    }

    private static JsonPointer parseOrNull(String pointer) {
        try {
            return pointer == null ? null : JsonPointer.parse(pointer);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
