package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Two targets of one plan state different values for the same metric ("trên 98%" here, "trên 99%"
 * there): the plan contradicts itself and any report against it is ambiguous. Reported at the later
 * statement, naming the earlier.
 */
@RuleInfo(id = "target-conflict", severity = Severity.ERROR,
        reads = {"/targets/*/text", "/targets/*/value", "/targets/*/metric", "/targets/*/id"}, summary = "A metric is given different values in one plan")
public final class TargetConflictRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<TargetStatement> seen = new ArrayList<>();
        for (TargetStatement s : ctx.derived(Targets.ALL)) {
            for (TargetStatement earlier : seen) {
                if (earlier.target() != s.target() && earlier.comparableWith(s) && !sameBounds(earlier, s)) {
                    sink.at(s.pointer()).related(List.of(earlier.pointer())).args(s.metric().get().nameEn(), s.metric().get().nameVi(), s.target().id(),
                            s.quantity().display(), earlier.target().id(), earlier.quantity().display()).report();
                    break;
                }
            }
            seen.add(s);
        }
    }

    /** "trên 98%" and "từ 98% trở lên" say the same thing to a reader: compare the bounds, not the wording. */
    private static boolean sameBounds(TargetStatement a, TargetStatement b) {
        return same(a.quantity().lowerBound(), b.quantity().lowerBound())
                && same(a.quantity().upperBound(), b.quantity().upperBound());
    }

    private static boolean same(java.util.Optional<java.math.BigDecimal> x, java.util.Optional<java.math.BigDecimal> y) {
        return x.isPresent() == y.isPresent() && (x.isEmpty() || x.get().compareTo(y.get()) == 0);
    }
}
