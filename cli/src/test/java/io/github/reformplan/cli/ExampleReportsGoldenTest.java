package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports of the example plans, in every format, are byte for byte the committed ones
 * (src/test/resources/golden, written by the code before the speed work of issue 12): making the batch fast
 * and parallel changed no output. A deliberate change of findings or format rewrites these files.
 */
class ExampleReportsGoldenTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "html"})
    void reportOfTheExamplesIsTheGoldenOne(String format) throws Exception {
        Path out = dir.resolve("report." + format);
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--format", format, "--output", out.toString(),
                "../examples/plans");
        assertThat(r.exit()).isEqualTo(1);
        byte[] golden = Files.readAllBytes(Path.of("src/test/resources/golden/report." + format));
        assertThat(Files.readAllBytes(out)).as(format).isEqualTo(golden);
    }
}
