package io.github.reformplan.engine;

import io.github.reformplan.model.Plan;
import io.github.reformplan.read.SourceMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a {@link PlanRule} sees: the plan, where its elements stand in the file, the settings and the
 * rules in use (rules that look across files are {@link SetRule}s). {@link #derived} lets rules of one
 * family share what they compute from the plan (parsed deadlines, resolved agencies) instead of each
 * computing it again.
 */
public final class PlanContext {

    private final Plan plan;
    private final SourceMap index;
    private final ValidatorConfig config;
    private final RuleRegistry registry;
    private final Map<Function<PlanContext, ?>, Object> derived = new ConcurrentHashMap<>();

    PlanContext(Plan plan, SourceMap index, ValidatorConfig config, RuleRegistry registry) {
        this.plan = plan;
        this.index = index;
        this.config = config;
        this.registry = registry;
    }

    /** The rules the validator runs, e.g. to tell whether a suppression names a known rule. */
    public RuleRegistry registry() {
        return registry;
    }

    public Plan plan() {
        return plan;
    }

    public SourceMap index() {
        return index;
    }

    public ValidatorConfig config() {
        return config;
    }

    /**
     * The value {@code compute} derives from this context, computed once per plan. Pass the same
     * function instance (a static final field) to share the result.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<PlanContext, T> compute) {
        Object value = derived.get(compute);
        if (value == null) {
            value = compute.apply(this);
            derived.put(compute, value);
        }
        return (T) value;
    }
}
