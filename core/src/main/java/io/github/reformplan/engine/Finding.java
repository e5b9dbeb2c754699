package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * One thing found wrong, immutable. The message is built lazily in the reader's language from
 * {@code messageKey} and {@code args}; it never contains the location, which writers add.
 */
public record Finding(
        String rule,
        Severity severity,
        Location location,
        String messageKey,
        List<Object> args,
        Suggestion suggestion,
        Locale locale) {

    public Finding {
        args = List.copyOf(args);
    }

    /** The message in the validator's language. */
    public String message() {
        return message(locale);
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, args);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, location, messageKey, args, suggestion, locale);
    }
}
