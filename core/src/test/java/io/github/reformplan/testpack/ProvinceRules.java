package io.github.reformplan.testpack;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.Rule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.RulePack;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import java.util.List;

/** A third-party rule pack, as a province would ship one: found with ServiceLoader, with its own messages. */
public final class ProvinceRules implements RulePack {

    @Override
    public String name() {
        return "test-province";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new FundingNamedRule());
    }

    @Override
    public String messageBundle() {
        return "io.github.reformplan.testpack.messages";
    }

    /** The province wants every task's funding written down. */
    @RuleInfo(id = "test-province/task-funding-missing", severity = Severity.WARNING,
            summary = "A task does not say how it is funded")
    public static final class FundingNamedRule implements PlanRule {
        @Override
        public void check(PlanContext ctx, FindingSink sink) {
            for (Task t : ctx.plan().tasks()) {
                if (t.funding() == null || t.funding().isBlank()) {
                    sink.at(t.position().pointer()).args(t.id()).report();
                }
            }
        }
    }
}
