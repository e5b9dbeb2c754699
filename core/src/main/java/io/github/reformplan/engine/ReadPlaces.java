package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import java.util.List;
import java.util.Optional;

/** Matching of the places a rule reads ({@link RuleInfo#reads()}) against a place the schema rejected. */
final class ReadPlaces {

    private ReadPlaces() {
    }

    /**
     * The part of the plan a rejected place spoils for a rule reading {@code pattern}: empty when they are
     * unrelated; else the list item the pattern's last {@code *} binds ({@code /tasks/3} for {@code /tasks/*}{@code
     * /outputs} and a rejected {@code /tasks/3/outputs}), the rejected place itself when it lies above that item
     * ({@code /tasks}), or the root for a pattern without {@code *}.
     */
    static Optional<JsonPointer> scope(String pattern, JsonPointer rejected) {
        List<String> want = JsonPointer.parse(pattern).tokens();
        List<String> got = rejected.tokens();
        int n = Math.min(want.size(), got.size());
        for (int i = 0; i < n; i++) {
            if (!want.get(i).equals("*") && !want.get(i).equals(got.get(i))) {
                return Optional.empty();
            }
        }
        int lastStar = want.lastIndexOf("*");
        if (lastStar < 0) {
            return Optional.of(JsonPointer.ROOT);
        }
        if (got.size() <= lastStar) {
            return Optional.of(rejected);
        }
        JsonPointer p = JsonPointer.ROOT;
        for (int i = 0; i <= lastStar; i++) {
            p = p.append(got.get(i));
        }
        return Optional.of(p);
    }
}
