package io.github.reformplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reformplan.testing.FileStates;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every output obeys ({@link ReportFiles}), as a table: the output and the run's inputs, the
 * message key it is refused with, and, always, every file of the directory unchanged afterwards.
 */
class OutputSafetyTest {

    private static final String PLAN = "plan:\n  id: xa-mau-2026\n";

    @TempDir
    Path dir;

    /** An output and the inputs of its run, made in a fresh directory. */
    record Scene(Path output, boolean recognisedAsReport, List<Path> inputs) {
    }

    @FunctionalInterface
    interface Setup {
        Scene in(Path dir) throws IOException;
    }

    private static Path plan(Path dir) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, PLAN);
        return p;
    }

    private static Path plansDirectory(Path dir) throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.createDirectories(plans.resolve("sub"));
        Files.writeString(plans.resolve("a.yaml"), PLAN);
        return plans;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row("the input itself", d -> new Scene(plan(d), false, List.of(plan(d))), "output.is-input"),
                row("the input by another path", d -> {
                    Files.createDirectories(d.resolve("sub"));
                    return new Scene(d.resolve("sub/../plan.yaml"), false, List.of(plan(d)));
                }, "output.is-input"),
                row("a symbolic link to the input", d -> new Scene(Files.createSymbolicLink(d.resolve("link.yaml"), plan(d)),
                        true, List.of(d.resolve("plan.yaml"))), "output.is-input"),
                row("a hard link to the input", d -> new Scene(Files.createLink(d.resolve("r.json"), plan(d)), true,
                        List.of(d.resolve("plan.yaml"))), "output.is-input"),
                row("a JSON report over a plan in a directory searched", d -> new Scene(plansDirectory(d).resolve("a.yaml"),
                        true, List.of(d.resolve("plans"), d.resolve("plans/a.yaml"))), "output.is-input"),
                row("a new plan-named text report in a directory searched", d -> new Scene(plansDirectory(d).resolve("new.yaml"),
                        false, List.of(d.resolve("plans"))), "output.in-input-directory"),
                row("... in a new subdirectory of it", d -> new Scene(plansDirectory(d).resolve("new/r.json"), false,
                        List.of(d.resolve("plans"))), "output.in-input-directory"),
                row("a directory", d -> new Scene(Files.createDirectories(d.resolve("out")), false, List.of()), "output.directory"),
                row("the root directory", d -> new Scene(d.getRoot(), false, List.of()), "output.directory"),
                row("an empty name", d -> new Scene(Path.of(""), false, List.of()), "output.empty"),
                row("below a regular file", d -> new Scene(plan(d).resolve("r.json"), true, List.of()), "output.under-file"),
                row("deeper below a regular file", d -> new Scene(plan(d).resolve("a/b/r.json"), true, List.of()), "output.under-file"),
                row("a read-only file", d -> {
                    Path r = d.resolve("r.json");
                    Files.writeString(r, "{}");
                    Files.setPosixFilePermissions(r, PosixFilePermissions.fromString("r--r--r--"));
                    return new Scene(r, true, List.of());
                }, "output.read-only"),
                row("a directory where no one may create a file (/sys)", d -> {
                    assumeTrue(Files.isDirectory(Path.of("/sys/kernel")));
                    return new Scene(Path.of("/sys/kernel/reformplan-" + UUID.randomUUID() + ".json"), true, List.of());
                }, "output.permission-denied"),
                row("an unwritable directory (as a user)", d -> {
                    assumeFalse(FileStates.root(), "root may write anywhere");
                    Path ro = Files.createDirectories(d.resolve("ro"));
                    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
                    return new Scene(ro.resolve("r.json"), true, List.of());
                }, "output.permission-denied"),
                row("a device that is full", d -> {
                    Path full = d.resolve("full");
                    assumeTrue(FileStates.make(full, "c", "1", "7"), "mknod (root) is needed for a device node of our own");
                    return new Scene(full, true, List.of());
                }, "output.no-space"));
    }

    private static Arguments row(String name, Setup setup, String key) {
        return Arguments.of(name, setup, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithAMessageNamingThePathAndHarmsNothing(String name, Setup setup, String key) throws IOException {
        Scene scene = setup.in(dir);
        Map<String, String> before = FileStates.of(dir);

        OutputException e = catchThrowableOfType(OutputException.class, () -> new ReportFiles.Batch(scene.inputs())
                .add(scene.output(), scene.recognisedAsReport(), out -> out.write("{\"report\": true}")).write());

        assertThat(e).as("refused").isNotNull();
        assertThat(e.key()).isEqualTo(key);
        if (!key.equals("output.empty")) {
            assertThat(e.getMessage()).contains(scene.output().toString());
            assertThat(e.message(Locale.forLanguageTag("vi"))).contains(scene.output().toString()).isNotEqualTo(e.getMessage());
        }
        if (key.startsWith("output.is-input") || key.equals("output.in-input-directory")) {
            assertThat(e.getMessage()).contains(scene.inputs().get(0).toString());
        }
        FileStates.assertUnchanged(before, dir, Set.of());
        assertThat(FileStates.of(dir)).containsOnlyKeys(before.keySet()); // and no temporary left
    }

    @Test
    void aReportTheSearchRecognisesMayGoIntoADirectorySearched() throws IOException {
        Path plans = plansDirectory(dir);
        Map<String, String> before = FileStates.of(dir);
        Path report = plans.resolve("reformplan.json");
        new ReportFiles.Batch(List.of(plans)).add(report, true, out -> out.write("{}")).write();
        assertThat(Files.readString(report)).isEqualTo("{}");
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang, not a speed: the FIFO has its reader
    void aFifoIsWrittenToAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(FileStates.make(fifo, "p"), "mkfifo is needed");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ReportFiles.writeAtomically(fifo, out -> out.write("Kế hoạch\n"));
        assertThat(new String(read.get(50, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("Kế hoạch\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(FileStates.of(dir)).containsOnlyKeys("", "pipe");
    }

    @Test
    void aNullDeviceIsWrittenToAndStaysADevice() throws IOException {
        Path nul = dir.resolve("null");
        assumeTrue(FileStates.make(nul, "c", "1", "3"), "mknod (root) is needed for a device node of our own");
        String device = FileStates.state(nul);
        new ReportFiles.Batch(List.of()).add(nul, true, out -> out.write("x".repeat(100_000)))
                .add(dir.resolve("r.sarif"), true, out -> out.write("{}")).write();
        assertThat(FileStates.state(nul)).isEqualTo(device).startsWith("special");
        assertThat(Files.readString(dir.resolve("r.sarif"))).isEqualTo("{}");
    }

    @Test
    void aReplacedFileKeepsItsOwnerGroupAndMode() throws IOException {
        assumeTrue(FileStates.root(), "only root can give a file away");
        Path r = dir.resolve("r.json");
        Files.writeString(r, "old");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(r, users.lookupPrincipalByName("nobody"));
        Files.setPosixFilePermissions(r, PosixFilePermissions.fromString("rw-r-----"));
        Object owner = Files.getAttribute(r, "unix:uid");
        Object group = Files.getAttribute(r, "unix:gid");

        ReportFiles.writeAtomically(r, out -> out.write("new"));

        assertThat(Files.readString(r)).isEqualTo("new");
        assertThat(Files.getAttribute(r, "unix:uid")).isEqualTo(owner);
        assertThat(Files.getAttribute(r, "unix:gid")).isEqualTo(group);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r))).isEqualTo("rw-r-----");
    }

    @Test
    void aFileWithSeveralLinksIsRewrittenInPlaceAndKeepsThemAll() throws IOException {
        Path r = dir.resolve("r.json");
        Files.writeString(r, "the old report, longer than the new one");
        Path other = Files.createLink(dir.resolve("copy.json"), r);
        Object inode = Files.getAttribute(r, "unix:ino");

        ReportFiles.writeAtomically(r, out -> out.write("new"));

        assertThat(Files.getAttribute(r, "unix:ino")).isEqualTo(inode);
        assertThat(Files.readString(other)).isEqualTo("new");
        assertThat(Files.readString(r)).isEqualTo("new");
        assertThat(FileStates.of(dir)).containsOnlyKeys("", "r.json", "copy.json"); // no temporary, no backup
    }

    @Test
    void aSymbolicLinkToAReportKeepsPointingAtIt() throws IOException {
        Path real = Files.createDirectories(dir.resolve("reports")).resolve("r.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real);
        ReportFiles.writeAtomically(link, out -> out.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void reportsOfOneRunAreWrittenTogetherOrNotAtAll() throws IOException {
        Path json = dir.resolve("r.json");
        Path sarif = dir.resolve("r.sarif");
        Files.writeString(json, "old json");
        Files.writeString(sarif, "old sarif");
        Map<String, String> before = FileStates.of(dir);

        ReportFiles.Batch failing = new ReportFiles.Batch(List.of())
                .add(json, true, out -> out.write("new json"))
                .add(sarif, true, out -> {
                    out.write("half a sarif");
                    throw new IOException("disk full");
                });
        OutputException e = catchThrowableOfType(OutputException.class, failing::write);

        assertThat(e.getMessage()).isEqualTo("Cannot write " + sarif + ": disk full");
        FileStates.assertUnchanged(before, dir, Set.of());
        assertThat(FileStates.of(dir)).containsOnlyKeys(before.keySet());

        new ReportFiles.Batch(List.of()).add(json, true, out -> out.write("new json"))
                .add(sarif, true, out -> out.write("new sarif")).write();
        assertThat(Files.readString(json)).isEqualTo("new json");
        assertThat(Files.readString(sarif)).isEqualTo("new sarif");
    }

    @Test
    void oneFileCannotTakeTwoReports() throws IOException {
        Path r = dir.resolve("r.json");
        Files.writeString(r, "old");
        Path link = Files.createSymbolicLink(dir.resolve("same.json"), r);
        ReportFiles.Batch batch = new ReportFiles.Batch(List.of()).add(r, true, out -> out.write("a"));
        OutputException e = catchThrowableOfType(OutputException.class, () -> batch.add(link, true, out -> out.write("b")));
        assertThat(e.key()).isEqualTo("output.twice");
        assertThat(e.getMessage()).contains(link.toString()).contains(r.toString());
        assertThat(catchThrowableOfType(OutputException.class, () -> new ReportFiles.Batch(List.of())
                .add(dir.resolve("new.json"), true, out -> { }).add(dir.resolve("./new.json"), true, out -> { })).key())
                .isEqualTo("output.twice");
    }

    @Test
    void staleTemporariesOfAnOutputAreRemovedOthersAreKept() throws IOException {
        Path r = dir.resolve("r.sarif");
        FileTime yesterday = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
        FileTime tomorrow = FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS));
        Path stale = temporary(".r.sarif." + UUID.randomUUID() + ".tmp", yesterday);
        Path locked = temporary(".r.sarif." + UUID.randomUUID() + ".tmp", yesterday);
        Path recent = temporary(".r.sarif." + UUID.randomUUID() + ".tmp", tomorrow);
        Path otherOutput = temporary(".other.sarif." + UUID.randomUUID() + ".tmp", yesterday);
        Path notOurs = temporary(".r.sarif.backup.tmp", yesterday);
        Path backup = temporary(".r.sarif." + UUID.randomUUID() + ".bak", yesterday);

        try (FileChannel c = FileChannel.open(locked, StandardOpenOption.WRITE); FileLock l = c.lock()) {
            ReportFiles.writeAtomically(r, out -> out.write("{}"));
        }

        assertThat(stale).doesNotExist();
        assertThat(List.of(locked, recent, otherOutput, notOurs, backup)).allMatch(Files::exists);
        assertThat(Files.readString(r)).isEqualTo("{}");
    }

    private Path temporary(String name, FileTime modified) throws IOException {
        Path t = Files.writeString(dir.resolve(name), "left by a killed run");
        Files.setLastModifiedTime(t, modified);
        return t;
    }
}
