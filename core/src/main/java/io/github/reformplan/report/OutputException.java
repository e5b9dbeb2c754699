package io.github.reformplan.report;

import io.github.reformplan.engine.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file reformplan was asked to write and cannot or must not: an input of the run, a directory, an
 * empty name, a read-only file, a full device. It is the user's environment, never a bug: the command
 * line exits with 2 and the Maven plugin stops the build with this message. {@link #getMessage()} is
 * English; {@link #message(Locale)} is in the run's language.
 */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /** @param key an {@code output.*} message key; the paths among {@code args} are shown with {@link VisibleText} */
    OutputException(String key, List<Object> args, Throwable cause) {
        super(format(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = List.copyOf(args);
    }

    OutputException(String key, Object... args) {
        this(key, List.of(args), null);
    }

    /** The message key, {@code output.*} in the core message bundles. */
    public String key() {
        return key;
    }

    /** The message's arguments (paths and texts). */
    public List<Object> args() {
        return args;
    }

    public String message(Locale locale) {
        return format(locale, key, args);
    }

    private static String format(Locale locale, String key, List<Object> args) {
        return Messages.format(locale, key, args.stream()
                .map(a -> a instanceof Path || a instanceof String ? (Object) VisibleText.escape(a.toString()) : a)
                .toList());
    }
}
