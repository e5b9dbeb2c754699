package io.github.reformplan.diff;

import io.github.reformplan.engine.Location;
import io.github.reformplan.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where one check reports its changes. The severity is the check's default (or the one a variant
 * states, {@code task-deadline-later} past the period being an error) unless the run overrides it;
 * a check switched {@code off} reports nothing.
 */
public final class ChangeSink {

    private final String check;
    private final Severity defaultSeverity;
    private final Optional<Severity> override;
    private final boolean off;
    private final Locale locale;
    private final List<Change> changes;

    ChangeSink(String check, Severity defaultSeverity, Map<String, String> overrides, Locale locale,
            List<Change> changes) {
        this.check = check;
        this.defaultSeverity = defaultSeverity;
        String o = overrides.get(check);
        this.off = "off".equals(o);
        this.override = o == null || off ? Optional.empty() : Optional.of(Severity.fromId(o));
        this.locale = locale;
        this.changes = changes;
    }

    /** A change at the check's severity, its message under the check's id. */
    public void report(Location oldPlace, Location newPlace, Object... args) {
        report(null, defaultSeverity, oldPlace, newPlace, args);
    }

    /**
     * A change of a variant (message key {@code <check>.<variant>}, or the check's own for {@code null})
     * at the severity the variant states, unless the run sets the check's severity.
     */
    public void report(String variant, Severity severity, Location oldPlace, Location newPlace, Object... args) {
        if (off) {
            return;
        }
        String key = variant == null ? check : check + "." + variant;
        changes.add(new Change(check, override.orElse(severity), oldPlace, newPlace, key, List.of(args), locale));
    }
}
