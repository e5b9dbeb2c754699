package io.github.reformplan.engine;

/**
 * A rule on one plan's model. {@link PlanContext#plans()} gives the other plans validated together,
 * for rules that look across files.
 */
public non-sealed interface PlanRule extends Rule {

    void check(PlanContext context, FindingSink sink);
}
