package io.github.reformplan.engine;

/**
 * A rule on one plan's model; rules that look across the files validated together are
 * {@link SetRule}s.
 */
public non-sealed interface PlanRule extends Rule {

    void check(PlanContext context, FindingSink sink);
}
