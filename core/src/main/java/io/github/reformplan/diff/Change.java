package io.github.reformplan.diff;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One change between two revisions, found by a change check, with both places: the old revision's and
 * the new one's. For something removed the new place is where it stood, its list in the new revision
 * ({@code /tasks}); for something added, the old place is the old revision's list. The message is
 * formatted lazily in the reader's language.
 */
public record Change(String check, Severity severity, Location oldPlace, Location newPlace, String messageKey,
        List<Object> args, Locale locale) {

    public Change {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(oldPlace, "oldPlace");
        Objects.requireNonNull(newPlace, "newPlace");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(locale, "locale");
        args = List.copyOf(args);
    }

    public String message() {
        return message(locale);
    }

    public String message(Locale in) {
        return Messages.format(in, messageKey, args);
    }

    /**
     * The change as a finding, for the writers of validation reports: at its new place, with the old
     * place as its related location, so that every report shows both.
     */
    public Finding toFinding() {
        return new Finding(check, severity, newPlace, messageKey, args, null, locale, null, List.of(oldPlace));
    }
}
