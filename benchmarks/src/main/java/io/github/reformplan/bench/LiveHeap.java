package io.github.reformplan.bench;

import io.github.reformplan.model.Plan;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.nio.file.Path;

/**
 * The live heap one plan file takes at each step of reading: its tree and location index, then with the
 * bound plan, then the plan alone (a full collection before each figure).
 *
 * <pre>java -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.reformplan.bench.LiveHeap /tmp/big45.yaml</pre>
 */
public final class LiveHeap {

    private LiveHeap() {
    }

    private static long liveMegabytes() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long base = liveMegabytes();
        DocumentReader.Result read = new DocumentReader(ReadLimits.DEFAULT).read(PlanSource.of(file));
        if (!(read instanceof DocumentReader.Document doc)) {
            System.err.println(file + ": not readable: " + read);
            System.exit(1);
            return;
        }
        System.out.printf("tree + index:        %5d MB%n", liveMegabytes() - base);
        Plan plan = PlanReader.bind(file.toString(), doc.root(), doc.index());
        System.out.printf("tree + index + plan: %5d MB%n", liveMegabytes() - base);
        read = null;
        doc = null;
        System.out.printf("plan alone:          %5d MB (%,d tasks)%n", liveMegabytes() - base, plan.tasks().size());
    }
}
