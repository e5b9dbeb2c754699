package io.github.reformplan.diff;

import io.github.reformplan.diff.checks.AreaCoverageLostCheck;
import io.github.reformplan.diff.checks.DecisionChangedCheck;
import io.github.reformplan.diff.checks.IdRenumberedCheck;
import io.github.reformplan.diff.checks.PlanPeriodChangedCheck;
import io.github.reformplan.diff.checks.TargetAddedCheck;
import io.github.reformplan.diff.checks.TargetLoweredCheck;
import io.github.reformplan.diff.checks.TargetRemovedCheck;
import io.github.reformplan.diff.checks.TaskAddedCheck;
import io.github.reformplan.diff.checks.TaskDeadlineEarlierCheck;
import io.github.reformplan.diff.checks.TaskDeadlineLaterCheck;
import io.github.reformplan.diff.checks.TaskLeadChangedCheck;
import io.github.reformplan.diff.checks.TaskRemovedCheck;
import io.github.reformplan.diff.checks.TaskSupportChangedCheck;
import io.github.reformplan.engine.Nearest;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleDocs;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The change checks of {@code reformplan diff}, sorted by id, as {@code RuleRegistry} is for the rules:
 * {@code --rule CHECK=SEVERITY} and the Maven plugin's {@code <rules>} name them, and each has its page
 * ({@code docs/checks/<id>.md}, in Vietnamese {@code docs/checks/vi/<id>.md}) shipped in this jar.
 *
 * <pre>{@code
 * ChangeCatalogue.builtIn().byId("target-lowered").get().descriptor().defaultSeverity();  // ERROR
 * ChangeCatalogue.page("target-lowered", Locale.forLanguageTag("vi")).ifPresent(System.out::print);
 * }</pre>
 */
public final class ChangeCatalogue {

    static final String FOLDER = "io/github/reformplan/docs/checks/";
    private static final ChangeCatalogue BUILT_IN = new ChangeCatalogue(List.of(new AreaCoverageLostCheck(),
            new DecisionChangedCheck(), new IdRenumberedCheck(), new PlanPeriodChangedCheck(), new TargetAddedCheck(),
            new TargetLoweredCheck(), new TargetRemovedCheck(), new TaskAddedCheck(), new TaskDeadlineEarlierCheck(),
            new TaskDeadlineLaterCheck(), new TaskLeadChangedCheck(), new TaskRemovedCheck(),
            new TaskSupportChangedCheck()));

    private final Map<String, ChangeCheck> byId = new LinkedHashMap<>();

    private ChangeCatalogue(List<ChangeCheck> checks) {
        checks.stream().sorted(Comparator.comparing(c -> c.descriptor().id())).forEach(c -> {
            if (byId.put(c.descriptor().id(), c) != null) {
                throw new IllegalStateException("Two change checks with id " + c.descriptor().id());
            }
        });
    }

    public static ChangeCatalogue builtIn() {
        return BUILT_IN;
    }

    public List<ChangeCheck> checks() {
        return List.copyOf(byId.values());
    }

    public List<RuleDescriptor> descriptors() {
        return byId.values().stream().map(ChangeCheck::descriptor).toList();
    }

    public Optional<ChangeCheck> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.trim()));
    }

    /**
     * The message for an unknown check id in the reader's language, with the nearest id when there is one,
     * as for a mistyped rule id.
     */
    public String unknown(String wrong, Locale locale) {
        return Nearest.unknownId(wrong, Nearest.of(wrong.trim(), byId.keySet()), locale);
    }

    /** A check's page in the reader's language (English for any language but Vietnamese). */
    public static Optional<String> page(String checkId, Locale locale) {
        return BUILT_IN.byId(checkId).flatMap(c -> RuleDocs.read(FOLDER + ("vi".equals(locale.getLanguage()) ? "vi/" : "")
                + c.descriptor().id() + ".md"));
    }

    /** The page's path in the repository, e.g. {@code docs/checks/vi/target-lowered.md}: what links point to. */
    public static String path(String checkId, Locale locale) {
        return "docs/checks/" + ("vi".equals(locale.getLanguage()) ? "vi/" : "") + checkId + ".md";
    }
}
