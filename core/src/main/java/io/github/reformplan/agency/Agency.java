package io.github.reformplan.agency;

import io.github.reformplan.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One known agency (or group phrase), with the dates it existed and who took over its work.
 *
 * <pre>{@code
 * Agency tttt = registry.byId("so-thong-tin-truyen-thong").orElseThrow();
 * tttt.existsOn(LocalDate.of(2025, 2, 28));   // true
 * tttt.existsOn(LocalDate.of(2025, 3, 1));    // false: merged into Sở Khoa học và Công nghệ
 * }</pre>
 *
 * @param id         stable id, {@code [a-z0-9-]+}
 * @param name       canonical name (NFC, single spaces)
 * @param kind       what sort of body it is
 * @param level      level of government
 * @param aliases    other spellings and abbreviations (never empty strings)
 * @param patterns   regexes on the fold key for names that embed a place (see the data file header)
 * @param validFrom  first day it existed, or {@code null} when it predates anything a plan refers to
 * @param validTo    last day it existed, or {@code null} while it exists
 * @param successors ids of the agencies that took over its work, main successor first
 * @param basis      the legal text of the change, or {@code null}
 * @param note       a remark for maintainers, or {@code null}
 */
public record Agency(
        String id,
        String name,
        AgencyKind kind,
        AgencyLevel level,
        List<String> aliases,
        List<String> patterns,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> successors,
        String basis,
        String note) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * @throws IllegalArgumentException for a bad id, a blank name, a missing kind or level, or
     *                                  {@code validFrom} after {@code validTo}
     */
    public Agency {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("agency id '" + id + "' does not match [a-z0-9-]+");
        }
        name = VietnameseText.clean(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("agency '" + id + "' has no name");
        }
        Objects.requireNonNull(kind, () -> "agency '" + id + "' has no kind");
        Objects.requireNonNull(level, () -> "agency '" + id + "' has no level");
        aliases = cleanList(aliases);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        successors = successors == null ? List.of() : List.copyOf(successors);
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException(
                    "agency '" + id + "': validFrom " + validFrom + " is after validTo " + validTo);
        }
        basis = blankToNull(basis);
        note = blankToNull(note);
    }

    /** Whether the agency existed on that day ({@code validFrom} and {@code validTo} both inclusive). */
    public boolean existsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Starts a builder for an agency with no aliases, patterns, dates or successors. */
    public static Builder builder(String id, String name, AgencyKind kind, AgencyLevel level) {
        return new Builder(id, name, kind, level);
    }

    private static List<String> cleanList(List<String> in) {
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            String c = VietnameseText.clean(s);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds an {@link Agency}, e.g. for {@link AgencyRegistry#withExtra(List)}. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final AgencyKind kind;
        private final AgencyLevel level;
        private List<String> aliases = List.of();
        private List<String> patterns = List.of();
        private LocalDate validFrom;
        private LocalDate validTo;
        private List<String> successors = List.of();
        private String basis;
        private String note;

        private Builder(String id, String name, AgencyKind kind, AgencyLevel level) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.level = level;
        }

        public Builder aliases(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        public Builder patterns(String... patterns) {
            this.patterns = List.of(patterns);
            return this;
        }

        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        public Builder validTo(LocalDate validTo) {
            this.validTo = validTo;
            return this;
        }

        public Builder successors(String... successors) {
            this.successors = List.of(successors);
            return this;
        }

        public Builder basis(String basis) {
            this.basis = basis;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Agency build() {
            return new Agency(id, name, kind, level, aliases, patterns, validFrom, validTo, successors, basis, note);
        }
    }
}
