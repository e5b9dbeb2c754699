package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "src/plans/x.yaml|src/plans/x.yaml",
        "./src/plans/x.yaml|src/plans/x.yaml",
        "./src/plans/|src/plans",
        "src//plans///x.yaml|src/plans/x.yaml",
        "src\\plans\\x.yaml|src/plans/x.yaml",
        ".\\src\\plans\\|src/plans",
        "src/./plans/../plans/x.yaml|src/plans/x.yaml",
        "../plans/x.yaml|../plans/x.yaml",
        "/home/u//plans/./x.yaml|/home/u/plans/x.yaml",
        "C:\\plans\\x.yaml|C:/plans/x.yaml",
        ".|.",
        "-|-",
    })
    void fileNamesHaveOneForm(String given, String normalised) {
        assertThat(PlanFiles.normalise(given)).isEqualTo(normalised);
    }
}
