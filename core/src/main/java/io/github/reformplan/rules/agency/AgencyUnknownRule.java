package io.github.reformplan.rules.agency;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.model.Severity;
import io.github.reformplan.text.VietnameseText;
import java.util.List;
import java.util.Map;

/**
 * An agency name the registry does not know: a typo, a body that does not exist, or one of the
 * province's own bodies to add to the registry through the configuration. One finding per name,
 * at its first mention, with the nearest known name (of the plan's level first, never a defunct one) as a
 * suggestion. Items of a YAML flow list that are one known name when joined ({@code lead: [Các phòng, đơn vị
 * thuộc UBND xã]}: YAML splits an unquoted list at its commas) are that agency for every rule, and get a hint
 * to quote the name instead of two unknown agencies.
 */
@RuleInfo(id = "agency-unknown", severity = Severity.WARNING,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/responsibilities/*/agency"}, summary = "An agency name is not known")
public final class AgencyUnknownRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (AgencyMention m : ctx.derived(Mentions.ALL)) {
            if (m.isSplit() && m.match().isPresent()) {
                // YAML read "[Các phòng, đơn vị thuộc UBND xã]" as two names; joined it is one known agency
                sink.at(m.split().get(0)).related(m.split()).variant("flow-split")
                        .args(m.item(), m.split().size(), m.match().get().agency().name())
                        .suggest(Suggestion.text("\"" + m.item() + "\""))
                        .report();
            }
        }
        List<AgencyMention> unknown = ctx.derived(Mentions.ALL).stream().filter(m -> m.match().isEmpty()).toList();
        Map<String, List<AgencyMention>> byName = Mentions.group(unknown, m -> VietnameseText.matchKey(m.name()));
        for (List<AgencyMention> same : byName.values()) {
            AgencyMention first = same.get(0);
            FindingSink.Report r = sink.at(first.pointer()).related(Mentions.pointers(same));
            List<String> nearest = ctx.config().agencies().suggest(first.name(), 1, Mentions.scope(ctx.plan()));
            if (!nearest.isEmpty()) {
                r.suggest(Suggestion.text(nearest.get(0)));
            }
            List<String> others = Mentions.others(same);
            if (others.isEmpty()) {
                r.args(first.name());
            } else {
                r.variant("repeated").args(first.name(), others.size(), Mentions.join(others));
            }
            r.report();
        }
    }
}
