package io.github.reformplan.metric;

import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change to the built-in floors, from a user's configuration.
 *
 * <p>It applies to every floor of {@code metric} that covers {@code year} (and, when {@code source} is
 * set, comes from that source): each non-null field replaces the floor's value ({@code from} is kept).
 * When no floor matches and {@code comparator} and {@code amount} are set, it adds a floor from
 * {@code year} to {@code to}; otherwise it is an error, so that a mistyped override does not pass
 * unnoticed.
 *
 * @param metric     metric id
 * @param year       a plan year the floor to change covers, or the first year of a new floor
 * @param enabled    switch the floor on or off; null keeps it (a new floor is on)
 * @param comparator new comparator, or null
 * @param amount     new amount, or null
 * @param unit       unit of a new floor (default percent); null keeps it
 * @param to         new last year, or null
 * @param source     restricts the override to floors from this legal text; the source of a new floor
 *                   (default {@code "cấu hình"})
 * @param note       new note, or null
 */
public record FloorOverride(String metric, int year, Boolean enabled, Comparator comparator, BigDecimal amount,
        Unit unit, Integer to, String source, String note) {

    public FloorOverride {
        Objects.requireNonNull(metric, "metric");
    }

    /** Switches on the floors of {@code metric} that cover {@code year}. */
    public static FloorOverride enable(String metric, int year) {
        return new FloorOverride(metric, year, true, null, null, null, null, null, null);
    }

    /** Switches off the floors of {@code metric} that cover {@code year}. */
    public static FloorOverride disable(String metric, int year) {
        return new FloorOverride(metric, year, false, null, null, null, null, null, null);
    }

    /**
     * Sets and switches on the floor of {@code metric} for {@code year}: replaces the bound of the floors
     * covering that year, or adds an open-ended floor from that year.
     */
    public static FloorOverride set(String metric, int year, Comparator comparator, BigDecimal amount) {
        return new FloorOverride(metric, year, true, comparator, amount, null, null, null, null);
    }
}
