package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jazzer fuzz test of the quick YAML scanner against SnakeYAML's: whatever text it reads, it gives SnakeYAML's
 * tokens and marks. Regression mode in every build (the inputs under {@code QuickYamlScannerFuzzTestInputs/});
 * {@code JAZZER_FUZZ=1} fuzzes (FUZZING.md).
 */
class QuickYamlScannerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void againstSnakeYaml(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<String> quick = QuickYamlScannerTest.quick(text);
        if (quick != null) {
            assertThat(quick).isEqualTo(QuickYamlScannerTest.snake(text));
        }
    }
}
