package io.github.reformplan.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@link SetRule} kept of every file validated together, in the order the files were given.
 *
 * @param <S> the rule's summary type
 */
public final class PlanSummaries<S> {

    /** One file's summary, with the file's name and its plan's id (either may be missing). */
    public record Entry<S>(String file, String planId, S summary) {
    }

    private final List<Entry<S>> entries;
    private final Map<String, Entry<S>> firstById;

    PlanSummaries(List<Entry<S>> entries, Map<String, Entry<S>> firstById) {
        this.entries = List.copyOf(entries);
        this.firstById = firstById;
    }

    public List<Entry<S>> all() {
        return entries;
    }

    /** The first file (in the order given) whose plan has this id. */
    public Optional<Entry<S>> byPlanId(String id) {
        return Optional.ofNullable(firstById.get(id));
    }
}
