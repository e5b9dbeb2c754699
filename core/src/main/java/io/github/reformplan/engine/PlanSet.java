package io.github.reformplan.engine;

import io.github.reformplan.model.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** All plans validated together, so rules can look across files (a parent plan, a duplicate id). */
public final class PlanSet {

    private final List<Plan> plans;
    private final Map<String, Plan> byId = new LinkedHashMap<>();
    private final Map<Key, Object> derived = new ConcurrentHashMap<>();

    /** A plan and what is derived from it, both by identity (two plans may be equal records). */
    private record Key(Plan plan, Object what) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.plan == plan && k.what == what;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(plan) * 31 + System.identityHashCode(what);
        }
    }

    PlanSet(List<Plan> plans) {
        this.plans = List.copyOf(plans);
        for (Plan p : plans) {
            if (p.plan().id() != null) {
                byId.putIfAbsent(p.plan().id(), p);
            }
        }
    }

    public List<Plan> all() {
        return plans;
    }

    /**
     * What {@code compute} derives from one of the plans, computed once for the whole run under the key
     * {@code what} (compared by identity): a province's plan compared with thousands of commune plans is
     * read once.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Plan plan, Object what, Function<Plan, T> compute) {
        return (T) derived.computeIfAbsent(new Key(plan, what), k -> compute.apply(plan));
    }

    /** The first plan with this id, in the order the files were given. */
    public Optional<Plan> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
