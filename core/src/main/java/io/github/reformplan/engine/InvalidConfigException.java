package io.github.reformplan.engine;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration file ({@code reformplan.yaml}) that cannot be used: unreadable or malformed, not
 * matching {@code config.schema.json}, naming an unknown rule or metric, an invalid severity, a missing
 * or invalid agencies file, or a floor override that matches nothing.
 *
 * <p>The message names the file, the line and column when known, and the key at fault
 * ({@code rules.agency-unknwn}, {@code floors[1].year}); {@link #message(Locale)} gives it in English or
 * Vietnamese, {@link #getMessage()} in English. The CLI reports it as a usage error (exit code 2).
 */
public final class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String key;
    private final String messageKey;
    private final transient List<Object> args;

    /** A message argument that is itself a message, formatted in the same language. */
    record Text(String key, List<Object> args) implements Serializable {
        private static final long serialVersionUID = 1L;

        Text {
            args = List.copyOf(args);
        }
    }

    InvalidConfigException(Path file, int line, int column, String key, String messageKey, List<Object> args,
            Throwable cause) {
        super(null, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.key = key;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = List.copyOf(args);
    }

    /** The configuration file, as given to {@link ConfigFile#load(Path)}. */
    public Path file() {
        return file;
    }

    /** 1-based line of the fault in the file, or 0 when the file as a whole is at fault. */
    public int line() {
        return line;
    }

    /** 1-based column of the fault, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The key at fault as a path ({@code rules.agency-unknwn}, {@code floors[0].metric}); empty for the whole file. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The message bundle key of the message ({@code config.rule-unknown}, ...). */
    public String messageKey() {
        return messageKey;
    }

    /** {@code file:line:column: text}, the text in {@code locale} (English or Vietnamese). */
    public String message(Locale locale) {
        List<Object> formatted = args.stream()
                .map(a -> a instanceof Text t ? (Object) Messages.format(locale, t.key(), t.args()) : a)
                .toList();
        StringBuilder out = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        return out.append(": ").append(Messages.format(locale, messageKey, formatted)).toString();
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
