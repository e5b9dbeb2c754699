package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Suppression;
import java.util.Optional;
import java.util.function.Predicate;

/** How a plan's {@code suppress} entries match findings: same rule, at or below the pointer. */
public final class Suppressions {

    private Suppressions() {
    }

    /** Whether the suppression accepts the finding; its rule is looked up (former ids too) in {@code registry}. */
    public static boolean matches(Suppression s, Finding f, RuleRegistry registry) {
        return matcher(s, registry).test(f);
    }

    /**
     * The suppression made ready to test many findings: its rule looked up and its pointer parsed once,
     * not once per finding. Accepts what {@link #matches} accepts.
     */
    public static Predicate<Finding> matcher(Suppression s, RuleRegistry registry) {
        String rule = s.rule() == null ? null : registry.byId(s.rule()).map(r -> r.descriptor().id()).orElse(null);
        JsonPointer at = pointer(s).orElse(null);
        if (rule == null || at == null) {
            return f -> false;
        }
        return f -> rule.equals(f.rule()) && at.contains(f.location().pointer());
    }

    /** The suppression's pointer with ids resolved to indexes, when it is a valid JSON Pointer. */
    public static Optional<JsonPointer> pointer(Suppression s) {
        return Optional.ofNullable(s.target());
    }
}
