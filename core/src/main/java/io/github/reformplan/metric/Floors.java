package io.github.reformplan.metric;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Unit;
import io.github.reformplan.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * National floors per metric and year: the least a plan's target may state (rule {@code target-below-floor}).
 *
 * <p>Immutable and thread-safe. The built-in set ({@code io/github/reformplan/data/floors.yaml}) holds only
 * figures from national legal texts (NQ 76/NQ-CP, QĐ 282/QĐ-TTg); provincial practice is not a national
 * floor. Figures not yet confirmed by a second source ship disabled; {@link #withOverrides(Collection)}
 * enables, disables, changes or adds floors from a user's configuration.
 */
public final class Floors {

    private static final String RESOURCE = "/io/github/reformplan/data/floors.yaml";

    private final List<Floor> entries;

    private Floors(List<Floor> entries) {
        this.entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final Floors BUILT_IN = loadBuiltIn();

        private static Floors loadBuiltIn() {
            try (InputStream in = Floors.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }

    /** The floors shipped with reformplan, loaded once. */
    public static Floors builtIn() {
        return Holder.BUILT_IN;
    }

    /** A set of the given floors. */
    public static Floors of(Collection<Floor> floors) {
        return new Floors(new ArrayList<>(floors));
    }

    /**
     * Reads floors in the format of the built-in {@code floors.yaml}. The stream is not closed.
     *
     * @throws IOException if the YAML cannot be read or does not have that format
     * @throws IllegalArgumentException if an entry is invalid
     */
    public static Floors load(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FloorsFile file = mapper.readValue(yaml, FloorsFile.class);
        List<Floor> out = new ArrayList<>();
        if (file != null && file.floors != null) {
            for (FloorEntry e : file.floors) {
                if (e.from == null || e.comparator == null || e.unit == null || e.enabled == null) {
                    throw new IllegalArgumentException("Floor for " + e.metric + ": from, comparator, unit and enabled are required");
                }
                out.add(new Floor(e.metric, e.from, e.to, Comparator.fromSymbol(e.comparator), e.amount,
                        unit(e.unit), e.source, e.enabled, e.note));
            }
        }
        return new Floors(out);
    }

    /** Every floor, enabled or not, in definition order. */
    public List<Floor> all() {
        return entries;
    }

    /**
     * The enabled floor for a metric in a plan year. When several enabled floors cover the year, the
     * strictest wins (the highest amount for a lower bound, the lowest for an upper bound).
     */
    public Optional<Floor> floorFor(String metricId, int year) {
        Floor best = null;
        for (Floor f : entries) {
            if (!f.enabled() || !f.metric().equals(metricId) || !f.covers(year)) {
                continue;
            }
            if (best == null || stricter(f, best)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * These floors with overrides applied in order (see {@link FloorOverride}).
     *
     * @throws IllegalArgumentException if an override matches no floor and does not define a new one
     */
    public Floors withOverrides(Collection<FloorOverride> overrides) {
        List<Floor> out = new ArrayList<>(entries);
        for (FloorOverride o : overrides) {
            boolean matched = false;
            for (int i = 0; i < out.size(); i++) {
                Floor f = out.get(i);
                if (f.metric().equals(o.metric()) && f.covers(o.year()) && sameSource(o.source(), f.source())) {
                    out.set(i, apply(f, o));
                    matched = true;
                }
            }
            if (!matched) {
                if (o.comparator() == null || o.amount() == null) {
                    throw new IllegalArgumentException("Floor override for " + o.metric() + " in " + o.year()
                            + (o.source() == null ? "" : " (" + o.source() + ")")
                            + " matches no floor; give comparator and amount to add one");
                }
                out.add(new Floor(o.metric(), o.year(), o.to(), o.comparator(), o.amount(),
                        o.unit() == null ? Unit.PERCENT : o.unit(),
                        o.source() == null ? "cấu hình" : o.source(),
                        o.enabled() == null || o.enabled(), o.note()));
            }
        }
        return new Floors(out);
    }

    private static Floor apply(Floor f, FloorOverride o) {
        return new Floor(f.metric(), f.from(),
                o.to() != null ? o.to() : f.to(),
                o.comparator() != null ? o.comparator() : f.comparator(),
                o.amount() != null ? o.amount() : f.amount(),
                o.unit() != null ? o.unit() : f.unit(),
                f.source(),
                o.enabled() != null ? o.enabled() : f.enabled(),
                o.note() != null ? o.note() : f.note());
    }

    private static boolean sameSource(String wanted, String actual) {
        return wanted == null || VietnameseText.foldKey(wanted).equals(VietnameseText.foldKey(actual));
    }

    private static boolean stricter(Floor a, Floor b) {
        boolean upper = a.comparator() == Comparator.AT_MOST || a.comparator() == Comparator.LESS_THAN;
        int c = a.amount().compareTo(b.amount());
        if (c == 0) {
            return a.comparator().strict() && !b.comparator().strict();
        }
        return upper ? c < 0 : c > 0;
    }

    private static Unit unit(String unit) {
        String u = unit.strip();
        if (u.equals("%")) {
            return Unit.PERCENT;
        }
        return Unit.valueOf(u.toUpperCase(Locale.ROOT));
    }

    // YAML shape of floors.yaml
    static final class FloorsFile {
        public List<FloorEntry> floors;
    }

    static final class FloorEntry {
        public String metric;
        public Integer from;
        public Integer to;
        public String comparator;
        public BigDecimal amount;
        public String unit;
        public String source;
        public Boolean enabled;
        public String note;
    }
}
