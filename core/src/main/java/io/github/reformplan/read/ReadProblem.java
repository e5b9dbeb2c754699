package io.github.reformplan.read;

import io.github.reformplan.model.SourceRegion;
import java.util.List;
import java.util.Objects;

/**
 * Why a file could not be read (or, as a document's note, what its reader had to interpret), where
 * (a line and column, {@code 0:0} when the file as a whole is at fault, or a cell of an office
 * document), and the message variant and arguments of the {@code parse} finding it becomes.
 *
 * @param variant message key suffix: {@code syntax}, {@code empty}, {@code binary}, {@code encoding},
 *                {@code too-large}, {@code too-deep}, {@code aliases}, {@code duplicate-key}, {@code io}, …
 */
public record ReadProblem(String variant, List<Object> args, SourceRegion region) {

    public ReadProblem {
        args = List.copyOf(args);
        Objects.requireNonNull(region, "region");
    }

    public static ReadProblem of(String variant, int line, int column, Object... args) {
        return new ReadProblem(variant, List.of(args), SourceRegion.at(line, column));
    }

    /** A problem at a place of an office document. */
    public static ReadProblem at(String variant, SourceRegion region, Object... args) {
        return new ReadProblem(variant, List.of(args), region);
    }

    /** The 1-based line in a text file; {@code 0} for the file as a whole or an office document. */
    public int line() {
        return region instanceof SourceRegion.TextPosition t ? t.line() : 0;
    }

    /** The 1-based column in a text file; {@code 0} when {@link #line()} is. */
    public int column() {
        return region instanceof SourceRegion.TextPosition t ? t.column() : 0;
    }
}
