package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyKind;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.text.VietnameseText;
import java.util.List;
import java.util.Map;

/**
 * A known agency written in a non-canonical form (an abbreviation such as "Sở KHCN", another
 * spelling, no accents). Plans are read by people outside the province and by tools that match names;
 * the canonical name serves both. One finding per spelling, with the fix for every mention. Groups
 * ("các sở, ban, ngành liên quan") are phrases, not names, and have no canonical form to insist on.
 */
@RuleInfo(id = "agency-alias", severity = Severity.INFO,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/responsibilities/*/agency", "/plan/level"}, summary = "A known agency is written in a non-canonical form")
public final class AgencyAliasRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        List<AgencyMention> aliases = ctx.derived(Mentions.ALL).stream()
                .filter(m -> m.match().isPresent() && !m.match().get().canonical())
                .filter(m -> m.match().get().agency().kind() != AgencyKind.GROUP)
                .toList();
        Map<String, List<AgencyMention>> bySpelling =
                Mentions.group(aliases, m -> VietnameseText.matchKey(m.match().get().written()));
        for (List<AgencyMention> same : bySpelling.values()) {
            AgencyMention first = same.get(0);
            String canonical = first.match().get().agency().name();
            sink.at(first.pointer()).related(Mentions.pointers(same))
                    .args(first.match().get().written(), canonical, same.size())
                    .suggest(Mentions.replaceAll(same, canonical))
                    .report();
        }
    }
}
