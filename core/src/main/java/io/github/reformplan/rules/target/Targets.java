package io.github.reformplan.rules.target;

import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.metric.Metric;
import io.github.reformplan.metric.MetricCatalogue;
import io.github.reformplan.metric.MetricMention;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The quantities a plan's targets state, as binding read them ({@link Target#quantities()}), each paired
 * with the metric it measures; computed once per plan and shared by the target rules.
 */
public final class Targets {

    public static final Function<PlanContext, List<TargetStatement>> ALL =
            ctx -> statements(ctx.plan(), ctx.config().metrics());

    private Targets() {
    }

    public static List<TargetStatement> statements(Plan plan, MetricCatalogue metrics) {
        List<TargetStatement> out = new ArrayList<>();
        for (Target t : plan.targets()) {
            JsonPointer at = t.position().pointer();
            Optional<Metric> declared = t.metric() == null ? Optional.empty() : metrics.byId(t.metric());
            if (t.quantityFromValue()) {
                Optional<Metric> metric = declared.isPresent() ? declared : metrics.identify(text(t));
                out.add(new TargetStatement(t, at.append("value"), t.quantities().get(0), metric));
                continue;
            }
            List<MetricMention> mentions = metrics.identifyAll(text(t), t.quantities());
            for (MetricMention m : mentions) {
                Optional<Metric> metric = declared.isPresent() && mentions.size() == 1 ? declared : m.metric();
                out.add(new TargetStatement(t, at.append("text"), m.quantity(), metric));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the target states any quantity at all (with or without a known metric). */
    static boolean measurable(Target t) {
        return t.value() != null || !t.quantities().isEmpty();
    }

    private static String text(Target t) {
        return t.text() == null ? "" : t.text();
    }
}
