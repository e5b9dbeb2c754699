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
 * at its first mention, with the nearest known name as a suggestion.
 */
@RuleInfo(id = "agency-unknown", severity = Severity.WARNING,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/responsibilities/*/agency"}, summary = "An agency name is not known")
public final class AgencyUnknownRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<AgencyMention> unknown = ctx.derived(Mentions.ALL).stream().filter(m -> m.match().isEmpty()).toList();
        Map<String, List<AgencyMention>> byName = Mentions.group(unknown, m -> VietnameseText.matchKey(m.name()));
        for (List<AgencyMention> same : byName.values()) {
            AgencyMention first = same.get(0);
            FindingSink.Report r = sink.at(first.pointer()).related(Mentions.pointers(same));
            List<String> nearest = ctx.config().agencies().suggest(first.name(), 1);
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
