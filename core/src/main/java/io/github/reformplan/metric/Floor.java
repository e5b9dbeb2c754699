package io.github.reformplan.metric;

import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The national minimum for a metric over a span of plan years.
 *
 * @param metric     the metric id
 * @param from       first plan year the floor applies to
 * @param to         last plan year, or null when open-ended
 * @param comparator how the floor bounds targets; {@link Comparator#AT_LEAST} for every built-in floor
 * @param amount     the floor
 * @param unit       the unit of {@code amount}
 * @param source     the legal text it comes from ({@code NQ 76/NQ-CP})
 * @param enabled    false for a figure that ships switched off (unverified), until configuration enables it
 * @param note       what the text says, in Vietnamese; may be null
 */
public record Floor(String metric, int from, Integer to, Comparator comparator, BigDecimal amount, Unit unit,
        String source, boolean enabled, String note) {

    public Floor {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (comparator == Comparator.BETWEEN) {
            throw new IllegalArgumentException("A floor is a single bound, not a range: " + metric);
        }
        if (to != null && to < from) {
            throw new IllegalArgumentException("Floor for " + metric + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether the floor applies to plans of {@code year}. */
    public boolean covers(int year) {
        return year >= from && (to == null || year <= to);
    }

    /** The same floor, switched on or off. */
    public Floor withEnabled(boolean on) {
        return new Floor(metric, from, to, comparator, amount, unit, source, on, note);
    }

    /**
     * Whether a target allows values below this floor: for a lower floor ({@code >=}, {@code >}), the
     * target's {@linkplain Quantity#lowerBound() lower bound} is under the floor ({@code trên 79%} and
     * {@code từ 70% đến 90%} are below a floor of 80%; {@code đạt 80%} is not). A target with no lower
     * bound ({@code không quá 90%}), or in another unit, cannot be judged and is not reported. A ratio
     * counts as its percentage when the floor is a percentage. Upper floors ({@code <=}, {@code <}) are
     * judged on the target's upper bound.
     */
    public boolean isViolatedBy(Quantity target) {
        boolean percentLike = target.unit() == Unit.PERCENT || target.unit() == Unit.RATIO;
        if (unit == Unit.PERCENT ? !percentLike : target.unit() != unit) {
            return false;
        }
        switch (comparator) {
            case AT_LEAST:
            case MORE_THAN: {
                Optional<BigDecimal> low = target.lowerBound();
                if (low.isEmpty()) {
                    return false;
                }
                int c = low.get().compareTo(amount);
                if (c != 0) {
                    return c < 0;
                }
                // equal to the floor: fine for ">=", short of it for ">" unless the target excludes it too
                return comparator == Comparator.MORE_THAN && !target.comparator().strict();
            }
            case AT_MOST:
            case LESS_THAN: {
                Optional<BigDecimal> high = target.upperBound();
                if (high.isEmpty()) {
                    return false;
                }
                int c = high.get().compareTo(amount);
                if (c != 0) {
                    return c > 0;
                }
                return comparator == Comparator.LESS_THAN && !target.comparator().strict();
            }
            default:
                return false; // EQUAL / ABOUT floors are not bounds
        }
    }
}
