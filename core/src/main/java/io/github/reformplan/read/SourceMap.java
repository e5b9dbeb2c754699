package io.github.reformplan.read;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.SourceRegion;

/**
 * Where each value of a read document came from, by JSON Pointer: a line and column of a YAML or
 * JSON file ({@link LocationIndex}), or a cell or paragraph of an office document (a
 * {@link PlanFormat}'s own map). A pointer with no place of its own (a missing property) is placed
 * at its nearest ancestor that has one.
 */
public interface SourceMap {

    /** The position the model records for the value at {@code pointer} (line and column 0 outside text files). */
    Position locate(JsonPointer pointer);

    /** The position of the property name at {@code pointer} (its value's when it has none). */
    Position locateKey(JsonPointer pointer);

    /** Where a person finds the value at {@code pointer} in the source. */
    default SourceRegion region(JsonPointer pointer) {
        Position p = locate(pointer);
        return SourceRegion.at(p.line(), p.column());
    }

    /** Where a person finds the property name at {@code pointer} in the source. */
    default SourceRegion keyRegion(JsonPointer pointer) {
        Position p = locateKey(pointer);
        return SourceRegion.at(p.line(), p.column());
    }
}
