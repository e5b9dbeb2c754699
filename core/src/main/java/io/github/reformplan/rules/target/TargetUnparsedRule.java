package io.github.reformplan.rules.target;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;

/**
 * A target states no measurable quantity ("Hoàn thành việc kiện toàn ..."): it cannot be scored,
 * compared with the national floors or with the parent plan. Often deliberate, hence {@code info}.
 */
@RuleInfo(id = "target-unparsed", severity = Severity.INFO,
        reads = {"/targets/*/text", "/targets/*/value"}, summary = "A target has no measurable quantity")
public final class TargetUnparsedRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (Target t : ctx.plan().targets()) {
            if (t.text() != null && !Targets.measurable(t)) {
                sink.at(t.position().pointer().append("text")).args(t.id()).report();
            }
        }
    }
}
