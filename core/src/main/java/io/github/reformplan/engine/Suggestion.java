package io.github.reformplan.engine;

import java.util.List;

/**
 * What to write instead, for a person ({@code text}) and, where the fix is mechanical, as RFC 6902
 * JSON Patch operations a tool can apply ({@code patch}, possibly empty).
 */
public record Suggestion(String text, List<PatchOperation> patch) {

    public Suggestion {
        patch = List.copyOf(patch);
    }

    public static Suggestion text(String text) {
        return new Suggestion(text, List.of());
    }

    /** One RFC 6902 operation; {@code value} is {@code null} for {@code remove}. */
    public record PatchOperation(String op, String path, Object value) {
    }
}
