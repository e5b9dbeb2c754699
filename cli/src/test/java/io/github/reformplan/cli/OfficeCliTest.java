package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word plans on the command line: validate (file, folder, stdin), import, and fix refusing them. */
class OfficeCliTest {

    static final Path DOCX = Path.of("..", "examples", "office", "ha-tinh-2026.docx");

    @TempDir
    Path dir;

    @Test
    void validateLocatesFindingsByTableRowAndColumn() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "vi", DOCX.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("ha-tinh-2026\\.docx: Bảng 2, hàng \\d+, cột «Thời gian hoàn thành»: ");
        ValidateCommandTest.Run en = ValidateCommandTest.run("validate", "--lang", "en", DOCX.toString());
        assertThat(en.out()).containsPattern("table 2, row \\d+, column \"Thời gian hoàn thành\"");
    }

    @Test
    void aFolderSearchFindsWordPlans() throws Exception {
        Files.copy(DOCX, dir.resolve("ke-hoach.docx"));
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "en", dir.toString());
        assertThat(r.out()).contains("ke-hoach.docx").contains("1 file:");
    }

    @Test
    void standardInputInANamedFormat() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(DOCX)));
            ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "en", "--stdin-format", "docx", "-");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("stdin.docx: table 2, row");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void importWritesAPlanFileThatValidatesWithoutSchemaFindings() throws Exception {
        Path out = dir.resolve("plan.yaml");
        ValidateCommandTest.Run r = ValidateCommandTest.run("import", "--lang", "en", DOCX.toString(), "--output", out.toString());
        assertThat(r.exit()).isZero();
        String yaml = Files.readString(out);
        assertThat(yaml).contains("  # table 2, row 4, column \"Nhiệm vụ\"\n  - id: \"2.1\"");
        ValidateCommandTest.Run v = ValidateCommandTest.run("validate", "--lang", "en", "--format", "json", out.toString());
        assertThat(v.out()).doesNotContain("\"rule\" : \"schema\"").doesNotContain("\"rule\" : \"parse\"")
                .contains("\"rule\" : \"deadline-before-issue\"");
    }

    @Test
    void importRefusesToOverwriteItsInput() throws Exception {
        Path copy = dir.resolve("plan.docx");
        Files.copy(DOCX, copy);
        byte[] before = Files.readAllBytes(copy);
        ValidateCommandTest.Run r = ValidateCommandTest.run("import", "--lang", "en", copy.toString(), "--output", copy.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("an input of this run");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void importOfABadDocumentIsItsParseFindingAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.docx");
        Files.writeString(bad, "not a document");
        Path out = dir.resolve("plan.yaml");
        ValidateCommandTest.Run r = ValidateCommandTest.run("import", "--lang", "en", bad.toString(), "--output", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error parse The file is not a docx document");
        assertThat(out).doesNotExist();
    }

    @Test
    void fixRefusesWordPlansPointingToImport() throws Exception {
        Path copy = dir.resolve("plan.docx");
        Files.copy(DOCX, copy);
        byte[] before = Files.readAllBytes(copy);
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", copy.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("fix cannot keep the layout of a Word or Excel document; run reformplan import");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }
}
