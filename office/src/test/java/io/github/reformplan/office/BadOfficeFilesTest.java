package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bad office file is one parse finding, in both languages, never an exception. */
class BadOfficeFilesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    static Stream<Arguments> badFiles() throws Exception {
        byte[] good = Files.readAllBytes(DocxImportTest.HA_TINH_DOCX);
        return Stream.of(
                Arguments.of("empty", new byte[0], "empty"),
                Arguments.of("text named .docx", "just text".getBytes(StandardCharsets.UTF_8), "office-not-zip"),
                Arguments.of("truncated zip", Arrays.copyOf(good, good.length / 2), "office-corrupt"),
                Arguments.of("zip garbage", garbageZip(), "office-corrupt"),
                Arguments.of("zip bomb", rewrite(good, "word/padding.xml", old -> new byte[40 * 1024 * 1024]), "office-zip-bomb"),
                Arguments.of("doctype and entity", rewrite(good, "word/document.xml", old -> (
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8)), "office-doctype"),
                Arguments.of("old binary .doc", ole2("WordDocument"), "office-legacy"),
                Arguments.of("encrypted document", ole2("EncryptionInfo", "EncryptedPackage"), "office-encrypted"),
                Arguments.of("no task table", noTaskTable(), "office-no-task-table"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isOneParseFindingInBothLanguages(String name, byte[] content, String variant) {
        PlanSource source = PlanSource.of("ke-hoach.docx", content);
        List<Finding> en = PlanValidator.builder().locale(Locale.ENGLISH).build()
                .validateSources(List.of(source)).files().get(0).findings();
        assertThat(en).hasSize(1);
        Finding f = en.get(0);
        assertThat(f.rule()).isEqualTo("parse");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageKey()).isEqualTo("parse." + variant);
        assertThat(f.message(Locale.ENGLISH)).doesNotContain("parse.").isNotBlank();
        assertThat(f.message(VI)).doesNotContain("parse.").isNotEqualTo(f.message(Locale.ENGLISH));
    }

    @Test
    void badWorkbooksAreOneParseFindingToo() throws Exception {
        byte[] good = Files.readAllBytes(XlsxImportTest.XLSX);
        for (Object[] c : new Object[][] {
            {Arrays.copyOf(good, good.length / 2), "parse.office-corrupt"},
            {ole2("EncryptionInfo", "EncryptedPackage"), "parse.office-encrypted"},
            {ole2("Workbook"), "parse.office-legacy"},
            {Files.readAllBytes(DocxImportTest.HA_TINH_DOCX), "parse.office-corrupt"}}) {
            List<Finding> f = PlanValidator.builder().build()
                    .validateSources(List.of(PlanSource.of("bang.xlsx", (byte[]) c[0]))).files().get(0).findings();
            assertThat(f).extracting(Finding::rule, Finding::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("parse", c[1]));
        }
    }

    @Test
    void anyThrowableFromPoiIsAFinding() {
        DocumentReader.Unreadable u = OfficeGuard.failure(new StackOverflowError(), "docx");
        assertThat(u.problem().variant()).isEqualTo("office-failed");
        assertThat(u.problem().args()).containsExactly("docx", "StackOverflowError");
        DocumentReader.Result r = OfficeGuard.read(PlanSource.of("x.docx", new byte[] {'P', 'K', 3, 4}),
                io.github.reformplan.read.ReadLimits.DEFAULT, "docx", bytes -> {
                    throw new StackOverflowError();
                });
        assertThat(((DocumentReader.Unreadable) r).problem().variant()).isEqualTo("office-failed");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        DocumentReader.Result r = new DocxFormat().read(PlanSource.of("x.docx", new byte[2048]),
                io.github.reformplan.read.ReadLimits.DEFAULT.withMaxBytes(1024));
        assertThat(((DocumentReader.Unreadable) r).problem().variant()).isEqualTo("too-large");
    }

    private static byte[] garbageZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("not a document".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** The document with one entry replaced (or added). */
    static byte[] rewrite(byte[] docx, String entry, UnaryOperator<byte[]> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(data);
                    found = true;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
            if (!found) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(change.apply(new byte[0]));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ole2(String... entries) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String e : entries) {
                fs.createDocument(new ByteArrayInputStream(new byte[600]), e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] noTaskTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Cải cách hành chính năm 2026");
            doc.createTable(2, 2).getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
