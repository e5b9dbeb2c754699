package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.SourceRegion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a finding points: the file, the JSON Pointer into the plan's model, and the place in the
 * source a person opens: a line and column for YAML and JSON, a table cell, a sheet cell or a
 * paragraph for Word and Excel files.
 */
public record Location(String file, JsonPointer pointer, SourceRegion region) {

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(region, "region");
    }

    /** A place in a text file; line {@code 0} when the file as a whole is at fault. */
    public Location(String file, JsonPointer pointer, int line, int column) {
        this(file, pointer, SourceRegion.at(line, column));
    }

    /** The 1-based line in a text file; {@code 0} for the file as a whole and for office documents. */
    public int line() {
        return region instanceof SourceRegion.TextPosition t ? t.line() : 0;
    }

    /** The 1-based column in a text file; {@code 0} when {@link #line()} is. */
    public int column() {
        return region instanceof SourceRegion.TextPosition t ? t.column() : 0;
    }

    /** Whether this is a cell or a paragraph of an office document, not a place in a text file. */
    public boolean inDocument() {
        return !(region instanceof SourceRegion.TextPosition);
    }

    /** {@code file:line:col}, {@code file: <cell>}, or the file alone for the file as a whole. */
    public String describe(Locale locale) {
        if (region instanceof SourceRegion.TextPosition t) {
            return t.line() > 0 ? file + ':' + t.line() + ':' + t.column() : file;
        }
        return file + ": " + reference(region, locale);
    }

    /**
     * The region alone, in the reader's language: {@code 12:5}, {@code Bảng 2, hàng 53, cột «…»},
     * {@code 'Phụ lục'!F24, cột «…»}, {@code đoạn 14 («III. NHIỆM VỤ»)}; {@code ""} for the file as a whole.
     */
    public static String reference(SourceRegion region, Locale locale) {
        if (region instanceof SourceRegion.TextPosition t) {
            return t.line() > 0 ? t.line() + ":" + t.column() : "";
        }
        if (region instanceof SourceRegion.TableCell c) {
            return Messages.format(locale, c.header().isBlank() ? "location.table-cell" : "location.table-cell-header",
                    List.of(c.table(), c.row(), c.column(), c.header()));
        }
        if (region instanceof SourceRegion.SheetCell c) {
            return c.header().isBlank() ? c.reference()
                    : Messages.format(locale, "location.sheet-cell-header", List.of(c.reference(), c.header()));
        }
        SourceRegion.Paragraph p = (SourceRegion.Paragraph) region;
        return Messages.format(locale, p.part().isBlank() ? "location.paragraph" : "location.paragraph-part",
                List.of(p.number(), p.part()));
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
