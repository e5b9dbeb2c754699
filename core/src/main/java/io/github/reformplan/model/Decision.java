package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The decision (quyết định) that adopted the plan: its number, date and signer. */
public record Decision(@NotBlank String number, @NotNull LocalDate date, String signer, @NotNull Position position) {
}
