package io.github.reformplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor a batch is measured against: a bare Jackson YAML tree parse of every plan file under a folder, on
 * every core, in one JVM (the "≈ 2.6 s" line). Hosts here differ twofold in speed from day to day, so a
 * batch's time is best read beside this one, taken in the same minutes.
 *
 * <pre>/usr/bin/time java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.github.reformplan.bench.BareParse /tmp/corpus</pre>
 */
public final class BareParse {

    private BareParse() {
    }

    /** How many files were parsed, how many tree nodes they made, and in how long. */
    record Parsed(int files, long nodes, double seconds) {
    }

    public static void main(String[] args) throws IOException {
        Parsed p = parse(Path.of(args[0]));
        System.out.printf("%d files, %,d nodes parsed in %.2f s%n", p.files(), p.nodes(), p.seconds());
    }

    /** Every {@code .yaml} file under {@code dir}, each parsed to a tree, on every core. */
    static Parsed parse(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        long started = System.nanoTime();
        long nodes = files.parallelStream().mapToLong(f -> {
            try {
                return count(mapper.readTree(Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(f.toString(), e);
            }
        }).sum();
        return new Parsed(files.size(), nodes, (System.nanoTime() - started) / 1e9);
    }

    /** Every node of the tree, so that the parse cannot be skipped as unused. */
    private static long count(JsonNode node) {
        long n = 1;
        for (JsonNode child : node) {
            n += count(child);
        }
        return n;
    }
}
