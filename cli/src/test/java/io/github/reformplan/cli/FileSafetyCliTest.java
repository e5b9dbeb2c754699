package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reformplan.testing.FileStates;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 8, output half, from the command line: each row is the arguments ({@code {d}} is the test's
 * directory), the exit code and what the message says; after every row, every input is byte-identical
 * (hashes, inodes and modes compared) and nothing prints a stack trace.
 */
class FileSafetyCliTest {

    @TempDir
    Path dir;

    private String clean;

    @BeforeEach
    void files() throws IOException {
        clean = ValidateCommandTest.clean();
        Files.writeString(dir.resolve("p.yaml"), clean);
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/a.yaml"), clean);
        Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("p.yaml"));
        Files.writeString(dir.resolve("reformplan.yaml"), "language: en\n");
        Files.writeString(dir.resolve("b.json"), "{\"version\": 1, \"findings\": []}\n");
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"findings\": [{\"rule\": 5}]}\n");
    }

    private static Arguments row(String args, int exit, String message) {
        return Arguments.of(args, exit, message);
    }

    static Stream<Arguments> validate() {
        return Stream.of(
                row("--output {d}/p.yaml {d}/p.yaml", 2,
                        "Refusing to write {d}/p.yaml: it is {d}/p.yaml, an input of this run, which would be overwritten"),
                row("--format json --output {d}/p.yaml {d}/p.yaml", 2, "Refusing to write {d}/p.yaml: it is {d}/p.yaml"),
                row("--write-baseline {d}/p.yaml {d}/p.yaml", 2, "Refusing to write {d}/p.yaml: it is {d}/p.yaml"),
                row("--output {d}/link.yaml {d}/p.yaml", 2, "Refusing to write {d}/link.yaml: it is {d}/p.yaml"),
                row("--format sarif --output {d}/plans/a.yaml {d}/plans", 2, "Refusing to write {d}/plans/a.yaml: it is {d}/plans/a.yaml"),
                row("--output {d}/plans/plan.yaml {d}/plans", 2,
                        "Refusing to write {d}/plans/plan.yaml: it is inside {d}/plans, which this run searches for plans"),
                row("--format html --output {d}/plans/r.json {d}/plans", 2, "it is inside {d}/plans"),
                row("--config {d}/reformplan.yaml --output {d}/reformplan.yaml {d}/p.yaml", 2,
                        "Refusing to write {d}/reformplan.yaml: it is {d}/reformplan.yaml"),
                row("--baseline {d}/b.json --format json --output {d}/b.json {d}/p.yaml", 2, "Refusing to write {d}/b.json"),
                row("--output {d}/plans {d}/p.yaml", 2, "{d}/plans is a directory: give the name of a file"),
                row("--output / {d}/p.yaml", 2, "/ is a directory"),
                row("--output= {d}/p.yaml", 2, "The output file name is empty"),
                row("--output {d}/p.yaml/r.json {d}/p.yaml", 2, "Cannot write {d}/p.yaml/r.json: {d}/p.yaml is a file, not a directory"),
                row("--format json --output {d}/a.json --format sarif --output {d}/a.json {d}/p.yaml", 2,
                        "{d}/a.json is given twice as an output"),
                row("--baseline {d}/bad.json {d}/p.yaml", 2, "{d}/bad.json: in baseline entry findings[0], rule must be text, not 5"),
                row("--baseline {d}/none.json {d}/p.yaml", 2, "Cannot read the baseline {d}/none.json"),
                row("--lang vi --output {d}/p.yaml {d}/p.yaml", 2, "Không ghi {d}/p.yaml: đó là {d}/p.yaml, một tệp đầu vào"),
                row("--lang vi --output {d}/plans {d}/p.yaml", 2, "{d}/plans là một thư mục"),
                row("--lang vi --baseline {d}/bad.json {d}/p.yaml", 2, "trong mục findings[0] của tệp mốc, rule phải là văn bản, không phải 5"),
                row("--format json --output {d}/plans/reformplan.json {d}/plans", 0, ""),
                row("--write-baseline {d}/plans/baseline.json {d}/plans", 0, "0 finding(s) recorded"),
                row("--baseline {d}/b.json --write-baseline {d}/b.json {d}/p.yaml", 0, "0 finding(s) recorded in {d}/b.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validate")
    void validateOutputs(String args, int exit, String message) {
        Map<String, String> before = FileStates.of(dir);
        ValidateCommandTest.Run r = ValidateCommandTest.run(args("validate " + (args.startsWith("--lang") ? "" : "--lang en ") + args));

        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.err() + r.out()).contains(message.replace("{d}", dir.toString()));
        assertNoStackTrace(r);
        FileStates.assertUnchanged(before, dir, Set.of("b.json"));
        if (exit == 2) {
            assertThat(r.err()).startsWith("reformplan: ").doesNotContain("Usage:");
            assertThat(FileStates.of(dir)).containsOnlyKeys(before.keySet());
        }
    }

    @Test
    void aReportWrittenIntoThePlansIsNotReadAsAPlanNextTime() {
        assertThat(ValidateCommandTest.run(args("validate --format json --output {d}/plans/r.json --format sarif"
                + " --output {d}/plans/r.sarif.json {d}/plans")).exit()).isZero();
        ValidateCommandTest.Run next = ValidateCommandTest.run(args("validate --lang en {d}/plans"));
        assertThat(next.exit()).isZero();
        assertThat(next.out()).isEqualTo("1 file: no error, no warning, no info" + System.lineSeparator());
    }

    @Test
    void devicesAreWrittenToNotReplaced() throws IOException {
        Path full = dir.resolve("full");
        Path nul = dir.resolve("null");
        assumeTrue(FileStates.make(full, "c", "1", "7") && FileStates.make(nul, "c", "1", "3"), "mknod (root) is needed");
        Map<String, String> before = FileStates.of(dir);

        ValidateCommandTest.Run ok = ValidateCommandTest.run(args("validate --format sarif --output {d}/null {d}/p.yaml"));
        ValidateCommandTest.Run noSpace = ValidateCommandTest.run(args("validate --lang en --output {d}/full {d}/p.yaml"));

        assertThat(ok.exit()).isZero();
        assertThat(noSpace.exit()).isEqualTo(2);
        assertThat(noSpace.err()).isEqualTo("reformplan: Cannot write " + full + ": no space left on the device"
                + System.lineSeparator());
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    void anUnwritableDirectoryIsAUsageError() {
        assumeTrue(Files.isDirectory(Path.of("/sys/kernel")));
        ValidateCommandTest.Run r = ValidateCommandTest.run(args("validate --lang en --output /sys/kernel/r.json {d}/p.yaml"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Cannot write /sys/kernel/r.json: permission denied");
    }

    @Test
    void standardOutputThatFailsIsAUsageError() {
        CommandLine cl = ReformplanCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        }));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args("validate --lang en {d}/p.yaml"))).isEqualTo(2);
        assertThat(err.toString()).contains("reformplan: cannot write to standard output");
    }

    // ---- fix ----

    private Path fixable(String name) throws IOException {
        return Files.writeString(dir.resolve(name), clean.replace("    support: [Phòng Kinh tế]\n",
                "    support: [Phòng Kinh tế, Sở Thông tin và Truyền thông]\n"));
    }

    @Test
    void fixLeavesAReadOnlyPlanAloneAndExitsOne() throws IOException {
        Path ro = fixable("ro.yaml");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = FileStates.of(dir);

        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", ro.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(ro + ": not fixed: " + ro + " is read-only: it is left as it is");
        assertThat(r.out()).contains("0 fix(es) applied in 1 file(s); 1 file(s) not fixed (see above)");
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    void fixOfAFileWithAParseErrorShowsTheFindingAndExitsOne() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "plan:\n  id: [a\n");
        Map<String, String> before = FileStates.of(dir);

        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "vi", broken.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(broken + ":3:1: lỗi parse ")
                .contains(broken + ": không sửa: không đọc được tệp như một kế hoạch");
        assertThat(r.out()).contains("1 tệp không sửa được");
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    void fixExitsZeroOnlyWhenEveryFileWasFixedOrNeededNothing() throws IOException {
        Path fixable = fixable("fixable.yaml");
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", fixable.toString(), dir.resolve("p.yaml").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 fix(es) applied in 2 file(s)").doesNotContain("not fixed");

        Files.writeString(dir.resolve("plans/broken.yaml"), "plan: [\n");
        assertThat(ValidateCommandTest.run("fix", "--lang", "en", dir.resolve("plans").toString()).exit()).isEqualTo(1);
    }

    @Test
    void fixKeepsHardLinksAndTellsOfEachFileOnce() throws IOException {
        Path p = fixable("linked.yaml");
        Path other = Files.createLink(dir.resolve("other.yaml"), p);
        Object inode = Files.getAttribute(p, "unix:ino");
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", p.toString(), other.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.getAttribute(other, "unix:ino")).isEqualTo(inode);
        assertThat(Files.readString(other)).contains("Sở Khoa học và Công nghệ");
    }

    // ---- the last resort ----

    /** A command that fails as only a bug or a starved JVM can. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer>, ReformplanCommand.Localised {
        @CommandLine.Option(names = "--lang")
        String lang = "en";

        @CommandLine.Option(names = "--what")
        String what;

        @Override
        public Integer call() {
            switch (what) {
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                default -> throw new IllegalStateException("a bug");
            }
        }

        @Override
        public java.util.Locale language() {
            return java.util.Locale.forLanguageTag(lang);
        }
    }

    static Stream<Arguments> lastResort() {
        return Stream.of(
                Arguments.of("memory", "en", "reformplan: out of memory: these plans need more memory than Java was given"),
                Arguments.of("memory", "vi", "reformplan: hết bộ nhớ: các kế hoạch này cần nhiều bộ nhớ hơn"),
                Arguments.of("stack", "en", "reformplan: internal error: stack overflow"),
                Arguments.of("stack", "vi", "reformplan: lỗi nội bộ: tràn ngăn xếp"),
                Arguments.of("bug", "vi", "reformplan: lỗi nội bộ: java.lang.IllegalStateException: a bug (xin hãy báo lỗi"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("lastResort")
    void whatNoCommandHandlesIsOneMessageAndExitThree(String what, String lang, String message) {
        CommandLine cl = ReformplanCommand.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = Main.run(cl, "boom", "--lang", lang, "--what", what);

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith(message).doesNotContain("\tat ").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    // ---- the real process: /dev/stdout ----

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard for the child JVM, not a speed test
    void devStdoutIsAppendedToWhereverStandardOutputGoes() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdout")));
        Path captured = Files.writeString(dir.resolve("captured.txt"), "before\n");
        Object inode = Files.getAttribute(captured, "unix:ino");

        Process p = java("validate", "--format", "json", "--output", "/dev/stdout", "--format", "text",
                "--output", dir.resolve("r.txt").toString(), dir.resolve("p.yaml").toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(captured.toFile())).start();
        String err = new String(p.getErrorStream().readAllBytes());

        assertThat(p.waitFor()).as(err).isZero();
        assertThat(Files.getAttribute(captured, "unix:ino")).isEqualTo(inode);
        assertThat(Files.readString(captured)).startsWith("before\n{").contains("\"name\" : \"reformplan\"");
        assertThat(Files.isRegularFile(Path.of("/dev/stdout"), LinkOption.NOFOLLOW_LINKS)).isFalse();

        // and standard output redirected into the plan itself: refused, the plan intact
        Path plan = dir.resolve("p.yaml");
        Map<String, String> before = FileStates.of(dir);
        Process into = java("validate", "--lang", "en", "--format", "json", "--output", "/dev/stdout", plan.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(plan.toFile())).start();
        String refused = new String(into.getErrorStream().readAllBytes());
        assertThat(into.waitFor()).isEqualTo(2);
        assertThat(refused).contains("Refusing to write /dev/stdout: it is " + plan);
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard for the child JVMs, not a speed test
    void aDescriptorOpenOnlyForReadingIsNeverWritten() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash) && Files.isDirectory(Path.of("/proc/self/fdinfo")));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not a report\n");
        Map<String, String> before = FileStates.of(dir);
        // Linux reopens /proc/self/fd/N as its file, whatever the descriptor's mode: fd 1 read-only on a file
        // is what a JVM started with standard output closed has (it reuses fd 1 for a file of its own).
        for (String redirect : List.of("--output /dev/stdout 1< " + victim, "--output /dev/fd/3 3< " + victim,
                "--output /proc/self/fd/1 1< " + victim)) {
            String java = String.join(" ", java("validate", "--lang", "en", "--format", "json").command());
            Process p = new ProcessBuilder(bash.toString(), "-c", "exec " + java + " " + dir.resolve("p.yaml") + " "
                    + redirect).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(redirect + ": " + out).isEqualTo(2);
            assertThat(out).startsWith("reformplan: ").doesNotContain("\tat ");
            FileStates.assertUnchanged(before, dir, Set.of());
        }
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd).directory(new File(System.getProperty("user.dir")));
    }

    // ----

    private String[] args(String template) {
        return Arrays.stream(template.split(" ")).map(a -> a.replace("{d}", dir.toString())).toArray(String[]::new);
    }

    private static void assertNoStackTrace(ValidateCommandTest.Run r) {
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }
}
