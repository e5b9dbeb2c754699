package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.testing.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Reports written to files, several in one run, as CI pipelines use them. */
class ReportOutputTest {

    @TempDir
    Path dir;

    private Path plan() throws IOException {
        Path p = dir.resolve("plans/xa-mau.yaml");
        Files.createDirectories(p.getParent());
        Files.writeString(p, ValidateCommandTest.clean().replace("date: 2025-12-20", "date: 2026-01-15")
                .replace("    lead: [Phòng Kinh tế]\n", ""));
        return p;
    }

    @Test
    void sarifJunitAndHtmlInOneRun() throws Exception {
        Path plan = plan();
        Path sarif = dir.resolve("out/out.sarif");
        Path junit = dir.resolve("out/TEST-reformplan.xml");
        Path html = dir.resolve("out/report.html");
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "vi",
                "--format", "sarif", "--output", sarif.toString(),
                "--format", "junit", "--output", junit.toString(),
                "--format", "html", "--output", html.toString(),
                "--format", "text", plan.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("lỗi task-lead-missing").contains("1 tệp: 1 lỗi, 1 cảnh báo");

        String log = Files.readString(sarif);
        assertThat(SarifSchema.validate(log)).isEmpty();
        JsonNode sarifJson = new ObjectMapper().readTree(log);
        assertThat(sarifJson.at("/runs/0/results")).hasSize(2);
        assertThat(sarifJson.at("/runs/0/results/0/ruleId").asText()).isEqualTo("plan-issued-late");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = f.newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");

        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"vi\"").contains("task-lead-missing").contains("plan-issued-late")
                .doesNotContain("<link").doesNotContain("src=");
        try (var files = Files.list(sarif.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "out.sarif", "TEST-reformplan.xml", "report.html"); // no temporary files left behind
        }
    }

    @Test
    void theReadmeCommandWritesAValidSarifFileForTheExamples() throws IOException {
        Path sarif = dir.resolve("out.sarif");
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--format", "sarif", "--output", sarif.toString(),
                "../examples/plans");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(SarifSchema.validate(Files.readString(sarif))).isEmpty();
        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size()).isEqualTo(61);
    }

    @Test
    void formatIsGuessedFromTheOutputName() throws IOException {
        Path json = dir.resolve("r.json");
        assertThat(ValidateCommandTest.run("validate", "--output", json.toString(), plan().toString()).exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.toFile()).at("/summary/errors").asInt()).isEqualTo(1);
    }

    @Test
    void badPairingsAreUsageErrors() throws IOException {
        Path p = plan();
        assertThat(ValidateCommandTest.run("validate", "--format", "json", "--format", "html", p.toString()).exit())
                .isEqualTo(2);
        assertThat(ValidateCommandTest.run("validate", "--format", "json", "--output", "a.json", "--output", "b.json",
                p.toString()).exit()).isEqualTo(2);
    }
}
