package io.github.reformplan.engine;

import io.github.reformplan.model.Plan;
import io.github.reformplan.read.LocationIndex;

/**
 * What a {@link PlanRule} sees: the plan, where its elements stand in the file, the settings, and
 * the other plans validated with it.
 */
public record PlanContext(Plan plan, LocationIndex index, ValidatorConfig config, PlanSet plans) {
}
