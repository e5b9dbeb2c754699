package io.github.reformplan.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A request the server refuses, answered as {@code {"error": {"status": 413, "message": {"vi": …, "en": …}}}}
 * (SPEC §10): the status and the reason in both languages.
 */
final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final transient Map<String, String> message;

    private ApiError(int status, Map<String, String> message) {
        super(message.get("en"));
        this.status = status;
        this.message = message;
    }

    static ApiError of(int status, String key, Object... args) {
        return new ApiError(status, ServeMessages.both(key, args));
    }

    /** A message some other part of reformplan words, asked for in each language. */
    static ApiError of(int status, Function<Locale, String> text) {
        return new ApiError(status, ServeMessages.both(text));
    }

    int status() {
        return status;
    }

    Map<String, String> message() {
        return message;
    }

    byte[] json() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("status", status);
        ObjectNode texts = error.putObject("message");
        message.forEach(texts::put);
        return (root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
