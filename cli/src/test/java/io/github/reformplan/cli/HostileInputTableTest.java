package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8's reproductions, as a table: the input (the clean plan changed one way), the finding it gives (rule and
 * message variant, or none), where, and the exit code of {@code reformplan validate}. Each run is bounded by a
 * hang guard of a few seconds (a guard, not a benchmark), prints no stack trace and leaves the input as it was.
 */
class HostileInputTableTest {

    @TempDir
    Path dir;

    private static final String TARGET_TEXT = "    text: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn\n";

    private static UnaryOperator<String> replace(String from, String to) {
        return s -> {
            assertThat(s).contains(from);
            return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        };
    }

    private static UnaryOperator<String> amount(String amount) {
        return replace(TARGET_TEXT, TARGET_TEXT + "    value: { comparator: \">=\", amount: " + amount + " }\n");
    }

    static Stream<Arguments> reproductions() {
        String big = "x".repeat(10 * 1024 * 1024);
        return Stream.of(
                // name, file name, change, expected key (null: no finding), line, column, exit code
                Arguments.of("13-byte exponent", "p.yaml", amount("1e999999999"), "target-out-of-range", 27, 12, 1),
                Arguments.of("exponent past 2^31", "p.yaml", amount("1e9999999999"), "parse.number-range", 27, 40, 1),
                Arguments.of("1,200 digits (YAML)", "p.yaml", amount("9".repeat(1200)), "parse.number-too-long", 27, 40, 1),
                Arguments.of("pointer of 200,000 tokens", "p.yaml", (UnaryOperator<String>) s -> s
                        + "suppress:\n  - rule: task-lead-missing\n    pointer: \"" + "/a".repeat(200_000) + "\"\n    reason: x\n",
                        "suppression-invalid.unused", 77, 5, 0),
                Arguments.of("10 MB scalar", "p.yaml", replace("title: Kế hoạch cải cách hành chính xã Mẫu năm 2026",
                        "title: Kế hoạch " + big), null, 0, 0, 0),
                Arguments.of("10 MB comment", "p.yaml", (UnaryOperator<String>) s -> "#" + big + "\n" + s, null, 0, 0, 0),
                Arguments.of("month 13", "p.yaml", replace("date: 2025-12-20", "date: 2025-13-45"), "schema.date", 11, 11, 1),
                Arguments.of("day zero", "p.yaml", replace("date: 2025-12-20", "date: 0000-00-00"), "schema.date", 11, 11, 1),
                Arguments.of("30 February", "p.yaml", replace("date: 2025-12-20", "date: 2026-02-30"), "schema.date", 11, 11, 1),
                Arguments.of("period backwards", "p.yaml", replace("period: \"2026\"", "period: \"2030-2026\""),
                        "schema.period-inverted", 8, 11, 1),
                Arguments.of("year of nine digits", "p.yaml", replace("deadline: Quý I/2026", "deadline: Tháng 9/999999999"),
                        "deadline-unparsed.year", 36, 15, 0),
                Arguments.of("control character", "p.yaml", replace("issuer: UBND xã Mẫu", "issuer: UBND\u0007 xã Mẫu"),
                        "parse.control-character", 6, 15, 1),
                Arguments.of("only a document marker", "p.yaml", (UnaryOperator<String>) s -> "---\n",
                        "parse.empty", 0, 0, 1),
                Arguments.of("colon in a title", "p.yaml", replace("title: Kế hoạch cải cách", "title: Kế hoạch: cải cách"),
                        "parse.syntax-colon", 5, 18, 1),
                Arguments.of("misspelt area", "p.yaml", replace("area: institutions", "area: institution"),
                        "schema.enum-suggest", 38, 11, 1),
                Arguments.of("outputs: 5", "p.yaml", replace("outputs: [Kế hoạch kiểm tra]", "outputs: 5"),
                        "schema.type", 34, 14, 1),
                Arguments.of("id as a number", "p.yaml", replace("id: \"1\"", "id: 1"), "schema.type-quote", 24, 9, 1),
                Arguments.of("1,200 digits (JSON)", "p.json", (UnaryOperator<String>) s -> "{\"n\": " + "9".repeat(1200) + "}",
                        "parse.number-too-long", 1, 7, 1),
                Arguments.of("key of 60,000 characters (JSON)", "p.json",
                        (UnaryOperator<String>) s -> "{\"" + "k".repeat(60_000) + "\": 1}", "parse.key-too-long", 1, 2, 1),
                Arguments.of("key of 60,000 characters (YAML)", "p.yaml",
                        (UnaryOperator<String>) s -> "k".repeat(60_000) + ": 1\n" + s, "parse.key-too-long", 1, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproductions")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard under a loaded build machine, not a speed test
    void eachReproductionIsOneClearFinding(String name, String fileName, UnaryOperator<String> change, String key,
            int line, int column, int exit) throws IOException {
        Path file = dir.resolve(fileName);
        byte[] content = change.apply(ValidateCommandTest.clean()).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        List<Finding> findings = PlanValidator.builder().build().validate(List.of(file)).findings();
        if (key == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).as(name).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo(key);
                assertThat(f.location().line()).isEqualTo(line);
                assertThat(f.location().column()).isEqualTo(column);
                assertThat(f.message().length()).as("no huge value in the message").isLessThan(1_000);
            });
        }
        ValidateCommandTest.Run run = ValidateCommandTest.run("validate", "--lang", "en", "--no-color", file.toString());
        assertThat(run.exit()).as(name + ": " + run.err()).isEqualTo(exit);
        assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception");
        assertThat(Files.readAllBytes(file)).as("the input is never written").isEqualTo(content);
    }

    @Test
    void aConfigurationAboveTheSizeCeilingIsAUsageError() throws IOException {
        Path config = Files.writeString(dir.resolve("reformplan.yaml"), "limits:\n  maxFileMegabytes: 2047\n");
        Path plan = Files.writeString(dir.resolve("p.yaml"), ValidateCommandTest.clean());
        ValidateCommandTest.Run run = ValidateCommandTest.run("validate", "--lang", "en", "--config", config.toString(),
                plan.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'limits.maxFileMegabytes' is 2047; it must be at most 200");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoOrADeviceNamedDirectlyIsOneParseFindingNotAHang() throws Exception {
        Path fifo = dir.resolve("plan.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        for (Path p : List.of(fifo, Path.of("/dev/zero"))) {
            if (!Files.exists(p)) {
                continue;
            }
            List<Finding> findings = PlanValidator.builder().build().validate(List.of(p)).findings();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("parse.not-regular");
                assertThat(f.location().line()).isZero();
            });
            assertThat(ValidateCommandTest.run("validate", "--lang", "en", p.toString()).exit()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard for the child JVM, not a speed test
    void closedStandardInputIsAUsageErrorNotTooLarge() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash) && Files.isDirectory(Path.of("/proc/self/fd")));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList("validate", "--lang", "en", "-"));
        Process p = new ProcessBuilder(bash.toString(), "-c", "exec " + String.join(" ", cmd) + " <&-")
                .directory(new File(System.getProperty("user.dir"))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(2);
        assertThat(out).contains("standard input is closed").doesNotContain("too large", "\tat ");
    }
}
