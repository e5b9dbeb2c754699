package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * One thing found wrong, immutable. The message is built lazily in the reader's language from
 * {@code messageKey} and {@code args}; it never contains the location, which writers add.
 *
 * @param fingerprint identifies the finding across edits of the file that move it (see
 *                    {@link Fingerprints}); {@code null} for findings not made by a validator
 * @param related     the other places of a finding that groups several (one agency named in many
 *                    tasks), in the order they appear; empty when there is one place
 */
public record Finding(
        String rule,
        Severity severity,
        Location location,
        String messageKey,
        List<Object> args,
        Suggestion suggestion,
        Locale locale,
        String fingerprint,
        List<Location> related) {

    public Finding {
        args = List.copyOf(args);
        related = List.copyOf(related);
    }

    public Finding(String rule, Severity severity, Location location, String messageKey, List<Object> args,
            Suggestion suggestion, Locale locale) {
        this(rule, severity, location, messageKey, args, suggestion, locale, null, List.of());
    }

    /** The message in the validator's language. */
    public String message() {
        return message(locale);
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, args);
    }

    public Finding withFingerprint(String f) {
        return new Finding(rule, severity, location, messageKey, args, suggestion, locale, f, related);
    }

    /** Every place of the finding: its location, then the related ones. */
    public List<Location> places() {
        List<Location> all = new java.util.ArrayList<>(related.size() + 1);
        all.add(location);
        all.addAll(related);
        return all;
    }
}
