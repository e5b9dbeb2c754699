package io.github.reformplan.model;

import java.util.Objects;

/**
 * Where something stands in its source file, as a person finds it there: a line and column in a
 * YAML or JSON file, a cell of a Word table, a cell of an Excel sheet, or a paragraph of a Word
 * document. Counting is as Word and Excel count, from 1, header rows included.
 */
public sealed interface SourceRegion
        permits SourceRegion.TextPosition, SourceRegion.TableCell, SourceRegion.SheetCell, SourceRegion.Paragraph {

    /**
     * The order a reader meets places in: the file as a whole first, then by line and column, by table,
     * row and column, by sheet, row and column, by paragraph; kinds of place do not mix in one file.
     */
    java.util.Comparator<SourceRegion> READING_ORDER = java.util.Comparator
            .comparing((SourceRegion r) -> r.getClass().getSimpleName())
            .thenComparing(r -> r instanceof SheetCell s ? s.sheet() : "")
            .thenComparingLong(SourceRegion::orderKey);

    /** A sortable number for places of one kind (and one sheet). */
    private static long orderKey(SourceRegion r) {
        if (r instanceof TextPosition t) {
            return ((long) t.line() << 32) | t.column();
        }
        if (r instanceof TableCell c) {
            return ((long) c.table() << 42) | ((long) c.row() << 16) | c.column();
        }
        if (r instanceof SheetCell s) {
            return ((long) s.row() << 20) | s.column();
        }
        return ((Paragraph) r).number();
    }

    /** The file as a whole (an empty file, an unreadable one). */
    TextPosition WHOLE_FILE = new TextPosition(0, 0);

    static TextPosition at(int line, int column) {
        return line <= 0 ? WHOLE_FILE : new TextPosition(line, Math.max(0, column));
    }

    /** A 1-based line and column of a text file; {@code 0:0} for the file as a whole. */
    record TextPosition(int line, int column) implements SourceRegion {
    }

    /**
     * A cell of a Word table: the {@code table}-th table of the body in reading order (every table
     * counted), its {@code row}-th physical row (header rows counted) and {@code column}-th grid
     * column, with the column's header text ({@code ""} when it has none).
     */
    record TableCell(int table, int row, int column, String header) implements SourceRegion {
        public TableCell {
            header = Objects.requireNonNullElse(header, "");
        }
    }

    /** A cell of an Excel sheet, with its column's header text ({@code ""} when it has none). */
    record SheetCell(String sheet, int row, int column, String header) implements SourceRegion {
        public SheetCell {
            Objects.requireNonNull(sheet, "sheet");
            header = Objects.requireNonNullElse(header, "");
        }

        /** The cell's A1 reference, e.g. {@code F24}. */
        public String a1() {
            StringBuilder letters = new StringBuilder();
            for (int c = column; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString() + row;
        }

        /** The reference Excel accepts in a formula or the Name Box: {@code 'Phụ lục'!F24}. */
        public String reference() {
            return "'" + sheet.replace("'", "''") + "'!" + a1();
        }
    }

    /** The {@code number}-th paragraph of a Word document's body, in the part titled {@code part}. */
    record Paragraph(int number, String part) implements SourceRegion {
        public Paragraph {
            part = Objects.requireNonNullElse(part, "");
        }
    }
}
