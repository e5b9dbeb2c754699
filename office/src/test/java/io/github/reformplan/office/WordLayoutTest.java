package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Layouts Word writes that must not lose rows or text: content controls, tracked changes. */
class WordLayoutTest {

    private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static byte[] edited(java.util.function.UnaryOperator<String> edit) throws Exception {
        byte[] docx = Files.readAllBytes(DocxImportTest.HA_TINH_DOCX);
        return BadOfficeFilesTest.rewrite(docx, "word/document.xml",
                old -> edit.apply(new String(old, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void contentControlsAroundTheTableARowAndACellLoseNothing() throws Exception {
        byte[] docx = edited(xml -> {
            assertThat(xml).contains(W_NS);
            // the task table (the second) inside a block-level content control
            int second = xml.indexOf("<w:tbl>", xml.indexOf("<w:tbl>") + 1);
            int end = xml.lastIndexOf("</w:tbl>") + "</w:tbl>".length();
            String table = xml.substring(second, end);
            // its tenth row inside a row-level content control, and that row's first cell in a cell-level one
            Matcher rows = Pattern.compile("<w:tr[ >]").matcher(table);
            for (int i = 0; i < 10; i++) {
                rows.find();
            }
            int rowStart = rows.start();
            int rowEnd = table.indexOf("</w:tr>", rowStart) + "</w:tr>".length();
            String row = table.substring(rowStart, rowEnd);
            int cell = row.indexOf("<w:tc>");
            int cellEnd = row.indexOf("</w:tc>") + "</w:tc>".length();
            row = row.substring(0, cell) + "<w:sdt><w:sdtContent>" + row.substring(cell, cellEnd)
                    + "</w:sdtContent></w:sdt>" + row.substring(cellEnd);
            table = table.substring(0, rowStart) + "<w:sdt><w:sdtContent>" + row + "</w:sdtContent></w:sdt>"
                    + table.substring(rowEnd);
            return xml.substring(0, second) + "<w:sdt><w:sdtContent>" + table + "</w:sdtContent></w:sdt>"
                    + xml.substring(end);
        });
        var yaml = PlanReader.read(DocxImportTest.HA_TINH_YAML);
        var word = PlanReader.read(PlanSource.of("ha-tinh-2026.docx", docx));
        DocxImportTest.assertSameTasks(yaml, word);
    }

    @Test
    void trackedChangesAreReadAcceptedAndSaidOnce() throws Exception {
        String original = "2.1. Ban hành Kế hoạch CCHC năm 2026 của tỉnh";
        byte[] docx = edited(xml -> {
            assertThat(xml).contains(original);
            return xml.replace(original, "2.1. Ban hành </w:t></w:r>"
                    + "<w:ins w:id=\"901\" w:author=\"A\"><w:r><w:t>Kế hoạch</w:t></w:r></w:ins>"
                    + "<w:del w:id=\"902\" w:author=\"A\"><w:r><w:delText>Chương trình</w:delText></w:r></w:del>"
                    + "<w:r><w:t xml:space=\"preserve\"> CCHC năm 2026 của tỉnh");
        });
        DocumentReader.Result read = new DocxFormat().read(PlanSource.of("ha-tinh-2026.docx", docx), ReadLimits.DEFAULT);
        assertThat(((DocumentReader.Document) read).notes()).extracting(n -> n.variant())
                .containsExactly("office-tracked-changes");
        DocxImportTest.assertSameTasks(PlanReader.read(DocxImportTest.HA_TINH_YAML),
                PlanReader.read(PlanSource.of("ha-tinh-2026.docx", docx)));
        List<Finding> notes = PlanValidator.builder().build().validateSources(List.of(PlanSource.of("ha-tinh-2026.docx", docx)))
                .files().get(0).findings().stream().filter(f -> f.rule().equals("parse")).toList();
        assertThat(notes).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageKey()).isEqualTo("parse.office-tracked-changes");
        });
    }
}
