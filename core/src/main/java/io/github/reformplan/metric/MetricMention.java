package io.github.reformplan.metric;

import io.github.reformplan.model.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity found in a target text, with the metric its wording names (empty when none is recognised).
 * One quantity stated for several metrics at once ({@code 100% TTHC đủ điều kiện được cung cấp trực
 * tuyến toàn trình ... và được số hóa kết quả giải quyết}) gives one mention per metric.
 */
public record MetricMention(Quantity quantity, Optional<Metric> metric) {

    public MetricMention {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(metric, "metric");
    }
}
