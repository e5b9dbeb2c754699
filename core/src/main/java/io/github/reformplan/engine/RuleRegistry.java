package io.github.reformplan.engine;

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
import io.github.reformplan.rules.structure.TaskDeadlineMissingRule;
import io.github.reformplan.rules.structure.SuppressionInvalidRule;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a validator runs: an explicit list of the built-in rules, sorted by id, so that what
 * runs is visible in one place (no classpath scanning).
 */
public final class RuleRegistry {

    private static final RuleRegistry BUILT_IN = new RuleRegistry(List.of(
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
            new SuppressionInvalidRule()));

    private final List<Rule> rules;
    private final Map<String, Rule> byId = new LinkedHashMap<>();

    private RuleRegistry(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        this.rules = Collections.unmodifiableList(sorted);
        for (Rule r : sorted) {
            RuleDescriptor d = r.descriptor();
            if (byId.put(d.id(), r) != null) {
                throw new IllegalStateException("Two rules with id " + d.id());
            }
            for (String alt : d.altIds()) {
                byId.putIfAbsent(alt, r);
            }
        }
    }

    public static RuleRegistry builtIn() {
        return BUILT_IN;
    }

    /** A registry of other rules (tests). */
    static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(Rule::descriptor).toList();
    }

    /** The rule with this id or one of its former ids. */
    public Optional<Rule> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
