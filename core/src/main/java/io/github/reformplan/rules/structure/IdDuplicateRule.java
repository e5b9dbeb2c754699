package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.PlanSummaries;
import io.github.reformplan.engine.SetRule;
import io.github.reformplan.model.JsonPointer;
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
@RuleInfo(id = "id-duplicate", severity = Severity.ERROR,
        reads = {"/targets/*/id", "/tasks/*/id"}, summary = "Two targets, tasks or plans share an id")
public final class IdDuplicateRule implements PlanRule, SetRule<IdDuplicateRule.PlanId> {

    /** A plan's id as one file states it; each file's is its own instance. */
    public record PlanId(String id) {
    }

    private static final JsonPointer PLAN_ID = Pointers.PLAN.append("id");

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Plan plan = ctx.plan();
        repeats(plan.targets(), t -> t.id(), t -> t.position(), "target", sink);
        repeats(plan.tasks(), t -> t.id(), t -> t.position(), "task", sink);
    }

    /** Across files, a plan is known by its id and its file. */
    @Override
    public PlanId summarize(PlanContext ctx, Anchors anchors) {
        String id = ctx.plan().plan().id();
        if (id == null) {
            return null;
        }
        anchors.keep(PLAN_ID);
        return new PlanId(id);
    }

    @Override
    public void check(PlanId mine, PlanSummaries<PlanId> all, FindingSink sink) {
        all.byPlanId(mine.id()).filter(first -> first.summary() != mine).ifPresent(first ->
                sink.at(PLAN_ID).variant("plan").args(mine.id(), first.file()).report());
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
