package io.github.reformplan.fix;

import static io.github.reformplan.fix.FixTestSupport.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.testing.FileStates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} writes a plan only as its owner would: never a read-only one, keeping owner, mode and links. */
class FixSafetyTest {

    private static final PlanFixer FIXER = new PlanFixer(PlanValidator.builder().build());
    private static final String NEW = "Sở Khoa học và Công nghệ";

    @TempDir
    Path dir;

    private Path plan(String name) throws IOException {
        return Files.write(dir.resolve(name), bytes("defunct-plan.yaml"));
    }

    @Test
    void aReadOnlyFileIsReportedAndLeftAloneEvenForRoot() throws IOException {
        Path p = plan("ro.yaml");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = FileStates.of(dir);

        PlanFixer.FileFix f = FIXER.fix(List.of(p), false).get(0);

        assertThat(f.written()).isFalse();
        assertThat(f.complete()).isFalse();
        assertThat(f.skipped()).singleElement().satisfies(s -> {
            assertThat(s.finding()).isNull();
            assertThat(s.reason()).isEqualTo("output.read-only");
            assertThat(s.message(Locale.ENGLISH)).isEqualTo(p + " is read-only: it is left as it is (make it writable to have it replaced)");
        });
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    void aFileThatCannotBeParsedSaysSoWithItsFinding() throws IOException {
        Path p = Files.writeString(dir.resolve("broken.yaml"), "plan:\n  id: [a\n");
        Map<String, String> before = FileStates.of(dir);

        PlanFixer.FileFix f = FIXER.fix(List.of(p), false).get(0);

        assertThat(f.complete()).isFalse();
        assertThat(f.problems()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("parse");
            assertThat(x.location().line()).isEqualTo(3);
        });
        FileStates.assertUnchanged(before, dir, Set.of());
    }

    @Test
    void aHardLinkedPlanIsFixedInPlaceOnceAndStaysLinked() throws IOException {
        Path p = plan("ke-hoach.yaml");
        Path other = Files.createLink(dir.resolve("ban-sao.yaml"), p);
        Object inode = Files.getAttribute(p, "unix:ino");

        List<PlanFixer.FileFix> fixes = FIXER.fix(List.of(p, other), false);

        assertThat(fixes).allMatch(PlanFixer.FileFix::complete);
        assertThat(fixes.get(0).written()).isTrue();
        assertThat(fixes.get(1).written()).isFalse(); // the same file, already fixed under its first name
        assertThat(Files.getAttribute(p, "unix:ino")).isEqualTo(inode);
        assertThat(Files.getAttribute(p, "unix:nlink")).isEqualTo(2);
        assertThat(Files.readString(other, StandardCharsets.UTF_8)).contains(NEW);
        assertThat(FileStates.of(dir)).containsOnlyKeys("", "ke-hoach.yaml", "ban-sao.yaml");
    }

    @Test
    void aPlanOfAnotherOwnerKeepsOwnerGroupAndMode() throws IOException {
        assumeTrue(FileStates.root(), "only root can give a file away");
        Path p = plan("ke-hoach.yaml");
        Files.setOwner(p, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw----"));
        String before = FileStates.state(p);

        assertThat(FIXER.fix(List.of(p), false).get(0).written()).isTrue();

        String after = FileStates.state(p);
        assertThat(after.substring(after.indexOf(" mode"))).isEqualTo(before.substring(before.indexOf(" mode")));
        assertThat(Files.readString(p, StandardCharsets.UTF_8)).contains(NEW);
    }
}
