package io.github.reformplan.rules.agency;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Tổ chức thực hiện" names an agency as owner of a reform area, yet it leads or supports no task
 * of that area: the area's tasks and its owner do not meet, so nobody steers them.
 */
@RuleInfo(id = "area-owner-absent", severity = Severity.WARNING,
        reads = {"/responsibilities/*/agency", "/responsibilities/*/areas", "/tasks/*/area", "/tasks/*/lead", "/tasks/*/support"}, summary = "An area's owner takes part in none of its tasks")
public final class AreaOwnerAbsentRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<AgencyMention> mentions = ctx.derived(Mentions.ALL);
        for (Responsibility r : ctx.plan().responsibilities()) {
            Set<String> owners = new HashSet<>();
            mentions.stream().filter(m -> m.owner() == r).forEach(m -> owners.add(m.identity()));
            for (ReformArea area : r.areas()) {
                boolean takesPart = mentions.stream()
                        .anyMatch(m -> m.task() != null && m.task().area() == area && owners.contains(m.identity()));
                boolean areaHasTasks = ctx.plan().tasks().stream().anyMatch(t -> t.area() == area);
                if (!takesPart && areaHasTasks) {
                    sink.at(r.position().pointer().append("agency")).args(r.agency(), area.id(), area.vietnameseName())
                            .report();
                }
            }
        }
    }
}
