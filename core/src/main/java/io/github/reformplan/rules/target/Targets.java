package io.github.reformplan.rules.target;

import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.metric.Metric;
import io.github.reformplan.metric.MetricCatalogue;
import io.github.reformplan.metric.MetricMention;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.TargetValue;
import io.github.reformplan.text.Quantity;
import io.github.reformplan.text.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The quantities a plan's targets state, read once per plan and shared by the target rules. */
public final class Targets {

    public static final Function<PlanContext, List<TargetStatement>> ALL =
            ctx -> statements(ctx.plan(), ctx.config().metrics());

    private static final TargetParser PARSER = TargetParser.standard();

    private Targets() {
    }

    public static List<TargetStatement> statements(Plan plan, MetricCatalogue metrics) {
        List<TargetStatement> out = new ArrayList<>();
        for (Target t : plan.targets()) {
            JsonPointer at = t.position().pointer();
            Optional<Metric> declared = t.metric() == null ? Optional.empty() : metrics.byId(t.metric());
            Optional<Quantity> explicit = explicit(t.value());
            if (explicit.isPresent()) {
                Optional<Metric> metric = declared.isPresent() ? declared : metrics.identify(text(t));
                out.add(new TargetStatement(t, at.append("value"), explicit.get(), metric));
                continue;
            }
            List<MetricMention> mentions = metrics.identifyAll(text(t));
            for (MetricMention m : mentions) {
                Optional<Metric> metric = declared.isPresent() && mentions.size() == 1 ? declared : m.metric();
                out.add(new TargetStatement(t, at.append("text"), m.quantity(), metric));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the target's text states any quantity at all (with or without a known metric). */
    static boolean measurable(Target t) {
        return t.value() != null || !PARSER.parseAll(text(t)).isEmpty();
    }

    private static String text(Target t) {
        return t.text() == null ? "" : t.text();
    }

    private static Optional<Quantity> explicit(TargetValue v) {
        if (v == null || v.comparator() == null) {
            return Optional.empty();
        }
        Quantity.Unit unit = v.unit() == null ? Quantity.Unit.PERCENT : Quantity.Unit.fromSymbol(v.unit());
        try {
            Quantity.Comparator c = Quantity.Comparator.fromSymbol(v.comparator());
            if (c == Quantity.Comparator.BETWEEN) {
                return v.min() == null || v.max() == null ? Optional.empty()
                        : Optional.of(Quantity.between(v.min(), v.max(), unit, null));
            }
            return v.amount() == null ? Optional.empty() : Optional.of(Quantity.of(c, v.amount(), unit));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed value is the schema's finding
        }
    }
}
