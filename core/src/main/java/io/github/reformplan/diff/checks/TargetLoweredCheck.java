package io.github.reformplan.diff.checks;

import io.github.reformplan.diff.ChangeCheck;
import io.github.reformplan.diff.ChangeSink;
import io.github.reformplan.diff.Comparison;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target asks for less than it did, comparing the quantities the target parser reads (so rewording
 * that states the same quantity is no change): a floor ({@code >=}, {@code >}, {@code =}, {@code ~}, a
 * ratio, a range's minimum) goes down or is dropped, a ceiling ({@code <=}, {@code <}, a range's maximum)
 * goes up or is dropped, or a strict bound becomes inclusive at the same amount. Quantities are compared
 * in order, only where they have the same unit, counted noun and direction.
 */
@RuleInfo(id = "target-lowered", severity = Severity.ERROR, summary = "A target asks for less than it did")
public final class TargetLoweredCheck implements ChangeCheck {

    @Override
    public void check(Comparison c, ChangeSink sink) {
        for (Comparison.Pair<Target> p : c.targets().pairs()) {
            List<Quantity> before = p.old().quantities();
            List<Quantity> after = p.current().quantities();
            if (before == null || after == null) {
                continue;
            }
            for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                Quantity a = before.get(i);
                Quantity b = after.get(i);
                if (comparable(a, b) && weaker(a, b)) {
                    sink.report(c.oldSide().at(place(p.old())), c.newSide().at(place(p.current())),
                            p.current().id(), a.display(), b.display());
                    break;
                }
            }
        }
    }

    private static io.github.reformplan.model.JsonPointer place(Target t) {
        return t.position().pointer().append(t.quantityFromValue() ? "value" : "text");
    }

    private static boolean comparable(Quantity a, Quantity b) {
        return a.unit() == b.unit() && a.direction() == b.direction()
                && (a.noun() == null || b.noun() == null || Objects.equals(a.noun(), b.noun()));
    }

    /** Whether {@code b} allows what {@code a} did not. */
    static boolean weaker(Quantity a, Quantity b) {
        Optional<BigDecimal> floor = a.lowerBound();
        if (floor.isPresent()) {
            Optional<BigDecimal> newFloor = b.lowerBound();
            if (newFloor.isEmpty()) {
                return true;
            }
            int cmp = newFloor.get().compareTo(floor.get());
            if (cmp < 0 || cmp == 0 && a.comparator().strict() && !b.comparator().strict()) {
                return true;
            }
        }
        if (ceiling(a)) {
            Optional<BigDecimal> newCeiling = b.upperBound();
            if (newCeiling.isEmpty()) {
                return true;
            }
            int cmp = newCeiling.get().compareTo(a.upperBound().get());
            return cmp > 0 || cmp == 0 && a.comparator().strict() && !b.comparator().strict();
        }
        return false;
    }

    /** A target that bounds from above: {@code <=}, {@code <}, a range. */
    private static boolean ceiling(Quantity q) {
        return (q.comparator() == Quantity.Comparator.AT_MOST || q.comparator() == Quantity.Comparator.LESS_THAN
                || q.comparator() == Quantity.Comparator.BETWEEN) && q.upperBound().isPresent();
    }
}
