package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.Agency;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The agency exists when the plan is issued but ceases before the work assigned to it is due (a
 * recurring or continuous task runs to the end of the period). Typical of plans for 2025, drafted
 * before the restructuring: the task needs a new owner mid-year. One finding per agency, at its
 * first such task, naming the others.
 */
@RuleInfo(id = "agency-ceases", severity = Severity.WARNING,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/tasks/*/deadline", "/responsibilities/*/agency", "/responsibilities/*/reportDeadline", "/plan/period"}, summary = "An agency ceases to exist before its task is due")
public final class AgencyCeasesRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        LocalDate on = Mentions.referenceDate(ctx.plan());
        if (on == null) {
            return;
        }
        List<AgencyMention> ceasing = ctx.derived(Mentions.ALL).stream()
                .filter(m -> m.match().isPresent())
                .filter(m -> {
                    Agency a = m.match().get().agency();
                    LocalDate due = Mentions.workEnds(m, ctx);
                    return a.validTo() != null && !AgencyDefunctRule.ended(a, on) && due != null && due.isAfter(a.validTo());
                })
                .toList();
        Map<String, List<AgencyMention>> byAgency = Mentions.group(ceasing, AgencyMention::identity);
        for (List<AgencyMention> same : byAgency.values()) {
            AgencyMention first = same.get(0);
            Agency agency = first.match().get().agency();
            List<Agency> successors = ctx.config().agencies().successorsOf(agency);
            FindingSink.Report r = sink.at(first.pointer()).related(Mentions.pointers(same));
            if (!successors.isEmpty()) {
                r.suggest(Suggestion.text(String.join(", ", successors.stream().map(Agency::name).toList())));
            }
            List<String> others = Mentions.others(same);
            String variant = first.task() != null ? "" : "owner";
            if (!others.isEmpty()) {
                variant += variant.isEmpty() ? "repeated" : "-repeated";
            }
            String where = first.task() != null ? first.task().id() : first.owner().agency();
            r.variant(variant.isEmpty() ? null : variant)
                    .args(first.match().get().written(), agency.validTo(), where, others.size(),
                            Mentions.join(others))
                    .report();
        }
    }
}
