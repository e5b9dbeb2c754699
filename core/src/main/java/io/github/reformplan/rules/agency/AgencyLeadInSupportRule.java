package io.github.reformplan.rules.agency;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * One agency is both lead (chủ trì) and support (phối hợp) of a task: accountability is blurred, and
 * the plan usually meant another agency. Compared by registry identity, so "Sở KHCN" and "Sở Khoa
 * học và Công nghệ" are the same agency.
 */
@RuleInfo(id = "agency-lead-in-support", severity = Severity.WARNING,
        reads = {"/tasks/*/lead", "/tasks/*/support"}, summary = "An agency both leads and supports a task")
public final class AgencyLeadInSupportRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<AgencyMention> inTasks = ctx.derived(Mentions.ALL).stream().filter(m -> m.task() != null).toList();
        Mentions.group(inTasks, m -> m.task().position().pointer()).forEach((at, mentions) -> {
            Task task = mentions.get(0).task();
            Map<String, AgencyMention> leads = new HashMap<>();
            mentions.stream().filter(m -> m.role() == AgencyMention.Role.LEAD).forEach(m -> leads.putIfAbsent(m.identity(), m));
            Set<String> reported = new HashSet<>();
            for (AgencyMention m : mentions) {
                if (m.role() == AgencyMention.Role.SUPPORT && leads.containsKey(m.identity()) && reported.add(m.identity())) {
                    sink.at(m.pointer()).related(List.of(leads.get(m.identity()).pointer()))
                            .args(m.name(), task.id()).report();
                }
            }
        });
    }
}
