package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Quantity;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * A quantity that cannot be: a share outside 0–100% (an increase or decrease may exceed 100%), a
 * ratio x/y with x greater than y ("70/69 xã"), a negative count.
 */
@RuleInfo(id = "target-out-of-range", severity = Severity.ERROR,
        reads = {"/targets/*/text", "/targets/*/value"}, summary = "A target states an impossible quantity")
public final class TargetOutOfRangeRule implements PlanRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (TargetStatement s : ctx.derived(Targets.ALL)) {
            if (impossible(s.quantity())) {
                sink.at(s.pointer()).args(s.target().id(), s.quantity().display()).report();
            }
        }
    }

    static boolean impossible(Quantity q) {
        Stream<BigDecimal> values = Stream.of(q.amount(), q.min(), q.max()).filter(java.util.Objects::nonNull);
        return switch (q.unit()) {
            case PERCENT -> values.anyMatch(v -> v.signum() < 0
                    || q.direction() == Quantity.Direction.NONE && v.compareTo(HUNDRED) > 0);
            case RATIO -> q.numerator().signum() < 0 || q.numerator().compareTo(q.denominator()) > 0;
            case COUNT -> values.anyMatch(v -> v.signum() < 0);
        };
    }
}
