package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code reformplan init --format xlsx}: the Excel template, read back by the xlsx reader. */
class InitXlsxTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"province", "commune", "department"})
    void theTemplateReadsBackWithExactlyItsPlaceholders(String level) throws Exception {
        Path xlsx = dir.resolve(level + ".xlsx");
        ValidateCommandTest.Run init = ValidateCommandTest.run("init", "--format", "xlsx", "--output", xlsx.toString(),
                "--level", level, "--year", "2027", "--lang", "en");
        assertThat(init.exit()).isZero();
        assertThat(init.out()).isEmpty();
        assertThat(init.err()).isEqualTo("Plan skeleton written to " + xlsx + ". Fill in every \"...\" (plan.title, plan.issuer),"
                + " replace the sample targets and tasks, then run: reformplan validate " + xlsx + System.lineSeparator());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Kế hoạch", "Phần", "Chỉ tiêu", "Trách nhiệm", "Nhiệm vụ");
            assertThat(cells(book.getSheet("Kế hoạch").getRow(0))).containsExactly("Trường", "Giá trị");
            assertThat(cells(book.getSheet("Chỉ tiêu").getRow(0))).containsExactly("Mã chỉ tiêu", "Lĩnh vực", "Nội dung chỉ tiêu");
            assertThat(cells(book.getSheet("Trách nhiệm").getRow(0))).containsExactly("Cơ quan", "Lĩnh vực", "Thời hạn báo cáo");
            Sheet tasks = book.getSheet("Nhiệm vụ");
            assertThat(cells(tasks.getRow(1))).containsExactly("TT", "Mục tiêu/Chỉ tiêu", "Nhiệm vụ", "Hoạt động", "Sản phẩm",
                    "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí");
        }

        ValidateCommandTest.Run check = ValidateCommandTest.run("validate", "--lang", "en", "--format", "json", xlsx.toString());
        assertThat(check.exit()).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(check.out()).at("/files/0");
        List<String> found = new ArrayList<>();
        file.get("findings").forEach(f -> found.add(f.get("rule").asText() + " " + f.get("severity").asText() + " "
                + f.get("pointer").asText()));
        assertThat(found).containsExactly("placeholder-unfilled error /plan/title", "placeholder-unfilled error /plan/issuer");

        // The same plan as the YAML skeleton: the tasks and header the reader finds are the skeleton's.
        Path yaml = dir.resolve(level + ".yaml");
        Files.writeString(yaml, ValidateCommandTest.run("init", "--level", level, "--year", "2027").out());
        ValidateCommandTest.Run imported = ValidateCommandTest.run("import", "--lang", "en", xlsx.toString());
        assertThat(imported.exit()).isZero();
        ObjectMapper yamlMapper = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        JsonNode fromXlsx = yamlMapper.readTree(imported.out());
        JsonNode fromYaml = yamlMapper.readTree(yaml.toFile());
        assertThat(fromXlsx.get("plan")).isEqualTo(fromYaml.get("plan"));
        assertThat(fromXlsx.get("tasks")).isEqualTo(fromYaml.get("tasks"));
        assertThat(fromXlsx.get("targets")).isEqualTo(fromYaml.get("targets"));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path plan = dir.resolve("plan.xlsx");
        Files.writeString(plan, "mine");
        ValidateCommandTest.Run r = ValidateCommandTest.run("init", "--format", "xlsx", "--output", plan.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Refusing to write " + plan + ": the file exists and would be overwritten");
        assertThat(Files.readString(plan)).isEqualTo("mine");
        ValidateCommandTest.Run vi = ValidateCommandTest.run("init", "--output", plan.toString(), "--lang", "vi");
        assertThat(vi.exit()).isEqualTo(2);
        assertThat(vi.err()).contains("Không ghi " + plan + ": tệp đã tồn tại và sẽ bị ghi đè");
        assertThat(Files.readString(plan)).isEqualTo("mine");
    }

    @Test
    void theWorkbookNeedsAnOutputFile() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("init", "--format", "xlsx", "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("The Excel template is a file: give it with --output FILE.xlsx");
    }

    @Test
    void yamlStaysTheDefaultAndGoesToOutputUnchanged() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        ValidateCommandTest.Run printed = ValidateCommandTest.run("init", "--year", "2027");
        ValidateCommandTest.Run written = ValidateCommandTest.run("init", "--year", "2027", "--format", "yaml", "--output", plan.toString());
        assertThat(written.exit()).isZero();
        assertThat(written.out()).isEmpty();
        ValidateCommandTest.Run vi = ValidateCommandTest.run("init", "--output", dir.resolve("vi.yaml").toString(), "--lang", "vi");
        assertThat(vi.err()).startsWith("Đã ghi khung kế hoạch vào " + dir.resolve("vi.yaml") + ". Hãy điền mọi chỗ \"...\"");
        assertThat(printed.out()).startsWith("# yaml-language-server:");
        assertThat(Files.readString(plan)).isEqualTo(printed.out());
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
