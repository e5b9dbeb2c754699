package io.github.reformplan.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A quantity stated explicitly: {@code { comparator: ">=", amount: 75, unit: "%" }}, or min/max for "between". */
public record TargetValue(
        @NotNull @Pattern(regexp = ">=|>|=|~|<=|<|between") String comparator,
        BigDecimal amount,
        BigDecimal min,
        BigDecimal max,
        String unit) {
}
