package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the readers and the whole validator: a few thousand corrupted variants of a
 * real plan, with a fixed seed so a failure reproduces. Whatever the input, the outcome is findings,
 * never an exception. Bounded by iteration count, not time.
 */
class ReaderFuzzTest {

    private static final byte[][] TOKENS = {
        "\n".getBytes(), ": ".getBytes(), "- ".getBytes(), "&a ".getBytes(), "*a".getBytes(), "[".getBytes(),
        "]".getBytes(), "{".getBytes(), "}".getBytes(), "\"".getBytes(), "'".getBytes(), "#".getBytes(),
        "!!binary ".getBytes(), "---\n".getBytes(), "\t".getBytes(), {(byte) 0xC3}, {(byte) 0xFF}, {0},
        "~".getBytes(), "<<: *a\n".getBytes(), "? ".getBytes(), "|\n".getBytes(), "%YAML 1.2\n".getBytes()
    };

    @Test
    void corruptedPlansNeverThrow() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/clean-plan.yaml")) {
            seed = in.readAllBytes();
        }
        PlanValidator validator = PlanValidator.builder().build();
        Random random = new Random(20261123L);
        int withFindings = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] input = mutate(seed, random);
            List<Finding> findings = validator.validateSources(List.of(PlanSource.of("fuzz.yaml", input))).findings();
            if (!findings.isEmpty()) {
                withFindings++;
            }
            for (Finding f : findings) {
                assertThat(f.message()).isNotBlank();
                assertThat(f.location().line()).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(withFindings).as("the mutations really break plans").isGreaterThan(1000);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = splice(out, at, TOKENS[random.nextInt(TOKENS.length)], 0);
                case 2 -> out = splice(out, at, new byte[0], Math.min(out.length - at, 1 + random.nextInt(40)));
                default -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, byte[] insert, int remove) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }
}
