package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.Severity;
import io.github.reformplan.rules.Pointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two targets or two tasks share an id, or two plans validated together share a plan id: links and
 * reports by id would then be ambiguous. Reported at each repeat, naming the first.
 */
@RuleInfo(id = "id-duplicate", severity = Severity.ERROR, summary = "Two targets, tasks or plans share an id")
public final class IdDuplicateRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Plan plan = ctx.plan();
        repeats(plan.targets(), t -> t.id(), t -> t.position(), "target", sink);
        repeats(plan.tasks(), t -> t.id(), t -> t.position(), "task", sink);
        String id = plan.plan().id();
        if (id != null) {
            ctx.plans().byId(id).filter(first -> first != plan).ifPresent(first ->
                    sink.at(Pointers.PLAN.append("id")).variant("plan").args(id, first.source()).report());
        }
    }

    private static <T> void repeats(List<T> items, Function<T, String> id, Function<T, Position> pos, String variant,
            FindingSink sink) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T earlier = first.putIfAbsent(key.trim(), item);
            if (earlier != null) {
                sink.at(pos.apply(item).pointer().append("id")).related(List.of(pos.apply(earlier).pointer().append("id")))
                        .variant(variant).args(key, pos.apply(earlier).line()).report();
            }
        }
    }
}
