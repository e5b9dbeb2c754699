package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;

/**
 * Where a finding points: the file, the JSON Pointer, and the 1-based line and column
 * (0 when the file as a whole is at fault, e.g. it is empty).
 */
public record Location(String file, JsonPointer pointer, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
