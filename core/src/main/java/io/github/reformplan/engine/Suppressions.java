package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Suppression;
import java.util.Optional;

/** How a plan's {@code suppress} entries match findings: same rule, at or below the pointer. */
public final class Suppressions {

    private Suppressions() {
    }

    /** Whether the suppression accepts the finding; its rule is looked up (former ids too) in {@code registry}. */
    public static boolean matches(Suppression s, Finding f, RuleRegistry registry) {
        if (s.rule() == null || !registry.byId(s.rule())
                .map(r -> r.descriptor().id().equals(f.rule())).orElse(false)) {
            return false;
        }
        return pointer(s).map(p -> p.contains(f.location().pointer())).orElse(false);
    }

    /** The suppression's pointer with ids resolved to indexes, when it is a valid JSON Pointer. */
    public static Optional<JsonPointer> pointer(Suppression s) {
        return Optional.ofNullable(s.target());
    }
}
