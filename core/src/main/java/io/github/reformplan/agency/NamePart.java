package io.github.reformplan.agency;

import java.util.Objects;

/**
 * One agency name found in a table cell or list item by {@link AgencyRegistry#split(String)}.
 *
 * <p>{@code text} is always the literal substring {@code cell.substring(offset, offset + text.length())},
 * so a finding can point into the cell and a fix can replace exactly that text. {@code name} is what to
 * look up: the same as {@code text}, except for the enumerated form {@code "Các Sở: Tài chính, Tư pháp"},
 * where the part {@code "Tư pháp"} has the name {@code "Sở Tư pháp"}.
 *
 * @param text   the name as written, trimmed of bullets, list numbering and trailing punctuation
 * @param offset index of {@code text} in the cell (in {@code char}s of the string as given)
 * @param name   the name to pass to {@link AgencyRegistry#lookup(String)}
 */
public record NamePart(String text, int offset, String name) {

    public NamePart {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
    }

    /** A part whose name is its text. */
    public NamePart(String text, int offset) {
        this(text, offset, text);
    }
}
