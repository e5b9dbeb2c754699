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
 * The agency no longer existed when the plan was issued (or, for a draft, when its period began):
 * work is assigned to a body that cannot do it. The successor is suggested; where there is exactly
 * one, the fix replaces every mention that is the whole name (a district office with its place, "Phòng Nội
 * vụ huyện Hoằng Hóa", becomes its successor, not "UBND cấp xã huyện Hoằng Hóa"). One finding per agency.
 */
@RuleInfo(id = "agency-defunct", severity = Severity.ERROR,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/responsibilities/*/agency", "/plan/decision/date", "/plan/period"}, summary = "An agency no longer existed when the plan was issued")
public final class AgencyDefunctRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        LocalDate on = Mentions.referenceDate(ctx.plan());
        if (on == null) {
            return;
        }
        List<AgencyMention> defunct = ctx.derived(Mentions.ALL).stream()
                .filter(m -> m.match().isPresent() && ended(m.match().get().agency(), on)).toList();
        Map<String, List<AgencyMention>> byAgency = Mentions.group(defunct, AgencyMention::identity);
        for (List<AgencyMention> same : byAgency.values()) {
            AgencyMention first = same.get(0);
            Agency agency = first.match().get().agency();
            List<Agency> successors = ctx.config().agencies().successorsOf(agency);
            String successorNames = String.join(", ", successors.stream().map(Agency::name).toList());
            // the place of a district office ("huyện Hoằng Hóa") is not its commune successor's
            Suggestion fix = successors.size() == 1
                    ? Mentions.replaceAll(same, successors.get(0).name(), successors.get(0).level() == agency.level())
                    : successors.isEmpty() ? null : Suggestion.text(successorNames);
            sink.at(first.pointer()).related(Mentions.pointers(same))
                    .variant(successors.isEmpty() ? "no-successor" : null)
                    .args(first.match().get().written(), agency.validTo(), on, successorNames,
                            same.size())
                    .suggest(fix)
                    .report();
        }
    }

    static boolean ended(Agency agency, LocalDate on) {
        return agency.validTo() != null && agency.validTo().isBefore(on);
    }
}
