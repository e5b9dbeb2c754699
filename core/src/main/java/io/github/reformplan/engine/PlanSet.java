package io.github.reformplan.engine;

import io.github.reformplan.model.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All plans validated together, so rules can look across files (a parent plan, a duplicate id). */
public final class PlanSet {

    private final List<Plan> plans;
    private final Map<String, Plan> byId = new LinkedHashMap<>();

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

    /** The first plan with this id, in the order the files were given. */
    public Optional<Plan> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
