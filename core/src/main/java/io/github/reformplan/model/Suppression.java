package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A finding the editors accept on purpose: the rule, where, and why. */
public record Suppression(@NotBlank String rule, @NotNull String pointer, String reason, @NotNull Position position) {
}
