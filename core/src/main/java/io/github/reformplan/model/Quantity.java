package io.github.reformplan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurable quantity stated in a target: a comparator, an amount (or a range, or a ratio) and a unit.
 * Each target's quantities are read once, when the plan is bound ({@link Target#quantities()}).
 *
 * <pre>{@code
 * // "Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 75%"
 * Quantity q = target.quantities().get(0);
 * q.comparator();   // AT_LEAST
 * q.amount();       // 75
 * q.unit();         // PERCENT
 * q.lowerBound();   // Optional[75]
 * q.display();      // ">= 75%"
 * }</pre>
 *
 * <p>Which components are set depends on the comparator and unit:
 * <ul>
 *   <li>{@link Comparator#BETWEEN}: {@code min} and {@code max}; {@code amount} is null;</li>
 *   <li>every other comparator: {@code amount}; {@code min} and {@code max} are null;</li>
 *   <li>{@link Unit#RATIO} ({@code 69/69 xã, phường}): {@code numerator} and {@code denominator}, and
 *       {@code amount} is their percentage equivalent ({@code 23/28 → 82.14}); null when the
 *       denominator is zero;</li>
 *   <li>{@code noun}: the counted noun for {@link Unit#COUNT} and {@link Unit#RATIO}
 *       ({@code "sáng kiến"}, {@code "cuộc"}, {@code "xã, phường"}), null when none is written and always
 *       null for {@link Unit#PERCENT};</li>
 *   <li>{@code direction}: {@link Direction#DECREASE} for {@code Giảm tối thiểu 2,5%} (a change, not a
 *       level), {@link Direction#NONE} otherwise;</li>
 *   <li>{@code offset}, {@code length}: where the phrase was found in the text given to the parser,
 *       from the first comparator or direction word to the unit or {@code trở lên} (the noun is not
 *       part of it); both 0 for a quantity that was not read from text.</li>
 * </ul>
 */
public record Quantity(
        Comparator comparator,
        BigDecimal amount,
        BigDecimal min,
        BigDecimal max,
        Unit unit,
        String noun,
        BigDecimal numerator,
        BigDecimal denominator,
        Direction direction,
        int offset,
        int length) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a target bounds its metric. */
    public enum Comparator {
        AT_LEAST(">="),
        MORE_THAN(">"),
        EQUAL("="),
        ABOUT("~"),
        AT_MOST("<="),
        LESS_THAN("<"),
        BETWEEN("between");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /** The symbol used in plan files and reports: {@code >=}, {@code >}, {@code =}, {@code ~}, {@code <=}, {@code <}, {@code between}. */
        public String symbol() {
            return symbol;
        }

        /** True for {@code >} and {@code <}: the bound itself is excluded. */
        public boolean strict() {
            return this == MORE_THAN || this == LESS_THAN;
        }

        /**
         * The comparator for a symbol; also accepts {@code ≥ ≤ ≈ ==}, the enum name in any case and
         * surrounding spaces.
         *
         * @throws IllegalArgumentException for anything else
         */
        public static Comparator fromSymbol(String symbol) {
            String s = symbol == null ? "" : symbol.strip();
            for (Comparator c : values()) {
                if (c.symbol.equalsIgnoreCase(s) || c.name().equalsIgnoreCase(s.replace('-', '_'))) {
                    return c;
                }
            }
            switch (s) {
                case "≥":
                case "=>":
                    return AT_LEAST;
                case "≤":
                case "=<":
                    return AT_MOST;
                case "==":
                    return EQUAL;
                case "≈":
                    return ABOUT;
                default:
                    throw new IllegalArgumentException("Unknown comparator: " + symbol);
            }
        }
    }

    /** What the amount counts. */
    public enum Unit {
        /** A percentage ({@code 75%}). */
        PERCENT("%"),
        /** A count of things ({@code 03 sáng kiến}). */
        COUNT("count"),
        /** A part of a whole ({@code 69/69 xã, phường}). */
        RATIO("ratio");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        /** {@code %}, {@code count} or {@code ratio}. */
        public String symbol() {
            return symbol;
        }

        /**
         * The unit for a symbol: {@code %} (or {@code percent}, {@code phần trăm}) is
         * {@link #PERCENT}, {@code ratio} is {@link #RATIO}, {@code count} is {@link #COUNT}; any other
         * non-blank word is a counted noun ({@code "cuộc"}, {@code "xã"}), hence {@link #COUNT}.
         *
         * @throws IllegalArgumentException for a blank symbol
         */
        public static Unit fromSymbol(String symbol) {
            String s = symbolKey(symbol);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("Blank unit");
            }
            switch (s) {
                case "%":
                case "percent":
                case "phan tram":
                    return PERCENT;
                case "ratio":
                    return RATIO;
                default:
                    return COUNT;
            }
        }
    }

    /** Lower case, without accents ({@code đ} is {@code d}) and with single spaces: "Phần  trăm" is "phan tram". */
    private static String symbolKey(String symbol) {
        String nfd = Normalizer.normalize(symbol == null ? "" : symbol.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (String word : nfd.strip().split("[\\s\u00a0]+")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "");
                word.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                        .map(c -> c == 'đ' ? 'd' : c).forEach(out::appendCodePoint);
            }
        }
        return out.toString();
    }

    /** Whether the target states a level ({@link #NONE}) or a change ({@code tăng}/{@code giảm}). */
    public enum Direction {
        NONE,
        INCREASE,
        DECREASE
    }

    public Quantity {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (comparator == Comparator.BETWEEN) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (amount != null) {
                throw new IllegalArgumentException("BETWEEN takes min and max, not amount");
            }
        } else if (min != null || max != null) {
            throw new IllegalArgumentException("min and max are for BETWEEN only");
        }
        if (unit == Unit.RATIO) {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (comparator == Comparator.BETWEEN) {
                throw new IllegalArgumentException("a ratio cannot be a range");
            }
        } else {
            if (numerator != null || denominator != null) {
                throw new IllegalArgumentException("numerator and denominator are for RATIO only");
            }
            if (comparator != Comparator.BETWEEN) {
                Objects.requireNonNull(amount, "amount");
            }
        }
        if (unit == Unit.PERCENT && noun != null) {
            throw new IllegalArgumentException("a percentage has no counted noun");
        }
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
    }

    /** A percentage or count not read from text ({@code >= 75 %}), e.g. a plan file's {@code value}. */
    public static Quantity of(Comparator comparator, BigDecimal amount, Unit unit) {
        if (unit == Unit.RATIO) {
            throw new IllegalArgumentException("use ratio(...) for a ratio");
        }
        return new Quantity(comparator, amount, null, null, unit, null, null, null, Direction.NONE, 0, 0);
    }

    /** A range not read from text. */
    public static Quantity between(BigDecimal min, BigDecimal max, Unit unit, String noun) {
        return new Quantity(Comparator.BETWEEN, null, min, max, unit, noun, null, null, Direction.NONE, 0, 0);
    }

    /** A ratio {@code numerator/denominator}, not read from text. */
    public static Quantity ratio(BigDecimal numerator, BigDecimal denominator, String noun) {
        return new Quantity(Comparator.EQUAL, percentOf(numerator, denominator), null, null, Unit.RATIO, noun,
                numerator, denominator, Direction.NONE, 0, 0);
    }

    /** {@code numerator / denominator × 100}, at most 2 decimals; null when the denominator is zero. */
    public static BigDecimal percentOf(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        if (Math.abs((long) numerator.precision() - numerator.scale()) > PLAIN_DIGITS
                || Math.abs((long) denominator.precision() - denominator.scale()) > PLAIN_DIGITS) {
            // never expanded: the quotient of numbers this far apart in size is computed in their precision
            return numerator.multiply(HUNDRED).divide(denominator, java.math.MathContext.DECIMAL64);
        }
        BigDecimal p = numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /**
     * The least value the target allows, for comparison with a floor: the amount for {@code >=},
     * {@code >}, {@code =} and {@code ~}; {@code min} for a range; the percentage equivalent for a
     * ratio; empty for {@code <=} and {@code <} (no lower bound). For {@code >} the bound itself is
     * excluded (see {@link Comparator#strict()}).
     */
    public Optional<BigDecimal> lowerBound() {
        switch (comparator) {
            case BETWEEN:
                return Optional.of(min);
            case AT_MOST:
            case LESS_THAN:
                return Optional.empty();
            default:
                return Optional.ofNullable(amount);
        }
    }

    /**
     * The greatest value the target allows: the amount for {@code <=}, {@code <}, {@code =} and
     * {@code ~}; {@code max} for a range; the percentage equivalent for a ratio; empty for {@code >=}
     * and {@code >} (no upper bound).
     */
    public Optional<BigDecimal> upperBound() {
        switch (comparator) {
            case BETWEEN:
                return Optional.of(max);
            case AT_LEAST:
            case MORE_THAN:
                return Optional.empty();
            default:
                return Optional.ofNullable(amount);
        }
    }

    /** Whether this quantity was read from text (it has a location). */
    public boolean located() {
        return length > 0;
    }

    /** The same quantity at another place in the text. */
    public Quantity at(int newOffset, int newLength) {
        return new Quantity(comparator, amount, min, max, unit, noun, numerator, denominator, direction,
                newOffset, newLength);
    }

    /**
     * A compact, language-neutral rendering for messages and logs: {@code >= 75%}, {@code 2..3 cuộc},
     * {@code = 69/69 xã, phường}, {@code >= 2.5% (giảm)}.
     */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (comparator == Comparator.BETWEEN) {
            sb.append(plain(min)).append("..").append(plain(max));
        } else if (unit == Unit.RATIO) {
            sb.append(comparator.symbol()).append(' ').append(plain(numerator)).append('/').append(plain(denominator));
        } else {
            sb.append(comparator.symbol()).append(' ').append(plain(amount));
        }
        if (unit == Unit.PERCENT) {
            sb.append('%');
        }
        if (noun != null) {
            sb.append(' ').append(noun);
        }
        if (direction == Direction.INCREASE) {
            sb.append(" (tăng)");
        } else if (direction == Direction.DECREASE) {
            sb.append(" (giảm)");
        }
        return sb.toString();
    }

    private static String plain(BigDecimal d) {
        return text(d);
    }

    /** Digits beyond which a number is written in scientific form rather than expanded. */
    private static final int PLAIN_DIGITS = 40;

    /**
     * A number as a person reads it ({@code 75}, {@code 2.5}), never expanded beyond a few dozen digits: a
     * value such as {@code 1e999999999} (13 bytes in a file) is written {@code 1e+999999999}, not as a billion
     * digits.
     */
    public static String text(BigDecimal d) {
        BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d;
        long digitsLeft = (long) s.precision() - s.scale();
        if (s.scale() > PLAIN_DIGITS || digitsLeft > PLAIN_DIGITS) {
            return s.toString().toLowerCase(Locale.ROOT);
        }
        return s.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
