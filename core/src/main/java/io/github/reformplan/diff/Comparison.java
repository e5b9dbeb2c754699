package io.github.reformplan.diff;

import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.ContentKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two revisions of a plan with their targets and tasks matched: first those with the same id and the
 * same content, then those with the same content under another id (renumbered), then those with the
 * same id whose content was edited. What is left is removed (old) or added (new). Matching the content
 * first keeps a renumbering (2.4 becoming 2.3 after 2.3 was dropped) from pairing unrelated tasks.
 */
public final class Comparison {

    /** One element in both revisions. */
    public record Pair<T>(T old, T current) {
    }

    private final PlanSide oldSide;
    private final PlanSide newSide;
    private final Matched<Target> targets;
    private final Matched<Task> tasks;

    /** The pairs and what is left on each side, in the new revision's order (removed: the old's). */
    public record Matched<T>(List<Pair<T>> pairs, List<T> removed, List<T> added) {
        public Matched {
            pairs = List.copyOf(pairs);
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    public Comparison(PlanSide oldSide, PlanSide newSide) {
        this.oldSide = oldSide;
        this.newSide = newSide;
        this.targets = match(oldSide.plan().targets(), newSide.plan().targets(), Target::id,
                t -> ContentKey.of(t.text()));
        this.tasks = match(oldSide.plan().tasks(), newSide.plan().tasks(), Task::id, t -> ContentKey.of(t.title()));
    }

    public PlanSide oldSide() {
        return oldSide;
    }

    public PlanSide newSide() {
        return newSide;
    }

    public Matched<Target> targets() {
        return targets;
    }

    public Matched<Task> tasks() {
        return tasks;
    }

    private static <T> Matched<T> match(List<T> old, List<T> current, Function<T, String> id,
            Function<T, String> content) {
        Map<T, T> pairOf = new IdentityHashMap<>(); // new -> old (two equal tasks stay two)
        List<T> oldLeft = new ArrayList<>(old);
        // 1. same id, same content; 2. same content, other id; 3. same id, content edited.
        for (int pass = 0; pass < 3; pass++) {
            for (T n : current) {
                if (pairOf.containsKey(n)) {
                    continue;
                }
                for (java.util.Iterator<T> it = oldLeft.iterator(); it.hasNext();) {
                    T o = it.next();
                    boolean sameId = id.apply(n) != null && id.apply(n).equals(id.apply(o));
                    boolean sameContent = !content.apply(n).isEmpty() && content.apply(o).equals(content.apply(n));
                    if (pass == 0 ? sameId && sameContent : pass == 1 ? sameContent : sameId) {
                        pairOf.put(n, o);
                        it.remove();
                        break;
                    }
                }
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> added = new ArrayList<>();
        for (T n : current) {
            T o = pairOf.get(n);
            if (o == null) {
                added.add(n);
            } else {
                pairs.add(new Pair<>(o, n));
            }
        }
        return new Matched<>(pairs, oldLeft, added);
    }
}
