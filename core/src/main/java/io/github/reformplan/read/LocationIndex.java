package io.github.reformplan.read;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value (and every object key) of a document, by JSON Pointer.
 * Positions are packed into one {@code long} per node to keep large batches small.
 */
public final class LocationIndex implements SourceMap {

    private final Map<String, Long> values;
    private final Map<String, Long> keys;

    LocationIndex(Map<String, Long> values, Map<String, Long> keys) {
        this.values = values;
        this.keys = keys;
    }

    public static LocationIndex empty() {
        return new LocationIndex(new HashMap<>(), new HashMap<>());
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /**
     * The position of the value at {@code pointer}; for a place that does not exist (a missing
     * property), the position of the nearest existing ancestor: its property name when it has one
     * ({@code plan:} for a missing {@code /plan/issuer}), else its value.
     */
    @Override
    public Position locate(JsonPointer pointer) {
        Long packed = values.get(pointer.toString());
        if (packed != null) {
            return new Position(pointer, (int) (packed >>> 32), (int) (long) packed);
        }
        for (JsonPointer p = pointer.parent(); ; p = p.parent()) {
            Long at = keys.get(p.toString());
            if (at == null) {
                at = values.get(p.toString());
            }
            if (at != null) {
                return new Position(pointer, (int) (at >>> 32), (int) (long) at);
            }
            if (p.isRoot()) {
                return new Position(pointer, 1, 1);
            }
        }
    }

    /** The position of the property name at {@code pointer} (falls back to its value). */
    @Override
    public Position locateKey(JsonPointer pointer) {
        Long packed = keys.get(pointer.toString());
        return packed == null ? locate(pointer) : new Position(pointer, (int) (packed >>> 32), (int) (long) packed);
    }
}
