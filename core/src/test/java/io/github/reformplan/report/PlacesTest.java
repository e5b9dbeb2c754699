package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.VI;
import static io.github.reformplan.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.testing.SarifSchema;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every report says where a finding is the way its reader finds it: a Word table cell by table, row and
 * column header, an Excel cell by its reference, and every place of a grouped finding, not only the first.
 */
class PlacesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCX = "plans/ke-hoach.docx";
    private static final SourceRegion.TableCell DEADLINE_CELL =
            new SourceRegion.TableCell(2, 53, 8, "Thời gian hoàn thành");

    private static Finding grouped() {
        Location first = new Location(DOCX, JsonPointer.parse("/tasks/25/deadline"), DEADLINE_CELL);
        Location second = new Location(DOCX, JsonPointer.parse("/tasks/30/deadline"),
                new SourceRegion.TableCell(2, 61, 8, "Thời gian hoàn thành"));
        Location sheet = new Location("plans/ke-hoach.xlsx", JsonPointer.parse("/tasks/2/lead/0"),
                new SourceRegion.SheetCell("Phụ lục", 24, 6, "Cơ quan chủ trì"));
        return new Finding("task-lead-missing", Severity.ERROR, first, "task-lead-missing", List.of("2.26"), null,
                Locale.ENGLISH, "0123456789abcdef01234567", List.of(second, sheet));
    }

    private static ValidationResult result() {
        return new ValidationResult(List.of(new ValidationResult.FileResult(DOCX, "ha-tinh-2026", List.of(grouped()))));
    }

    @Test
    void aWordCellReadsAsWordUsersCountInBothLanguages() {
        Location l = grouped().location();
        assertThat(l.describe(VI)).isEqualTo("plans/ke-hoach.docx: Bảng 2, hàng 53, cột «Thời gian hoàn thành»");
        assertThat(l.describe(Locale.ENGLISH))
                .isEqualTo("plans/ke-hoach.docx: table 2, row 53, column \"Thời gian hoàn thành\"");
        assertThat(l.line()).isZero();
        assertThat(l.inDocument()).isTrue();
        assertThat(Location.reference(new SourceRegion.TableCell(1, 3, 2, ""), VI)).isEqualTo("Bảng 1, hàng 3, cột 2");
        assertThat(Location.reference(new SourceRegion.Paragraph(14, "III. NHIỆM VỤ"), VI))
                .isEqualTo("đoạn 14 (phần «III. NHIỆM VỤ»)");
    }

    @Test
    void anExcelCellHasItsA1Reference() {
        assertThat(new SourceRegion.SheetCell("Phụ lục", 24, 6, "").reference()).isEqualTo("'Phụ lục'!F24");
        assertThat(new SourceRegion.SheetCell("Nhiệm vụ", 1, 28, "").a1()).isEqualTo("AB1");
        assertThat(new SourceRegion.SheetCell("O'Neil", 3, 702, "").reference()).isEqualTo("'O''Neil'!ZZ3");
        assertThat(Location.reference(new SourceRegion.SheetCell("Phụ lục", 24, 6, "Cơ quan chủ trì"), VI))
                .isEqualTo("'Phụ lục'!F24, cột «Cơ quan chủ trì»");
    }

    @Test
    void textListsEveryPlaceUnderTheFinding() throws Exception {
        String text = render(new TextReport(), result(), VI);
        assertThat(text.lines().toList()).startsWith(
                "plans/ke-hoach.docx: Bảng 2, hàng 53, cột «Thời gian hoàn thành»: lỗi task-lead-missing "
                        + grouped().message(VI),
                "  cũng tại plans/ke-hoach.docx: Bảng 2, hàng 61, cột «Thời gian hoàn thành» (/tasks/30/deadline)",
                "  cũng tại plans/ke-hoach.xlsx: 'Phụ lục'!F24, cột «Cơ quan chủ trì» (/tasks/2/lead/0)");
    }

    @Test
    void jsonHasACellForOfficeFilesAndEveryRelatedPlace() throws Exception {
        JsonNode f = JSON.readTree(render(new JsonReport(), result(), Locale.ENGLISH)).at("/files/0/findings/0");
        assertThat(f.get("line").isNull()).isTrue();
        assertThat(f.get("column").isNull()).isTrue();
        assertThat(f.get("pointer").asText()).isEqualTo("/tasks/25/deadline");
        assertThat(f.at("/cell/table").asInt()).isEqualTo(2);
        assertThat(f.at("/cell/row").asInt()).isEqualTo(53);
        assertThat(f.at("/cell/column").asInt()).isEqualTo(8);
        assertThat(f.at("/cell/header").asText()).isEqualTo("Thời gian hoàn thành");
        assertThat(f.at("/cell/ref").asText()).isEqualTo("table 2, row 53, column \"Thời gian hoàn thành\"");
        assertThat(f.get("related")).hasSize(2);
        assertThat(f.at("/related/0/cell/row").asInt()).isEqualTo(61);
        assertThat(f.at("/related/1/cell/sheet").asText()).isEqualTo("Phụ lục");
        assertThat(f.at("/related/1/cell/ref").asText()).isEqualTo("'Phụ lục'!F24");
    }

    @Test
    void jsonOfATextFileKeepsLineAndColumnAndANullCell() throws Exception {
        JsonNode f = JSON.readTree(render(new JsonReport(), ReportFixtures.sample(), Locale.ENGLISH))
                .at("/files/0/findings/0");
        assertThat(f.get("line").asInt()).isEqualTo(20);
        assertThat(f.get("cell").isNull()).isTrue();
        assertThat(f.get("related")).isEmpty();
    }

    @Test
    void sarifInventsNoLineForAWordCellAndListsRelatedLocations() throws Exception {
        String sarif = render(new SarifReport(), result(), VI);
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        JsonNode r = JSON.readTree(sarif).at("/runs/0/results/0");
        assertThat(r.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(r.at("/locations/0/message/text").asText()).isEqualTo("Bảng 2, hàng 53, cột «Thời gian hoàn thành»");
        assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/tasks/25/deadline");
        assertThat(r.get("relatedLocations")).hasSize(2);
        assertThat(r.at("/relatedLocations/1/message/text").asText()).isEqualTo("'Phụ lục'!F24, cột «Cơ quan chủ trì»");
        assertThat(r.at("/partialFingerprints/reformplan~1v2").asText()).isEqualTo("0123456789abcdef01234567");
    }

    @Test
    void htmlAndJUnitShowEveryPlace() throws Exception {
        String html = render(new HtmlReport(), result(), VI);
        assertThat(html).contains("Bảng 2, hàng 53, cột «Thời gian hoàn thành»", "Bảng 2, hàng 61", "Phụ lục", "!F24");
        String junit = render(new JUnitReport(), result(), VI);
        assertThat(junit).contains("Bảng 2, hàng 53", "cũng tại plans/ke-hoach.docx: Bảng 2, hàng 61");
    }
}
