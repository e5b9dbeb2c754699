package io.github.reformplan.office;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.model.ReformArea;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The documented Excel template, which {@link XlsxFormat} reads: sheets "Kế hoạch" (Trường | Giá trị), "Phần"
 * (Tiêu đề | Nội dung), "Chỉ tiêu" (Mã chỉ tiêu | Lĩnh vực | Nội dung chỉ tiêu), "Trách nhiệm" (Cơ quan | Lĩnh vực |
 * Thời hạn báo cáo) and "Nhiệm vụ": a title row merged across (and, once the plan is issued, a second one
 * {@code (Kèm theo Kế hoạch số ... ngày ...)}), the header row {@link #HEADERS}, area rows merged across, a task's
 * cells merged down over its activity rows, agencies and outputs one per line. Written for {@code reformplan init
 * --format xlsx} and the examples; same plan, same bytes.
 */
public final class XlsxTemplate {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The task sheet's column headers, in order. */
    static final String[] HEADERS = {"TT", "Mục tiêu/Chỉ tiêu", "Nhiệm vụ", "Hoạt động", "Sản phẩm",
        "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí"};

    private XlsxTemplate() {
    }

    /**
     * The plan as the template's workbook.
     *
     * @param plan a plan file's tree (as read from YAML or JSON); missing parts give empty sheets
     * @return the workbook's bytes, the same for the same plan
     */
    public static byte[] write(JsonNode plan) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try {
                book.getProperties().getCoreProperties().setCreated("2026-01-01T00:00:00Z");
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("a constant date", e);
            }
            JsonNode h = plan.path("plan");
            Sheet fields = book.createSheet("Kế hoạch");
            int r = 0;
            row(fields, r++, "Trường", "Giá trị");
            row(fields, r++, "Mã kế hoạch", h.path("id").asText());
            row(fields, r++, "Tên kế hoạch", h.path("title").asText());
            row(fields, r++, "Cơ quan ban hành", h.path("issuer").asText());
            row(fields, r++, "Cấp", h.path("level").asText());
            row(fields, r++, "Kỳ kế hoạch", h.path("period").asText());
            JsonNode d = h.path("decision");
            if (d.isObject()) {
                String[] ymd = d.path("date").asText().split("-");
                row(fields, r++, "Số quyết định", d.path("number").asText());
                row(fields, r++, "Ngày ban hành", Integer.parseInt(ymd[2]) + "/" + Integer.parseInt(ymd[1]) + "/" + ymd[0]);
                if (d.has("signer")) {
                    row(fields, r++, "Người ký", d.path("signer").asText());
                }
            }
            Sheet parts = book.createSheet("Phần");
            r = 0;
            row(parts, r++, "Tiêu đề", "Nội dung");
            for (JsonNode sec : plan.path("sections")) {
                row(parts, r++, sec.path("title").asText(), sec.path("text").asText(""));
            }
            Sheet targets = book.createSheet("Chỉ tiêu");
            r = 0;
            row(targets, r++, "Mã chỉ tiêu", "Lĩnh vực", "Nội dung chỉ tiêu");
            for (JsonNode t : plan.path("targets")) {
                row(targets, r++, t.path("id").asText(), name(t.path("area").asText()), t.path("text").asText());
            }
            Sheet resp = book.createSheet("Trách nhiệm");
            r = 0;
            row(resp, r++, "Cơ quan", "Lĩnh vực", "Thời hạn báo cáo");
            for (JsonNode x : plan.path("responsibilities")) {
                List<String> areas = new ArrayList<>();
                x.path("areas").forEach(a -> areas.add(name(a.asText())));
                row(resp, r++, x.path("agency").asText(), String.join("\n", areas), x.path("reportDeadline").asText(""));
            }
            Sheet tasks = book.createSheet("Nhiệm vụ");
            r = 0;
            row(tasks, r, "PHỤ LỤC NHIỆM VỤ " + h.path("title").asText().toUpperCase(VI));
            tasks.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
            r++;
            if (d.isObject()) {
                String[] ymd = d.path("date").asText().split("-");
                row(tasks, r, "(Kèm theo Kế hoạch số " + d.path("number").asText() + " ngày " + ymd[2] + "/" + ymd[1] + "/"
                        + ymd[0] + " của " + h.path("issuer").asText() + ")");
                tasks.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
                r++;
            }
            row(tasks, r++, HEADERS);
            String area = null;
            int areaNumber = 0;
            for (JsonNode task : plan.path("tasks")) {
                String a = task.path("area").asText();
                if (!a.equals(area)) {
                    area = a;
                    row(tasks, r, String.valueOf(++areaNumber), name(a).toUpperCase(VI));
                    tasks.addMergedRegion(new CellRangeAddress(r, r, 1, HEADERS.length - 1));
                    r++;
                }
                List<String> activities = new ArrayList<>();
                task.path("activities").forEach(x -> activities.add(x.asText()));
                int n = Math.max(1, activities.size());
                List<String> targetLines = new ArrayList<>();
                for (JsonNode id : task.path("targets")) {
                    for (JsonNode t : plan.path("targets")) {
                        if (t.path("id").asText().equals(id.asText())) {
                            targetLines.add(id.asText() + ". " + t.path("text").asText());
                        }
                    }
                }
                for (int k = 0; k < n; k++) {
                    String[] cells = new String[HEADERS.length];
                    java.util.Arrays.fill(cells, "");
                    if (k == 0) {
                        cells[0] = task.path("id").asText();
                        cells[1] = String.join("\n", targetLines);
                        cells[2] = task.path("title").asText();
                        cells[4] = join(task.path("outputs"));
                        cells[5] = join(task.path("lead"));
                        cells[6] = join(task.path("support"));
                        cells[7] = task.path("deadline").asText("");
                        cells[8] = task.path("funding").asText("");
                    }
                    cells[3] = k < activities.size() ? activities.get(k) : "";
                    row(tasks, r + k, cells);
                }
                if (n > 1) {
                    for (int c : new int[] {0, 1, 2, 4, 5, 6, 7, 8}) {
                        tasks.addMergedRegion(new CellRangeAddress(r, r + n - 1, c, c));
                    }
                }
                r += n;
            }
            book.write(out);
            return normalise(out.toByteArray());
        }
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return String.join("\n", out);
    }

    /** An area's Vietnamese name, as the reader knows it; an unknown id as it is. */
    private static String name(String area) {
        return ReformArea.fromId(area).map(ReformArea::vietnameseName).orElse(area);
    }

    /** The zip with every entry's time fixed, so that the same workbook gives the same bytes. */
    static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(1767225600000L); // 2026-01-01
                z.putNextEntry(copy);
                z.write(in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
