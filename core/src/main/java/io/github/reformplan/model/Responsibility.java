package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** From "Tổ chức thực hiện": the agency that steers some reform areas, and when it reports. */
public record Responsibility(
        @NotBlank String agency,
        @NotEmpty List<@NotNull ReformArea> areas,
        String reportDeadline,
        @NotNull Position position) {

    public Responsibility {
        areas = List.copyOf(areas);
    }
}
