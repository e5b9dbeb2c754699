package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyKind;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A known agency written in a non-canonical form (an abbreviation such as "Sở KHCN", another
 * spelling, no accents). Plans are read by people outside the province and by tools that match names;
 * the canonical name serves both. One finding per spelling, with the fix for every mention that is the
 * name (a name inside a longer text is left for a person to rewrite). A commune body written with its level
 * word ("Văn phòng HĐND và UBND xã") is canonical: the level is part of what it names. Groups
 * ("các sở, ban, ngành liên quan") are phrases, not names, and have no canonical form to insist on.
 */
@RuleInfo(id = "agency-alias", severity = Severity.INFO,
        reads = {"/tasks/*/lead", "/tasks/*/support", "/responsibilities/*/agency", "/plan/level"}, summary = "A known agency is written in a non-canonical form")
public final class AgencyAliasRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        LocalDate on = Mentions.referenceDate(ctx.plan());
        List<AgencyMention> aliases = ctx.derived(Mentions.ALL).stream()
                .filter(m -> m.match().isPresent() && !m.match().get().canonical())
                .filter(m -> m.match().get().agency().kind() != AgencyKind.GROUP)
                // a defunct agency is agency-defunct's, whose fix names the successor: one cause, one finding
                .filter(m -> on == null || !AgencyDefunctRule.ended(m.match().get().agency(), on))
                .toList();
        Map<String, List<AgencyMention>> bySpelling =
                Mentions.group(aliases, m -> VietnameseText.matchKey(m.match().get().written()));
        for (List<AgencyMention> same : bySpelling.values()) {
            AgencyMention first = same.get(0);
            String canonical = first.match().get().agency().name();
            sink.at(first.pointer()).related(Mentions.pointers(same))
                    .args(first.match().get().written(), canonical, same.size())
                    .suggest(Mentions.replaceAll(same, canonical, true))
                    .report();
        }
    }
}
