package io.github.reformplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency named in a task's {@code lead} or {@code support} list or a responsibility's {@code agency}, as the
 * agency registry resolved it when the plan was bound, with the plan's level and date: a commune plan's
 * "Trung tâm Phục vụ hành chính công" is the commune's centre. A list item may name several agencies
 * ("Văn phòng UBND tỉnh, Sở KH&amp;CN"); each is one resolved agency.
 *
 * <pre>{@code
 * for (ResolvedAgency a : task.agencies().lead()) {
 *     System.out.println(a.text() + " -> " + a.agency().map(ResolvedAgency.Known::name).orElse("?"));
 *     // Sở KHCN -> Sở Khoa học và Công nghệ
 * }
 * }</pre>
 *
 * @param item    index of the list item that holds the name (the first, when {@code items} is more than 1)
 * @param items   how many list items the name spans: 1, or more when an unquoted YAML flow list split a name
 *                at its commas ({@code [Các phòng, đơn vị thuộc UBND xã]} is one name over two items)
 * @param text    the name as written in the item, trimmed of bullets and numbering (the items joined with
 *                {@code ", "} for a split name)
 * @param offset  where {@code text} starts in the item
 * @param name    what was looked up: {@code text}, except in an enumeration ("Các Sở: Tài chính, Tư pháp"
 *                gives the name "Sở Tư pháp" for the text "Tư pháp")
 * @param match   how the name matched
 * @param written the part of {@code text} that names the agency; {@code text} when unknown
 * @param canonical whether {@code written} is the canonical name (up to case, spacing, Unicode form and tone
 *                placement; a commune body with its level word, "Văn phòng HĐND và UBND xã", is canonical)
 * @param remark  what {@code text} says besides the name ({@code "chủ trì"}, the place {@code "tỉnh Hà Tĩnh"}),
 *                or {@code ""}
 * @param known   the agency, when the registry knows the name
 */
public record ResolvedAgency(int item, int items, String text, int offset, String name, Match match, String written,
        boolean canonical, String remark, Known known) {

    /** How a name matched the registry. */
    public enum Match {
        /** The canonical name (or it qualified with its place: "Sở Tư pháp tỉnh Hà Tĩnh"). */
        EXACT,
        /** Another spelling of a whole name: an abbreviation, an alias, no accents ("Sở KHCN"). */
        ALIAS,
        /** A known name inside a longer text ("Sở Nội vụ chủ trì đối với ..."). */
        CONTAINED,
        /** No known name. */
        UNKNOWN
    }

    /**
     * The agency a name resolved to.
     *
     * @param id         the registry's id ({@code so-khoa-hoc-cong-nghe})
     * @param name       its canonical name
     * @param kind       its kind, as the registry writes it ({@code department}, {@code group}, ...)
     * @param level      its level ({@code province}, {@code district}, {@code commune}, {@code central}, {@code any})
     * @param validFrom  first day it existed, or {@code null}
     * @param validTo    last day it existed, or {@code null} while it exists
     * @param successors the canonical names of the agencies that took over its work, main successor first
     */
    public record Known(String id, String name, String kind, String level, LocalDate validFrom, LocalDate validTo,
            List<String> successors) {

        public Known {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            successors = List.copyOf(successors);
        }

        /** Whether it existed on that day (both ends inclusive). */
        public boolean existsOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }

        /** Whether it had ceased to exist before that day. */
        public boolean defunctOn(LocalDate date) {
            return validTo != null && validTo.isBefore(date);
        }
    }

    public ResolvedAgency {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        written = written == null ? text : written;
        remark = remark == null ? "" : remark;
        if ((known == null) != (match == Match.UNKNOWN)) {
            throw new IllegalArgumentException("a known agency needs a match, an unknown one none: " + match);
        }
        if (item < 0 || items < 1 || offset < 0) {
            throw new IllegalArgumentException("item " + item + ", items " + items + ", offset " + offset);
        }
    }

    /** The agency, when known. */
    public Optional<Known> agency() {
        return Optional.ofNullable(known);
    }

    /** The canonical name when known, else the name as written. */
    public String canonicalName() {
        return known != null ? known.name() : name;
    }
}
