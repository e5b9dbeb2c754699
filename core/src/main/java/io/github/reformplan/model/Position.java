package io.github.reformplan.model;

/**
 * Where a model element came from in its source file: the JSON Pointer and the 1-based line and
 * column of the value's first character.
 */
public record Position(JsonPointer pointer, int line, int column) {

    public Position {
        java.util.Objects.requireNonNull(pointer, "pointer");
    }

    public static Position of(JsonPointer pointer) {
        return new Position(pointer, 0, 0);
    }
}
