package io.github.reformplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesUtf8AndReplacesTheOldReport(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("báo cáo.json");
        Files.writeString(target, "old");
        ReportFiles.writeAtomically(target, out -> out.write("Kế hoạch cải cách hành chính"));
        assertThat(Files.readAllBytes(target)).isEqualTo("Kế hoạch cải cách hành chính".getBytes(StandardCharsets.UTF_8));
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void bytesAreWrittenAsTheyAreAndAnInputIsStillRefused(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.xlsx");
        byte[] workbook = {'P', 'K', 3, 4, (byte) 0xff, (byte) 0xfe, 0, (byte) 0x80};
        new ReportFiles.Batch(java.util.List.of()).addBytes(target, false, out -> out.write(workbook)).write();
        assertThat(Files.readAllBytes(target)).isEqualTo(workbook);
        assertThat(filesIn(dir)).isEqualTo(1);
        assertThatThrownBy(() -> new ReportFiles.Batch(java.util.List.of(target)).addBytes(target, false, out -> out.write(1)))
                .isInstanceOf(OutputException.class).hasMessageContaining("an input of this run");
        assertThat(Files.readAllBytes(target)).isEqualTo(workbook);
    }

    @Test
    void createsMissingDirectories(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("target/reformplan/reformplan.sarif");
        ReportFiles.writeAtomically(target, out -> out.write("{}"));
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("reformplan.html");
        Files.writeString(target, "the previous report");
        assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
            out.write("half a rep".repeat(10_000));
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(OutputException.class).hasMessage("Cannot write " + target + ": disk full");
        assertThat(Files.readString(target)).isEqualTo("the previous report");
        assertThat(filesIn(dir)).isEqualTo(1);

        assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
            throw new IllegalStateException("a bug in a writer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous report");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailureWithoutAnOldFileLeavesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("TEST-reformplan.xml");
        assertThatThrownBy(() -> ReportFiles.writeAtomically(target, out -> {
            out.write("<testsuites");
            throw new IOException("interrupted");
        })).isInstanceOf(IOException.class);
        assertThat(filesIn(dir)).isZero();
    }
}
