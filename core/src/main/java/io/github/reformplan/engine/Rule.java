package io.github.reformplan.engine;

/**
 * A check with a stable id, annotated with {@link RuleInfo}. Rules are stateless and thread-safe;
 * they report what they find to a {@link FindingSink} and never throw for a defect in a plan.
 */
public sealed interface Rule permits InputRule, PlanRule, SetRule, ResultRule {

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
