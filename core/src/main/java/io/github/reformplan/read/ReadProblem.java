package io.github.reformplan.read;

import java.util.List;

/**
 * Why a file could not be read, where (1-based line and column; 0 when the file as a whole is at
 * fault), and the message variant and arguments of the {@code parse} finding it becomes.
 *
 * @param variant message key suffix: {@code syntax}, {@code empty}, {@code binary}, {@code encoding},
 *                {@code too-large}, {@code too-deep}, {@code aliases}, {@code duplicate-key}, {@code io}
 */
public record ReadProblem(String variant, List<Object> args, int line, int column) {

    public ReadProblem {
        args = List.copyOf(args);
    }

    public static ReadProblem of(String variant, int line, int column, Object... args) {
        return new ReadProblem(variant, List.of(args), line, column);
    }
}
