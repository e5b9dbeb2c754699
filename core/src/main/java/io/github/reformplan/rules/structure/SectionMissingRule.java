package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.PlanLevel;
import io.github.reformplan.model.Section;
import io.github.reformplan.model.SectionKind;
import io.github.reformplan.model.Severity;
import io.github.reformplan.rules.Pointers;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A required part of the plan is absent. Every plan states its purpose, targets, tasks, funding and
 * who implements what; a commune plan may leave funding to the commune budget and omit it.
 */
@RuleInfo(id = "section-missing", severity = Severity.ERROR,
        reads = {"/sections/*/kind", "/plan/level"}, summary = "A required part of the plan is absent")
public final class SectionMissingRule implements PlanRule {

    private static final List<SectionKind> REQUIRED = List.of(SectionKind.PURPOSE, SectionKind.TARGETS,
            SectionKind.TASKS, SectionKind.FUNDING, SectionKind.IMPLEMENTATION);

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        for (Section s : ctx.plan().sections()) {
            if (s.kind() != null) {
                present.add(s.kind());
            }
        }
        for (SectionKind kind : REQUIRED) {
            if (kind == SectionKind.FUNDING && ctx.plan().plan().level() == PlanLevel.COMMUNE) {
                continue;
            }
            if (!present.contains(kind)) {
                sink.atKey(Pointers.SECTIONS).variant(kind.id()).report();
            }
        }
    }
}
