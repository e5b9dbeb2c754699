package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A quantitative target (chỉ tiêu). {@code value} is the quantity stated explicitly in the file;
 * when absent, rules read it from {@code text}.
 */
public record Target(
        @NotBlank String id,
        @NotNull ReformArea area,
        @NotBlank String text,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String metric,
        @Valid TargetValue value,
        @NotNull Position position) {
}
