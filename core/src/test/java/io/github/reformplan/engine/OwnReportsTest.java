package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.baseline.Baseline;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportFiles;
import io.github.reformplan.report.ReportWriters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The directory search knows reformplan's own reports by their content, whatever their name. */
class OwnReportsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("a JSON report", "{\n  \"tool\" : {\n    \"name\" : \"reformplan\", \"version\": \"1\"", true),
                Arguments.of("a SARIF log of reformplan", "{\"$schema\": \"x\", \"version\": \"2.1.0\", \"runs\": [{\"tool\": "
                        + "{\"driver\": {\"informationUri\": \"u\", \"name\": \"reformplan\"", true),
                Arguments.of("a baseline", "{\n  \"version\" : 1,\n  \"findings\" : [ {", true),
                Arguments.of("a report after a byte order mark", "\uFEFF  {\"tool\": {\"name\": \"reformplan\"}}", true),
                Arguments.of("another tool's report", "{\"tool\": {\"name\": \"spectral\"}}", false),
                Arguments.of("another tool's SARIF", "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"eslint\"}}}]}", false),
                Arguments.of("a JSON plan", "{\"schemaVersion\": 1, \"plan\": {\"id\": \"x\"}}", false),
                Arguments.of("a JSON plan that names its tool later", "{\"plan\": {\"tool\": {\"name\": \"reformplan\"}}}", false),
                Arguments.of("a YAML plan", "tool:\n  name: reformplan\n", false),
                Arguments.of("version and findings not first", "{\"plan\": 1, \"version\": 1, \"findings\": []}", false),
                Arguments.of("cut off before it says", "{\"tool\": {\"version\": \"1\"", false),
                Arguments.of("empty", "", false),
                Arguments.of("binary", "\u0000\u0001PK", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void recognisedByItsFirstBytes(String name, String head, boolean ours) throws IOException {
        Path f = Files.writeString(dir.resolve("f.json"), head);
        assertThat(PlanFiles.isOwnReport(f)).isEqualTo(ours);
    }

    @Test
    void reportsWrittenIntoAPlanDirectoryAreNotReadAsPlansByTheNextRun() throws IOException {
        Path plan = dir.resolve("xa-mau.yaml");
        try (InputStream in = OwnReportsTest.class.getResourceAsStream("/clean-plan.yaml")) {
            Files.write(plan, in.readAllBytes());
        }
        ValidationResult result = PlanValidator.builder().build().validateSources(List.of(PlanSource.of(plan)));
        ReportFiles.Batch batch = new ReportFiles.Batch(List.of(dir));
        for (String format : List.of("json", "sarif")) {
            batch.add(dir.resolve("r-" + format + ".yaml"), ReportWriters.recognisedAsReport(format),
                    out -> ReportWriters.forFormat(format).write(result, Locale.ENGLISH, out));
        }
        batch.add(dir.resolve("baseline.json"), true, out -> Baseline.of(result).write(out));
        batch.write();

        assertThat(PlanFiles.expand(List.of(dir))).containsExactly(plan);
        assertThat(PlanFiles.expand(List.of(dir.resolve("r-json.yaml")))).hasSize(1); // named directly: read as asked
    }
}
