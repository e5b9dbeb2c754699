package io.github.reformplan.run;

import io.github.reformplan.engine.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A run that cannot start or finish for a reason the user can mend — a bad configuration, an unknown
 * rule, an unreadable baseline, a report that cannot be written: a usage error, never a bug. The
 * message is in the user's language; front ends show it as it is (the command line exits with 2).
 */
public final class RunException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Object> args;
    private final String key;
    private final String literal;
    private final String override;

    /** A message from the bundles. */
    public RunException(String key, List<Object> args, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = List.copyOf(args);
        this.literal = null;
        this.override = null;
    }

    /** A message already written in the user's language (e.g. a configuration problem's own). */
    public static RunException literal(String message, Throwable cause) {
        return new RunException(message, (String) null, cause);
    }

    /** A rule override that names no rule or no severity; {@code override} is {@code id=severity} as given. */
    public static RunException rule(String override, String message, Throwable cause) {
        return new RunException(message, override, cause);
    }

    private RunException(String literal, String override, Throwable cause) {
        super(literal, cause);
        this.key = null;
        this.args = List.of();
        this.literal = literal;
        this.override = override;
    }

    /** The rule override at fault ({@code id=severity}), when the problem is one: an unknown id, a bad severity. */
    public java.util.Optional<String> override() {
        return java.util.Optional.ofNullable(override);
    }

    /** The message's arguments (none for a message written already). */
    public List<Object> args() {
        return args;
    }

    /** The message key, or {@code null} for a message written already. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return literal != null ? literal : Messages.format(locale, key, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
