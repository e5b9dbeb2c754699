package io.github.reformplan.office;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.SourceMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each value of an imported document came from: a cell of a table or sheet, or a paragraph. A pointer
 * with no place of its own is placed at its nearest ancestor that has one. Immutable once built.
 */
final class OfficeSourceMap implements SourceMap {

    private final Map<String, SourceRegion> regions;

    private OfficeSourceMap(Map<String, SourceRegion> regions) {
        this.regions = Map.copyOf(regions);
    }

    @Override
    public Position locate(JsonPointer pointer) {
        return Position.of(pointer);
    }

    @Override
    public Position locateKey(JsonPointer pointer) {
        return Position.of(pointer);
    }

    @Override
    public SourceRegion region(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.isRoot() ? null : p.parent()) {
            SourceRegion r = regions.get(p.toString());
            if (r != null) {
                return r;
            }
        }
        return SourceRegion.WHOLE_FILE;
    }

    @Override
    public SourceRegion keyRegion(JsonPointer pointer) {
        return region(pointer);
    }

    /** Collects places while a reader builds the tree; the first place given for a pointer stays. */
    static final class Builder {
        private final Map<String, SourceRegion> regions = new LinkedHashMap<>();

        Builder put(JsonPointer pointer, SourceRegion region) {
            if (region != null) {
                regions.putIfAbsent(pointer.toString(), region);
            }
            return this;
        }

        OfficeSourceMap build() {
            return new OfficeSourceMap(regions);
        }
    }
}
