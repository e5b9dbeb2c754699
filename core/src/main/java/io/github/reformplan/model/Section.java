package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One part of the plan document, recognised by its kind rather than its numeral. */
public record Section(@NotNull SectionKind kind, @NotBlank String title, String text, @NotNull Position position) {
}
