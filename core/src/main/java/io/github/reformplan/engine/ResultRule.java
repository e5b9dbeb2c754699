package io.github.reformplan.engine;

import java.util.List;

/**
 * A rule on what the other rules found in a file (e.g. whether each of the plan's suppressions
 * suppresses anything). Runs after every {@link PlanRule} and {@link SetRule}, on the findings before
 * suppression; its own findings cannot be suppressed.
 */
public non-sealed interface ResultRule extends Rule {

    void check(ResultContext context, List<Finding> findings, FindingSink sink);
}
