package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyKind;
import io.github.reformplan.agency.AgencyLevel;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task has more than one lead agency. Sometimes intended (each leads in its own field), often a
 * sign that nobody is accountable; worth a look, hence {@code info}. Collective leads ("Các sở, ban,
 * ngành cấp tỉnh", "UBND cấp xã") each lead within their own remit and are not counted.
 */
@RuleInfo(id = "agency-multiple-leads", severity = Severity.INFO,
        reads = {"/tasks/*/lead"}, summary = "A task has more than one lead agency")
public final class AgencyMultipleLeadsRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<AgencyMention> leads = ctx.derived(Mentions.ALL).stream()
                .filter(m -> m.role() == AgencyMention.Role.LEAD && !collective(m)).toList();
        Mentions.group(leads, m -> m.task().position().pointer()).forEach((at, mentions) -> {
            Task task = mentions.get(0).task();
            Map<String, String> names = new LinkedHashMap<>();
            mentions.forEach(m -> names.putIfAbsent(m.identity(), m.name()));
            if (names.size() > 1) {
                List<String> list = List.copyOf(names.values());
                sink.at(task.position().pointer().append("lead")).args(task.id(), names.size(), String.join("; ", list))
                        .report();
            }
        });
    }

    private static boolean collective(AgencyMention m) {
        return m.match().map(x -> x.agency().kind() == AgencyKind.GROUP
                || x.agency().kind() == AgencyKind.PEOPLE_COMMITTEE
                        && (x.agency().level() == AgencyLevel.COMMUNE || x.agency().level() == AgencyLevel.DISTRICT))
                .orElse(false);
    }
}
