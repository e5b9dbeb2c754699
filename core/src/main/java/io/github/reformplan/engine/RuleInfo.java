package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's public identity. The id is public API: a renamed rule keeps its old id in {@link #altIds()}.
 *
 * <pre>{@code
 * @RuleInfo(id = "task-lead-missing", severity = Severity.ERROR, summary = "A task has no lead agency")
 * public final class TaskLeadMissingRule implements PlanRule { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    String id();

    Severity severity();

    /** One English sentence; the localised messages live in the resource bundles. */
    String summary();

    String[] altIds() default {};

    /**
     * The places of the plan this rule's verdict depends on, as JSON Pointers where {@code *} stands for any one
     * token ({@code /tasks/*}{@code /outputs}). Where the schema rejects such a place, the rule's findings that
     * follow from it are not reported (SPEC §4: one root cause, one finding): those at or above the rejected
     * place, within the same list item ({@code outputs: 5} in task 3 hides task 3's missing output, not task
     * 4's), or all of the file's for a place outside any list ({@code /plan/period}).
     */
    String[] reads() default {};
}
