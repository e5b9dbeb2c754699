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
}
