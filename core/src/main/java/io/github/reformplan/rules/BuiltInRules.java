package io.github.reformplan.rules;

import io.github.reformplan.rules.agency.AgencyAliasRule;
import io.github.reformplan.rules.agency.AgencyCeasesRule;
import io.github.reformplan.rules.agency.AgencyDefunctRule;
import io.github.reformplan.rules.agency.AgencyLeadInSupportRule;
import io.github.reformplan.rules.agency.AgencyMultipleLeadsRule;
import io.github.reformplan.rules.agency.AgencyUnknownRule;
import io.github.reformplan.rules.agency.AreaOwnerAbsentRule;
import io.github.reformplan.rules.deadline.DeadlineBeforeIssueRule;
import io.github.reformplan.rules.deadline.DeadlineLeadTimeRule;
import io.github.reformplan.rules.deadline.DeadlineOrderRule;
import io.github.reformplan.rules.deadline.DeadlineOutsidePeriodRule;
import io.github.reformplan.rules.deadline.DeadlineUnparsedRule;
import io.github.reformplan.rules.deadline.PlanIssuedLateRule;
import io.github.reformplan.rules.input.ParseRule;
import io.github.reformplan.rules.input.SchemaRule;
import io.github.reformplan.rules.structure.AreaUncoveredRule;
import io.github.reformplan.rules.structure.IdDuplicateRule;
import io.github.reformplan.rules.structure.PlaceholderUnfilledRule;
import io.github.reformplan.rules.structure.SectionMissingRule;
import io.github.reformplan.rules.structure.SuppressionInvalidRule;
import io.github.reformplan.rules.structure.TaskDeadlineMissingRule;
import io.github.reformplan.rules.structure.TaskDuplicateRule;
import io.github.reformplan.rules.structure.TaskLeadMissingRule;
import io.github.reformplan.rules.structure.TaskOutputMissingRule;
import io.github.reformplan.rules.structure.TaskTargetUnknownRule;
import io.github.reformplan.rules.target.TargetBelowFloorRule;
import io.github.reformplan.rules.target.TargetBelowParentRule;
import io.github.reformplan.rules.target.TargetConflictRule;
import io.github.reformplan.rules.target.TargetOutOfRangeRule;
import io.github.reformplan.rules.target.TargetRangeInvertedRule;
import io.github.reformplan.rules.target.TargetUnparsedRule;
import io.github.reformplan.rules.target.TargetUnservedRule;
import io.github.reformplan.engine.Rule;
import io.github.reformplan.engine.RulePack;
import java.util.List;

/**
 * The built-in rules, listed here explicitly so that what runs is visible in one place (no classpath
 * scanning). The engine finds this pack as it finds third-party ones, through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.reformplan.engine.RulePack}), so that it needs no rule of its own.
 */
public final class BuiltInRules implements RulePack {

    @Override
    public String name() {
        return BUILT_IN;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new ParseRule(),
                new SchemaRule(),
                new SectionMissingRule(),
                new AreaUncoveredRule(),
                new IdDuplicateRule(),
                new TaskLeadMissingRule(),
                new TaskDeadlineMissingRule(),
                new TaskDuplicateRule(),
                new TaskOutputMissingRule(),
                new TaskTargetUnknownRule(),
                new PlaceholderUnfilledRule(),
                new TargetUnservedRule(),
                new PlanIssuedLateRule(),
                new DeadlineUnparsedRule(),
                new DeadlineBeforeIssueRule(),
                new DeadlineOutsidePeriodRule(),
                new DeadlineLeadTimeRule(),
                new DeadlineOrderRule(),
                new AgencyUnknownRule(),
                new AgencyAliasRule(),
                new AgencyDefunctRule(),
                new AgencyCeasesRule(),
                new AgencyLeadInSupportRule(),
                new AgencyMultipleLeadsRule(),
                new AreaOwnerAbsentRule(),
                new TargetUnparsedRule(),
                new TargetOutOfRangeRule(),
                new TargetRangeInvertedRule(),
                new TargetConflictRule(),
                new TargetBelowFloorRule(),
                new TargetBelowParentRule(),
                new SuppressionInvalidRule());
    }
}
