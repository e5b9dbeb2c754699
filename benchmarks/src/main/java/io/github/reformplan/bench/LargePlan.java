package io.github.reformplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one very large plan, for the memory and time of a single big file (issue 8: a 45 MB plan under
 * 512 MB): the Hoằng Lộc 2026 plan with its tasks repeated, each copy's ids suffixed {@code .rN}, until the
 * file reaches the size asked for.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.reformplan.bench.LargePlan /tmp/big45.yaml 47</pre>
 */
public final class LargePlan {

    private LargePlan() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargePlan OUT.yaml MEGABYTES");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * 1_000_000);
        ObjectNode plan = ExamplePlans.tree(ExamplePlans.HOANG_LOC);
        ArrayNode tasks = (ArrayNode) plan.get("tasks");
        ArrayNode repeated = plan.arrayNode();
        long perCopy = ExamplePlans.yaml(tasks).length;
        long copies = Math.max(1, (target - ExamplePlans.yaml(plan).length + perCopy) / perCopy + 1);
        for (long n = 0; n < copies; n++) {
            for (JsonNode task : tasks) {
                ObjectNode copy = task.deepCopy();
                copy.put("id", task.path("id").asText() + ".r" + n);
                repeated.add(copy);
            }
        }
        plan.set("tasks", repeated);
        byte[] yaml = ExamplePlans.yaml(plan);
        Files.write(out, yaml);
        System.err.printf("%s: %,d tasks, %,d bytes%n", out, repeated.size(), yaml.length);
    }
}
