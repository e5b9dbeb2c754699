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
 */
public record Finding(
        String rule,
        Severity severity,
        Location location,
        String messageKey,
        List<Object> args,
        Suggestion suggestion,
        Locale locale,
        String fingerprint) {

    public Finding {
        args = List.copyOf(args);
    }

    public Finding(String rule, Severity severity, Location location, String messageKey, List<Object> args,
            Suggestion suggestion, Locale locale) {
        this(rule, severity, location, messageKey, args, suggestion, locale, null);
    }

    /** The message in the validator's language. */
    public String message() {
        return message(locale);
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, args);
    }

    public Finding withFingerprint(String f) {
        return new Finding(rule, severity, location, messageKey, args, suggestion, locale, f);
    }
}
