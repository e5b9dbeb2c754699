package io.github.reformplan.fix;

import static io.github.reformplan.fix.FixTestSupport.bytes;
import static io.github.reformplan.fix.FixTestSupport.offsetOf;
import static io.github.reformplan.fix.FixTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.JsonPointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFixerTest {

    private static final String OLD = "Sở Thông tin và Truyền thông";
    private static final String NEW = "Sở Khoa học và Công nghệ";
    private static final String POINTER = "/tasks/5/support/0";
    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();
    private static final PlanFixer FIXER = new PlanFixer(VALIDATOR);

    @TempDir
    Path dir;

    /** The input with the defunct agency at {@link #POINTER}, and only there, replaced. */
    private static String expectedFix(String input, boolean json) {
        int at = offsetOf(input, json, POINTER) + (json ? 1 : 0);
        assertThat(input.substring(at)).startsWith(OLD);
        return input.substring(0, at) + NEW + input.substring(at + OLD.length());
    }

    private static List<Finding> defunctAt(Path file, String pointer) {
        return VALIDATOR.validate(List.of(file)).findings().stream()
                .filter(f -> f.rule().equals("agency-defunct") && f.location().pointer().equals(JsonPointer.parse(pointer)))
                .toList();
    }

    private Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes(resource));
        return file;
    }

    @Test
    void replacesTheDefunctAgencyByItsSuccessorAndNothingElse() throws IOException {
        Path plan = copy("defunct-plan.yaml", "ke-hoach.yaml");
        String before = text("defunct-plan.yaml");
        assertThat(defunctAt(plan, POINTER)).hasSize(1);

        List<PlanFixer.FileFix> result = FIXER.fix(List.of(plan), false);

        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).isEqualTo(expectedFix(before, false));
        PlanFixer.FileFix f = result.get(0);
        assertThat(f.written()).isTrue();
        assertThat(f.file()).isEqualTo(plan);
        assertThat(f.fixed()).singleElement().satisfies(x -> {
            assertThat(x.finding().rule()).isEqualTo("agency-defunct");
            assertThat(x.changes()).containsExactly(new PatchResult.Applied(0, POINTER, OLD, NEW, 69, 15));
        });
        assertThat(f.skipped()).isEmpty();
        assertThat(f.diff()).contains("\n-    support: [" + OLD + "]  # merged").contains("\n+    support: [" + NEW + "]  # merged");
        assertThat(defunctAt(plan, POINTER)).isEmpty();
        assertThat(VALIDATOR.validate(List.of(plan)).findings()).isEmpty();
        assertThat(dir.toFile().list()).containsExactly("ke-hoach.yaml"); // no temporary file left behind
    }

    @Test
    void aDryRunReturnsTheDiffAndWritesNothing() throws IOException {
        Path plan = copy("defunct-plan.yaml", "ke-hoach.yaml");
        FileTime modified = Files.getLastModifiedTime(plan);

        PlanFixer.FileFix f = FIXER.fix(List.of(plan), true).get(0);

        assertThat(Files.readAllBytes(plan)).isEqualTo(bytes("defunct-plan.yaml"));
        assertThat(Files.getLastModifiedTime(plan)).isEqualTo(modified);
        assertThat(f.written()).isFalse();
        assertThat(f.changed()).isTrue();
        assertThat(f.fixed()).hasSize(1);
        assertThat(f.diff()).startsWith("--- " + plan + "\n+++ " + plan + "\n@@ -67,5 +67,5 @@\n")
                .contains("\n-    support: [" + OLD + "]").contains("\n+    support: [" + NEW + "]");
    }

    @Test
    void aFileWithNothingToFixIsNotTouched() throws IOException {
        Path clean = copy("clean-plan.yaml", "sach.yaml");
        Files.setLastModifiedTime(clean, FileTime.fromMillis(1_000_000_000_000L));

        PlanFixer.FileFix f = FIXER.fix(List.of(dir), false).get(0);

        assertThat(f).isEqualTo(new PlanFixer.FileFix(clean, List.of(), List.of(), "", false));
        assertThat(Files.getLastModifiedTime(clean).toMillis()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void crlfLineEndingsAndTheByteOrderMarkSurvive() throws IOException {
        String crlf = "\uFEFF" + text("defunct-plan.yaml").replace("\n", "\r\n");
        Path plan = dir.resolve("crlf.yaml");
        Files.writeString(plan, crlf, StandardCharsets.UTF_8);

        FIXER.fix(List.of(plan), false);

        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).isEqualTo(expectedFix(crlf, false));
        assertThat(defunctAt(plan, POINTER)).isEmpty();
    }

    @Test
    void jsonPlansAreFixedInPlaceToo() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(yaml.readTree(text("defunct-plan.yaml")));
        Path plan = dir.resolve("ke-hoach.json");
        Files.writeString(plan, json, StandardCharsets.UTF_8);

        PlanFixer.FileFix f = FIXER.fix(List.of(plan), false).get(0);

        assertThat(f.fixed()).hasSize(1);
        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).isEqualTo(expectedFix(json, true));
        assertThat(defunctAt(plan, POINTER)).isEmpty();
    }

    @Test
    void permissionsAreKept() throws IOException {
        Path plan = copy("defunct-plan.yaml", "ke-hoach.yaml");
        assumeTrue(plan.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-r-----"));

        FIXER.fix(List.of(plan), false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plan))).isEqualTo("rw-r-----");
    }

    @Test
    void anAbbreviatedDefunctAgencyIsOneFindingWhoseFixNamesTheSuccessor() throws IOException {
        String input = text("defunct-plan.yaml").replace("support: [" + OLD + "]", "support: [Sở TT&TT]");
        Path plan = dir.resolve("alias.yaml");
        Files.writeString(plan, input, StandardCharsets.UTF_8);

        PlanFixer.FileFix f = FIXER.fix(List.of(plan), false).get(0);

        assertThat(f.fixed()).extracting(x -> x.finding().rule()).containsExactly("agency-defunct");
        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).isEqualTo(expectedFix(text("defunct-plan.yaml"), false));
    }

    @Test
    void twoFixesOfOneItemConflictAndASecondRunAppliesTheOther() throws IOException {
        // one item (a pasted cell) naming an abbreviated agency and a defunct one: two fixes of one value
        String input = text("defunct-plan.yaml").replace("support: [" + OLD + "]", "support: [\"Sở KH&CN, " + OLD + "\"]");
        Path plan = dir.resolve("alias.yaml");
        Files.writeString(plan, input, StandardCharsets.UTF_8);

        PlanFixer.FileFix first = FIXER.fix(List.of(plan), false, FixSelection.ALL).get(0);
        PlanFixer.FileFix second = FIXER.fix(List.of(plan), false, FixSelection.ALL).get(0);

        assertThat(first.fixed()).extracting(x -> x.finding().rule()).containsExactly("agency-alias");
        assertThat(first.skipped()).singleElement().satisfies(s -> {
            assertThat(s.finding().rule()).isEqualTo("agency-defunct");
            assertThat(s.reason()).isEqualTo("fix.conflict.overlap");
            assertThat(s.message(Locale.ENGLISH)).contains(POINTER).contains("run fix again");
        });
        assertThat(second.fixed()).extracting(x -> x.finding().rule()).containsExactly("agency-defunct");
        assertThat(Files.readString(plan, StandardCharsets.UTF_8))
                .contains("support: [\"Sở Khoa học và Công nghệ, Sở Khoa học và Công nghệ\"]");
    }
}
