package io.github.reformplan.rules.target;

import io.github.reformplan.metric.Metric;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Quantity;
import java.util.Optional;

/**
 * One quantity a target states, with the metric it measures when known: from the target's explicit
 * {@code value} and {@code metric}, or read from its text (a text may state several).
 *
 * @param pointer {@code /targets/i/value} for an explicit value, else {@code /targets/i/text}
 */
public record TargetStatement(Target target, JsonPointer pointer, Quantity quantity, Optional<Metric> metric) {

    /** Same metric and unit: the two can be compared. */
    public boolean comparableWith(TargetStatement other) {
        return metric.isPresent() && other.metric.isPresent() && metric.get().id().equals(other.metric.get().id())
                && quantity.unit() == other.quantity.unit() && quantity.direction() == other.quantity.direction();
    }
}
