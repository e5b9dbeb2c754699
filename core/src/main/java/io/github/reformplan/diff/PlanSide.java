package io.github.reformplan.diff;

import io.github.reformplan.engine.Location;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.read.SourceMap;
import java.util.Objects;

/**
 * One revision of a plan as the diff sees it: the name it is reported under (a path, or
 * {@code REV:path} for a git revision), the plan and where each of its values stands in the source.
 */
public record PlanSide(String name, Plan plan, SourceMap index) {

    public PlanSide {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(index, "index");
    }

    /** The place of the value at {@code pointer}: line and column, or the cell of an office document. */
    public Location at(JsonPointer pointer) {
        return new Location(name, pointer, index.region(pointer));
    }

    /** The place of the value at {@code pointer}, given as text ({@code "/tasks"}). */
    public Location at(String pointer) {
        return at(JsonPointer.parse(pointer));
    }
}
