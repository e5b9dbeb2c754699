package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.Nearest;
import io.github.reformplan.engine.ResultContext;
import io.github.reformplan.engine.ResultRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.engine.Suppressions;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Suppression;
import java.util.List;
import java.util.Optional;

/**
 * A suppression that cannot be trusted: it gives no reason, names no known rule, has a malformed
 * pointer, or matches no finding (the defect was fixed, or the pointer moved: the suppression now
 * hides nothing and would silently hide the next, different finding there).
 */
@RuleInfo(id = "suppression-invalid", severity = Severity.WARNING, summary = "A suppression has no reason or suppresses nothing")
public final class SuppressionInvalidRule implements ResultRule {

    @Override
    public void check(ResultContext ctx, List<Finding> findings, FindingSink sink) {
        List<Suppression> all = ctx.suppressions();
        for (Suppression s : all) {
            var at = s.position().pointer();
            if (s.rule() == null || ctx.registry().byId(s.rule()).isEmpty()) {
                Optional<String> near = s.rule() == null ? Optional.empty() : Nearest.ruleId(ctx.registry(), s.rule());
                if (near.isPresent()) {
                    sink.at(at.append("rule")).variant("unknown-rule-suggest").args(s.rule(), near.get())
                            .suggest(Suggestion.text(near.get())).report();
                } else {
                    sink.at(at.append("rule")).variant("unknown-rule").args(String.valueOf(s.rule())).report();
                }
                continue;
            }
            if (Suppressions.pointer(s).isEmpty()) {
                sink.at(at.append("pointer")).variant("bad-pointer").args(String.valueOf(s.pointer())).report();
                continue;
            }
            if (s.reason() == null || s.reason().isBlank()) {
                sink.at(at).variant("no-reason").args(s.rule(), s.pointer()).report();
            }
            if (findings.stream().noneMatch(Suppressions.matcher(s, ctx.registry()))) {
                sink.at(at).variant("unused").args(s.rule(), s.pointer()).report();
            }
        }
    }
}
