package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The plan's identity: who issues it, for which level and period, and the decision that adopted it
 * ({@code null} while the plan is a draft).
 */
public record PlanHeader(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
        @NotBlank String title,
        @NotBlank String issuer,
        @NotNull PlanLevel level,
        @NotNull PlanPeriod period,
        @Valid Decision decision,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String parent,
        @NotNull Position position) {

    /**
     * The year a deadline that names none ({@code "Quý I"}, {@code "Trước ngày 30/11"}) belongs to: the
     * period's first year; without a period, the year after the decision's; without either, this year.
     */
    public int defaultYear() {
        return period != null ? period.fromYear()
                : decision != null && decision.date() != null ? decision.date().getYear() + 1 : LocalDate.now().getYear();
    }

    /**
     * The day the agencies a plan names must exist on: the decision's date, or the start of the period for a
     * draft; {@code null} with neither.
     */
    public LocalDate referenceDate() {
        return !isDraft() ? decision.date() : period == null ? null : period.start();
    }

    public boolean isDraft() {
        return decision == null || decision.date() == null;
    }
}
