package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.LongAdder;

/**
 * A batch's file results, each read back from its {@link Spill} when asked for, so that a report walks
 * through a national year holding one file at a time. Unmodifiable; the counts by severity are kept
 * apart, for the summaries and the exit code.
 */
final class SpilledFiles extends AbstractList<ValidationResult.FileResult> implements RandomAccess {

    /** Counts findings by severity as results are made, from any thread. */
    static final class Counter {
        private final LongAdder[] bySeverity = {new LongAdder(), new LongAdder(), new LongAdder()};

        ValidationResult.FileResult count(ValidationResult.FileResult r) {
            for (Finding f : r.findings()) {
                bySeverity[f.severity().ordinal()].increment();
            }
            return r;
        }
    }

    private final List<Spill.Slot<ValidationResult.FileResult>> slots;
    private final long[] counts = new long[Severity.values().length];

    SpilledFiles(List<Spill.Slot<ValidationResult.FileResult>> slots, Counter counter) {
        this.slots = List.copyOf(slots);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counter.bySeverity[i].sum();
        }
    }

    @Override
    public ValidationResult.FileResult get(int index) {
        return slots.get(index).get();
    }

    @Override
    public int size() {
        return slots.size();
    }

    long count(Severity severity) {
        return counts[severity.ordinal()];
    }
}
