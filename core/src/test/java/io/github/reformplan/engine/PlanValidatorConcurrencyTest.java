package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator shared by 16 threads gives the same findings, in the same order, as one thread alone. */
class PlanValidatorConcurrencyTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "plans");

    /** Everything a report shows of a finding, in order. */
    private static List<String> render(ValidationResult r) {
        List<String> out = new ArrayList<>();
        for (ValidationResult.FileResult f : r.files()) {
            out.add("file " + f.path() + " " + f.planId());
            for (Finding x : f.findings()) {
                out.add(x.rule() + " " + x.severity() + " " + x.location() + " " + x.messageKey() + " " + x.message()
                        + " " + x.fingerprint() + " " + x.related() + " " + x.suggestion());
            }
        }
        return out;
    }

    @Test
    void sixteenThreadsOnOneValidatorGiveIdenticalResults() throws Exception {
        PlanValidator validator = PlanValidator.builder().build();
        List<String> expected = render(validator.validate(List.of(EXAMPLES)));
        assertThat(expected).hasSizeGreaterThan(60); // 3 files, 61 findings
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<List<String>> mine = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        mine.add(render(validator.validate(List.of(EXAMPLES))));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<List<String>>> run : runs) {
                for (List<String> result : run.get()) {
                    assertThat(result).containsExactlyElementsOf(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
