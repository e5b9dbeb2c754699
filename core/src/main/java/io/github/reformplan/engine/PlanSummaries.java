package io.github.reformplan.engine;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * What one {@link SetRule} kept of every file validated together, in the order the files were given.
 * In a batch the summaries are read back from where the batch put them aside, as they are asked for;
 * the summary {@link SetRule#check} is given as its own is the very instance its entry here holds.
 *
 * @param <S> the rule's summary type
 */
public final class PlanSummaries<S> {

    /** One file's summary, with the file's name and its plan's id (either may be missing). */
    public record Entry<S>(String file, String planId, S summary) {
    }

    /** Parents are asked for by every child: the few read back last are kept at hand. */
    private static final int RECENT = 256;

    private final List<String> files;
    private final List<String> planIds;
    private final IntFunction<S> summaries;
    private final Map<String, Integer> firstById;
    private final Map<Integer, S> recent;
    private final int self;
    private final S mine;

    /** Entries by position: file names, plan ids ({@code null} where a plan has none) and the summaries. */
    PlanSummaries(List<String> files, List<String> planIds, IntFunction<S> summaries) {
        this.files = files;
        this.planIds = planIds;
        this.summaries = summaries;
        this.firstById = new HashMap<>();
        for (int i = 0; i < planIds.size(); i++) {
            if (planIds.get(i) != null) {
                firstById.putIfAbsent(planIds.get(i), i);
            }
        }
        this.recent = new ConcurrentHashMap<>();
        this.self = -1;
        this.mine = null;
    }

    private PlanSummaries(PlanSummaries<S> all, int self, S mine) {
        this.files = all.files;
        this.planIds = all.planIds;
        this.summaries = all.summaries;
        this.firstById = all.firstById;
        this.recent = all.recent;
        this.self = self;
        this.mine = mine;
    }

    /** The summaries as the file at {@code index} sees them: its own entry holds {@code mine}. */
    PlanSummaries<S> seenFrom(int index, S mine) {
        return new PlanSummaries<>(this, index, mine);
    }

    /** The summary at {@code index}, read back. */
    S summary(int index) {
        if (index == self) {
            return mine;
        }
        S s = recent.get(index);
        if (s == null) {
            s = summaries.apply(index);
            if (s != null) {
                if (recent.size() >= RECENT) {
                    recent.clear();
                }
                recent.put(index, s);
            }
        }
        return s;
    }

    private Entry<S> entry(int index) {
        return new Entry<>(files.get(index), planIds.get(index), summary(index));
    }

    public List<Entry<S>> all() {
        return new Entries();
    }

    /** The first file (in the order given) whose plan has this id. */
    public Optional<Entry<S>> byPlanId(String id) {
        Integer at = firstById.get(id);
        return at == null ? Optional.empty() : Optional.of(entry(at));
    }

    private final class Entries extends AbstractList<Entry<S>> implements RandomAccess {
        @Override
        public Entry<S> get(int index) {
            return entry(index);
        }

        @Override
        public int size() {
            return files.size();
        }
    }
}
