package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a user runs it, with output captured through picocli's setOut/setErr. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReformplanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path plan(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static String clean() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cleanPlanExitsZeroWithASummary() throws IOException {
        Path p = plan("ok.yaml", clean());
        Run r = run("validate", "--lang", "en", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void findingsArePrintedAsPathLineColumnAndExitOne() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15")
                .replace("    lead: [Phòng Kinh tế]\n", ""));
        Run r = run("validate", "--lang", "en", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(p + ":11:11: warning plan-issued-late The plan was adopted on 2026-01-15,"
                + " after its period began on 2026-01-01");
        assertThat(r.out()).contains(p + ":63:5: error task-lead-missing Task 6 has no lead agency");
        assertThat(r.out()).endsWith("1 file: 1 error, 1 warning, no info" + System.lineSeparator());
    }

    @Test
    void vietnameseMessages() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        Run r = run("validate", "--lang", "vi", p.toString());
        // The severity and the dates in Vietnamese too: nothing English in a Vietnamese run.
        assertThat(r.out()).contains(":11:11: cảnh báo plan-issued-late Kế hoạch được ban hành ngày 15/1/2026, sau khi"
                        + " kỳ kế hoạch đã bắt đầu (1/1/2026)")
                .contains("1 tệp: 0 lỗi, 1 cảnh báo, 0 thông tin");
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        assertThat(run("validate", p.toString()).exit()).isZero();
        assertThat(run("validate", "--fail-on", "warning", p.toString()).exit()).isEqualTo(1);
        assertThat(run("validate", "--fail-on", "info", p.toString()).exit()).isEqualTo(1);
        Path broken = plan("broken.yaml", "plan: [");
        assertThat(run("validate", "--fail-on", "never", broken.toString()).exit()).isZero();
        assertThat(run("validate", broken.toString()).exit()).isEqualTo(1);
    }

    @Test
    void ruleOverridesChangeSeverityOrTurnRulesOff() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        Run error = run("validate", "--lang", "en", "--rule", "plan-issued-late=error", p.toString());
        assertThat(error.exit()).isEqualTo(1);
        assertThat(error.out()).contains(": error plan-issued-late ");
        Run off = run("validate", "--lang", "en", "--rule", "plan-issued-late=off", "--fail-on", "info", p.toString());
        assertThat(off.exit()).isZero();
        assertThat(off.out()).doesNotContain("plan-issued-late");
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        Run r = run("validate", "--format", "json", "--lang", "en", p.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/tool/name").asText()).isEqualTo("reformplan");
        assertThat(json.at("/tool/version").asText()).isNotBlank();
        assertThat(json.at("/files/0/path").asText()).isEqualTo(p.toString());
        assertThat(json.at("/files/0/plan").asText()).isEqualTo("xa-mau-2026");
        JsonNode f = json.at("/files/0/findings/0");
        assertThat(f.get("rule").asText()).isEqualTo("plan-issued-late");
        assertThat(f.get("severity").asText()).isEqualTo("warning");
        assertThat(f.get("message").asText()).startsWith("The plan was adopted on 2026-01-15");
        assertThat(f.get("pointer").asText()).isEqualTo("/plan/decision/date");
        assertThat(f.get("line").asInt()).isEqualTo(11);
        assertThat(f.get("column").asInt()).isEqualTo(11);
        assertThat(f.get("suggestion").isNull()).isTrue();
        assertThat(json.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/errors").asInt()).isZero();
        assertThat(json.at("/summary/infos").asInt()).isZero();
    }

    @Test
    void directoriesAreSearchedRecursively() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.yml"), clean());
        Files.writeString(dir.resolve("a/two.json"), "{");
        Files.writeString(dir.resolve("a/notes.txt"), "not a plan");
        Run r = run("validate", "--lang", "en", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("two.json:1:2: error parse ").doesNotContain("notes.txt")
                .contains("2 files: 1 error");
    }

    @Test
    void standardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(clean().replace("level: commune", "level: city")
                    .getBytes(StandardCharsets.UTF_8)));
            Run r = run("validate", "--lang", "en", "-");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("-:7:10: error schema ");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badInputNeverPrintsAStackTrace() throws IOException {
        Path bin = dir.resolve("bin.yaml");
        Files.write(bin, new byte[] {0, 1, 2, (byte) 0xff});
        Run r = run("validate", bin.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").exit()).isEqualTo(2);
        assertThat(run("validate", "--bogus", "x").exit()).isEqualTo(2);
        Run missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("No such file or directory");
        assertThat(run("validate", "--rule", "no-such-rule=error", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("validate", "--rule", "parse=fatal", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("validate", "--format", "pdf", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("validate", "--fail-on", "sometimes", dir.toString()).exit()).isEqualTo(2);
        assertThat(run().exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        Run help = run("validate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--fail-on").contains("--lang").contains("--rule").contains("--format");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("reformplan ");
    }

    @Test
    void baselineRecordsTodaysFindingsAndOnlyNewOnesFailLater() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15")
                .replace("    lead: [Phòng Kinh tế]\n", ""));
        Path baseline = dir.resolve("baseline.json");
        Run write = run("validate", "--lang", "en", "--write-baseline", baseline.toString(), p.toString());
        assertThat(write.exit()).isZero();
        assertThat(write.err()).contains("2 finding(s) recorded in " + baseline);
        assertThat(baseline).exists();

        Run known = run("validate", "--lang", "en", "--baseline", baseline.toString(), p.toString());
        assertThat(known.exit()).isZero();
        assertThat(known.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());
        assertThat(known.err()).contains("2 known finding(s) in the baseline");

        Files.writeString(p, clean().replace("date: 2025-12-20", "date: 2026-01-15")
                .replace("    deadline: Quý II/2026\n", ""));
        Run later = run("validate", "--lang", "en", "--baseline", baseline.toString(), p.toString());
        assertThat(later.exit()).isEqualTo(1);
        assertThat(later.out()).contains("error task-deadline-missing Task 7 has no deadline").doesNotContain("plan-issued-late");
        assertThat(later.err()).contains("stale baseline entry (no longer found)").contains("task-lead-missing");

        Files.writeString(baseline, "not a baseline");
        assertThat(run("validate", "--baseline", baseline.toString(), p.toString()).exit()).isEqualTo(2);
    }

    @Test
    void quietPrintsFindingsOnlyAndCapturedOutputHasNoColour() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        Run quiet = run("validate", "--quiet", "--lang", "en", p.toString());
        assertThat(quiet.out().strip()).startsWith(p.toString()).doesNotContain("1 file:");
        assertThat(quiet.out()).doesNotContain("\u001b[");
        assertThat(run("validate", "--no-color", "--lang", "en", p.toString()).out()).doesNotContain("\u001b[");
    }

    @Test
    void colourOnATerminalUnlessNoColor() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        boolean saved = ValidateCommand.interactiveOut;
        try {
            ValidateCommand.interactiveOut = true; // what Main sets when standard output is a terminal
            String coloured = run("validate", "--lang", "en", p.toString()).out();
            if (System.getenv("NO_COLOR") == null) {
                assertThat(coloured).contains(": \u001b[33mwarning\u001b[0m plan-issued-late");
            }
            assertThat(run("validate", "--no-color", "--lang", "en", p.toString()).out())
                    .contains(": warning plan-issued-late").doesNotContain("\u001b[");
        } finally {
            ValidateCommand.interactiveOut = saved;
        }
    }

    @Test
    void configurationFileSetsSeveritiesLanguageAndItsErrorsAreUsageErrors() throws IOException {
        Path p = plan("late.yaml", clean().replace("date: 2025-12-20", "date: 2026-01-15"));
        Path config = dir.resolve("reformplan.yaml");
        Files.writeString(config, "language: vi\nrules:\n  plan-issued-late: error\n");
        Run r = run("validate", "--config", config.toString(), p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("lỗi plan-issued-late Kế hoạch được ban hành ngày 15/1/2026");
        Run en = run("validate", "--config", config.toString(), "--lang", "en", "--rule", "plan-issued-late=off", p.toString());
        assertThat(en.exit()).isZero();
        assertThat(en.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());

        Files.writeString(config, "rules:\n  plan-issued-lat: error\n");
        Run bad = run("validate", "--lang", "en", "--config", config.toString(), p.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("plan-issued-lat").contains("plan-issued-late");
        assertThat(run("validate", "--config", dir.resolve("none.yaml").toString(), p.toString()).exit()).isEqualTo(2);
    }
}
