package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A quantitative target (chỉ tiêu). {@code value} is the quantity stated explicitly in the file;
 * when absent, the quantities are read from {@code text}.
 *
 * <pre>{@code
 * Target t = plan.targets().get(19);  // 3.8 of ha-tinh-2026: "... đạt tối thiểu 75%"
 * Quantity q = t.quantities().get(0);
 * q.comparator();                     // AT_LEAST
 * q.amount();                         // 75
 * q.unit();                           // PERCENT
 * q.display();                        // ">= 75%"
 * }</pre>
 *
 * @param quantities what the target states, computed when the plan is bound: its {@code value} when that
 *                   is well-formed (one quantity, not located in the text), else every quantity read from
 *                   {@code text}, in text order (none for a target that states no measurable quantity);
 *                   null only for a target built with the constructor that omits it, until
 *                   {@code PlanReader.complete(plan)} or the validator computes it
 */
public record Target(
        @NotBlank String id,
        @NotNull ReformArea area,
        @NotBlank String text,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String metric,
        @Valid TargetValue value,
        @NotNull Position position,
        List<Quantity> quantities) {

    public Target {
        quantities = quantities == null ? null : List.copyOf(quantities);
    }

    /** A target whose quantities are not computed yet (see {@link #quantities()}). */
    public Target(String id, ReformArea area, String text, String metric, TargetValue value, Position position) {
        this(id, area, text, metric, value, position, null);
    }

    /** This target with its quantities as computed. */
    public Target withQuantities(List<Quantity> computed) {
        return new Target(id, area, text, metric, value, position, computed);
    }

    /** Whether {@link #quantities()} is the file's {@code value} rather than what was read from {@code text}. */
    public boolean quantityFromValue() {
        return quantities != null && quantities.size() == 1 && !quantities.get(0).located();
    }
}
