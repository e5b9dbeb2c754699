package io.github.reformplan.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.model.ReformArea;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a plan file (YAML) as the Word document an editor would issue: letterhead table, KẾ HOẠCH and
 * its title, the parts with the targets as numbered items, the signature, and the appendix table of tasks
 * with a header row Word repeats on each page, a row of column numbers, area rows spanning the table,
 * target cells merged down over their tasks, one row per activity with the task's cells merged down, and a
 * header row copied again every {@value #COPY_HEADER_EVERY} tasks. The output is byte for byte the same for
 * the same plan (zip entries in order, fixed times).
 */
final class DocxFixtures {

    static final int COPY_HEADER_EVERY = 20;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] HEADERS = {"TT", "Mục tiêu/Chỉ tiêu", "Nhiệm vụ", "Hoạt động", "Sản phẩm",
        "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí"};
    private static final String[] TWO_ROW_TOP = {"TT", "Mục tiêu/Chỉ tiêu", "Nhiệm vụ", "Hoạt động", "Sản phẩm",
        "Cơ quan thực hiện", "Thời gian", "Kinh phí"};
    private static final boolean[] TWO_ROW_SPANNED = {false, false, false, false, false, true, true, false};
    private static final String[] TWO_ROW_BOTTOM = {"", "", "", "", "", "Chủ trì", "Phối hợp", "Bắt đầu",
        "Hoàn thành", ""};
    private static final int TWO_ROW_WIDTH = TWO_ROW_BOTTOM.length;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private DocxFixtures() {
    }

    static JsonNode yaml(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    static byte[] docx(JsonNode plan) throws Exception {
        return docx(plan, false);
    }

    /** With {@code twoRowHeaders}, a single table of all the tasks has the two-row header too (and its copies). */
    static byte[] docx(JsonNode plan, boolean twoRowHeaders) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setCreated("2026-01-01T00:00:00Z");
            JsonNode header = plan.path("plan");
            String issuer = header.path("issuer").asText();
            String place = issuer.replaceFirst("^UBND\\s+", "");
            String placeName = place.replaceFirst("^(tỉnh|thành phố|xã|phường|đặc khu)\\s+", "");
            XWPFTable letterhead = doc.createTable(2, 2);
            text(letterhead.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN\n" + place.toUpperCase(VI));
            text(letterhead.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            JsonNode decision = header.path("decision");
            if (decision.isObject()) {
                String[] ymd = decision.path("date").asText().split("-");
                text(letterhead.getRow(1).getCell(0), "Số: " + decision.path("number").asText());
                text(letterhead.getRow(1).getCell(1), placeName + ", ngày " + Integer.parseInt(ymd[2]) + " tháng "
                        + Integer.parseInt(ymd[1]) + " năm " + ymd[0]);
            } else {
                text(letterhead.getRow(1).getCell(0), "Số:      /KH-UBND");
                text(letterhead.getRow(1).getCell(1), placeName + ", ngày      tháng      năm");
            }
            paragraph(doc, "KẾ HOẠCH");
            String title = header.path("title").asText().replaceFirst("^Kế hoạch\\s+", "");
            paragraph(doc, title.substring(0, 1).toUpperCase(VI) + title.substring(1));
            boolean signed = false;
            boolean targetsWritten = false;
            boolean tableWritten = false;
            List<List<JsonNode>> parts = appendixParts(plan);
            int part = 0;
            for (JsonNode section : plan.path("sections")) {
                String kind = section.path("kind").asText();
                if ("appendix".equals(kind) && !signed) {
                    signature(doc, decision);
                    signed = true;
                }
                paragraph(doc, section.path("title").asText());
                if (section.has("text")) {
                    for (String line : section.path("text").asText().split("\n")) {
                        if (!line.isBlank()) {
                            paragraph(doc, line.strip());
                        }
                    }
                }
                if ("targets".equals(kind) && !targetsWritten) {
                    targetsWritten = true;
                    String area = null;
                    for (JsonNode t : plan.path("targets")) {
                        String a = t.path("area").asText();
                        if (!a.equals(area)) {
                            area = a;
                            paragraph(doc, ReformArea.fromId(a).orElseThrow().vietnameseName());
                        }
                        paragraph(doc, t.path("id").asText() + ". " + t.path("text").asText());
                    }
                }
                if ("implementation".equals(kind) && !section.has("text")) {
                    int n = 0;
                    for (JsonNode r : plan.path("responsibilities")) {
                        List<String> names = new ArrayList<>();
                        for (JsonNode a : r.path("areas")) {
                            String name = ReformArea.fromId(a.asText()).orElseThrow().vietnameseName();
                            names.add(name.substring(0, 1).toLowerCase(VI) + name.substring(1));
                        }
                        String line = (++n) + ". " + r.path("agency").asText() + " chủ trì theo dõi, đôn đốc "
                                + String.join(", ", names);
                        if (r.has("reportDeadline")) {
                            line += "; tổng hợp, báo cáo kết quả " + r.path("reportDeadline").asText()
                                    .substring(0, 1).toLowerCase(VI) + r.path("reportDeadline").asText().substring(1);
                        }
                        paragraph(doc, line + ".");
                    }
                }
                if ("appendix".equals(kind) && parts != null) {
                    tableWritten = true;
                    // one table per appendix part, the area in the part's title; every other one with a
                    // two-row header
                    tasks(doc, plan, parts.get(part), part % 2 == 0, false);
                    part++;
                } else if ("appendix".equals(kind) && !tableWritten) {
                    tableWritten = true;
                    tasks(doc, plan, twoRowHeaders);
                }
            }
            if (!tableWritten) {
                tasks(doc, plan, twoRowHeaders);
            }
            doc.write(out);
            return XlsxTemplate.normalise(out.toByteArray());
        }
    }

    private static void signature(XWPFDocument doc, JsonNode decision) {
        paragraph(doc, "TM. ỦY BAN NHÂN DÂN");
        paragraph(doc, "CHỦ TỊCH");
        if (decision.has("signer")) {
            paragraph(doc, decision.path("signer").asText());
        }
    }

    private static boolean idsAreNumbers(JsonNode plan) {
        for (JsonNode t : plan.path("tasks")) {
            if (!t.path("id").asText().matches("\\d+(\\.\\d+)+")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The tasks split by area, one list per appendix part, when the plan has several appendix parts, one for
     * each run of tasks of an area; else null (one table of all the tasks, with area rows).
     */
    private static List<List<JsonNode>> appendixParts(JsonNode plan) {
        int appendices = 0;
        for (JsonNode section : plan.path("sections")) {
            appendices += "appendix".equals(section.path("kind").asText()) ? 1 : 0;
        }
        List<List<JsonNode>> parts = new ArrayList<>();
        String area = null;
        for (JsonNode task : plan.path("tasks")) {
            if (!task.path("area").asText().equals(area)) {
                area = task.path("area").asText();
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(task);
        }
        return appendices > 1 && parts.size() == appendices ? parts : null;
    }

    private static void tasks(XWPFDocument doc, JsonNode plan, boolean twoRows) {
        List<JsonNode> all = new ArrayList<>();
        plan.path("tasks").forEach(all::add);
        tasks(doc, plan, all, twoRows, true);
    }

    /** A row with {@code width} cells (POI gives a new row as many cells as the first row has). */
    private static XWPFTableRow row(XWPFTable table, int width) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() < width) {
            row.addNewTableCell();
        }
        return row;
    }

    /**
     * The header: one row of {@link #HEADERS}, or two rows where "Cơ quan thực hiện" spans "Chủ trì" |
     * "Phối hợp" and "Thời gian" spans "Bắt đầu" | "Hoàn thành", the other cells merged down over both rows.
     */
    private static void header(XWPFTable table, XWPFTableRow first, boolean twoRows) {
        if (!twoRows) {
            XWPFTableRow head = first != null ? first : table.createRow();
            for (int c = 0; c < HEADERS.length; c++) {
                text(head.getCell(c), HEADERS[c]);
            }
            return;
        }
        XWPFTableRow top = first != null ? first : row(table, TWO_ROW_TOP.length);
        while (top.getTableCells().size() > TWO_ROW_TOP.length) {
            top.removeCell(top.getTableCells().size() - 1);
        }
        top.setRepeatHeader(true);
        XWPFTableRow bottom = row(table, TWO_ROW_WIDTH);
        while (bottom.getTableCells().size() > TWO_ROW_WIDTH) {
            bottom.removeCell(bottom.getTableCells().size() - 1);
        }
        bottom.setRepeatHeader(true);
        int column = 0;
        for (int c = 0; c < TWO_ROW_TOP.length; c++) {
            text(top.getCell(c), TWO_ROW_TOP[c]);
            if (TWO_ROW_SPANNED[c]) {
                pr(top.getCell(c)).addNewGridSpan().setVal(BigInteger.valueOf(2));
                text(bottom.getCell(column), TWO_ROW_BOTTOM[column]);
                text(bottom.getCell(column + 1), TWO_ROW_BOTTOM[column + 1]);
                column += 2;
            } else {
                pr(top.getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
                pr(bottom.getCell(column)).addNewVMerge().setVal(STMerge.CONTINUE);
                column++;
            }
        }
    }

    /**
     * A table of tasks. With two header rows the grid has a column more (the start, left blank) and the
     * columns after the support column move one to the right. With area rows, a row spanning the table
     * opens each area; without, the area is in the title of the appendix part before the table.
     */
    private static void tasks(XWPFDocument doc, JsonNode plan, List<JsonNode> taskList, boolean twoRows,
            boolean areaRows) {
        boolean idInCell = idsAreNumbers(plan);
        int width = twoRows ? TWO_ROW_WIDTH : HEADERS.length;
        int deadlineColumn = twoRows ? 8 : 7;
        int fundingColumn = width - 1;
        XWPFTable table = doc.createTable(1, width);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        header(table, head, twoRows);
        XWPFTableRow numbers = row(table, width);
        for (int c = 0; c < width; c++) {
            text(numbers.getCell(c), "(" + (c + 1) + ")");
        }
        String area = null;
        int areaNumber = 0;
        int count = 0;
        String previousTarget = null;
        XWPFTableCell targetCell = null;
        for (JsonNode task : taskList) {
            if (count > 0 && count % COPY_HEADER_EVERY == 0) {
                header(table, null, twoRows);
                previousTarget = null;
            }
            String a = task.path("area").asText();
            if (areaRows && !a.equals(area)) {
                area = a;
                XWPFTableRow row = table.createRow();
                for (int c = width - 1; c >= 2; c--) {
                    row.removeCell(c);
                }
                text(row.getCell(0), ROMAN[areaNumber++ % ROMAN.length]);
                text(row.getCell(1), ReformArea.fromId(a).orElseThrow().vietnameseName().toUpperCase(VI));
                pr(row.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(width - 1));
                previousTarget = null;
            }
            count++;
            List<String> activities = texts(task.path("activities"));
            JsonNode deadline = task.path("deadline");
            List<String[]> milestones = new ArrayList<>();
            if (deadline.isArray()) {
                deadline.forEach(m -> milestones.add(new String[] {m.path("label").asText(), m.path("due").asText()}));
            }
            int n = Math.max(1, Math.max(activities.size(), milestones.size()));
            List<String> outputs = texts(task.path("outputs"));
            String targetText = targetText(plan, texts(task.path("targets")));
            for (int k = 0; k < n; k++) {
                XWPFTableRow row = row(table, width);
                boolean first = k == 0;
                merged(row.getCell(0), first, n, idInCell ? String.valueOf(count) : task.path("id").asText());
                // the target cell: merged down over the consecutive tasks that serve it
                if (first && (targetText.isEmpty() || !targetText.equals(previousTarget))) {
                    text(row.getCell(1), targetText);
                    targetCell = row.getCell(1);
                    if (!targetText.isEmpty()) {
                        pr(targetCell).addNewVMerge().setVal(STMerge.RESTART);
                    }
                } else if (!targetText.isEmpty()) {
                    pr(row.getCell(1)).addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    text(row.getCell(1), "");
                }
                merged(row.getCell(2), first, n, idInCell ? task.path("id").asText() + ". " + task.path("title").asText()
                        : task.path("title").asText());
                String activity = k < activities.size() ? activities.get(k)
                        : k < milestones.size() ? milestones.get(k)[0] + "." : "";
                text(row.getCell(3), activity);
                if (outputs.size() == n && n > 1) {
                    text(row.getCell(4), outputs.get(k));
                } else {
                    merged(row.getCell(4), first, n, String.join("\n", outputs));
                }
                merged(row.getCell(5), first, n, String.join("\n", texts(task.path("lead"))));
                merged(row.getCell(6), first, n, String.join("\n", texts(task.path("support"))));
                if (twoRows) {
                    merged(row.getCell(7), first, n, "");
                }
                if (deadline.isArray()) {
                    text(row.getCell(deadlineColumn), k < milestones.size() ? milestones.get(k)[1] : "");
                } else {
                    merged(row.getCell(deadlineColumn), first, n,
                            deadline.isMissingNode() || deadline.isNull() ? "" : deadline.asText());
                }
                merged(row.getCell(fundingColumn), first, n, task.path("funding").asText(""));
            }
            previousTarget = targetText;
        }
    }

    private static String targetText(JsonNode plan, List<String> ids) {
        List<String> lines = new ArrayList<>();
        for (String id : ids) {
            for (JsonNode t : plan.path("targets")) {
                if (t.path("id").asText().equals(id)) {
                    lines.add(id + ". " + t.path("text").asText());
                }
            }
        }
        return String.join("\n", lines);
    }

    /** A cell merged down over {@code n} rows: the text in the first, continuation marks below. */
    private static void merged(XWPFTableCell cell, boolean first, int n, String text) {
        if (first) {
            text(cell, text);
            if (n > 1) {
                pr(cell).addNewVMerge().setVal(STMerge.RESTART);
            }
        } else {
            pr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** One paragraph a line. */
    private static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /** The same zip with fixed entry times, so the same document gives the same bytes. */
    static void write(Path yaml, Path docx) throws Exception {
        Files.write(docx, docx(yaml(yaml)));
    }
}
