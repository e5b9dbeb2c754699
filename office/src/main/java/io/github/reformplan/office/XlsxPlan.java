package io.github.reformplan.office;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.SourceRegion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Excel plan: the tasks as {@link WordPlan} reads a Word appendix table, and the header, targets and
 * responsibilities from the template's sheets of fields ({@code Trường | Giá trị}), targets ({@code Mã chỉ tiêu |
 * Lĩnh vực | Nội dung chỉ tiêu}) and responsibilities ({@code Cơ quan | Lĩnh vực | Thời hạn báo cáo}), or from
 * the title rows above a task table.
 */
final class XlsxPlan extends WordPlan {

    private static final Pattern ATTACHED = Pattern.compile(
            "Kèm theo\\s+(?:Kế hoạch|Quyết định)\\s+số\\s+(\\S+)\\s+ngày\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$");

    private final WordBody body;

    XlsxPlan(WordBody body, String fileName) {
        super(body, fileName);
        this.body = body;
    }

    @Override
    void beforeTables(ObjectNode root, ObjectNode plan) {
        JsonPointer at = JsonPointer.ROOT.append("plan");
        ObjectNode decision = null;
        // A workbook has no parts: each task sheet is an appendix, titled by its first title row or its name
        ArrayNode sections = (ArrayNode) root.get("sections");
        for (WordBody.Table t : body.tables) {
            if (kind(t) == 4) {
                parts(t, sections);
            }
        }
        if (sections.isEmpty()) {
            for (WordBody.Table t : body.tables) {
                if (isTaskTable(t)) {
                    List<WordBody.Cell> first = t.rows().isEmpty() ? List.of() : t.rows().get(0);
                    boolean titled = first.size() == 1 && first.get(0).span() > 1 && !first.get(0).text().isBlank();
                    JsonPointer s = JsonPointer.ROOT.append("sections").append(sections.size());
                    ObjectNode section = sections.addObject();
                    section.put("kind", "appendix");
                    section.put("title", titled ? first.get(0).text().replace('\n', ' ') : t.sheet());
                    place(s, t, 0, 1, "");
                }
            }
        }
        for (WordBody.Table t : body.tables) {
            int kind = kind(t);
            for (int r = 0; r < t.rows().size(); r++) {
                for (WordBody.Cell c : t.rows().get(r)) {
                    Matcher a = ATTACHED.matcher(c.text());
                    if (a.find() && !plan.has("decision")) {
                        decision = plan.putObject("decision");
                        decision.put("number", a.group(1));
                        decision.put("date", String.format("%s-%02d-%02d", a.group(4), Integer.parseInt(a.group(3)),
                                Integer.parseInt(a.group(2))));
                        place(at.append("decision"), t, r, c.gridStart(), "");
                    }
                }
            }
            if (kind == 1) {
                decision = fields(t, plan, at, decision);
            } else if (kind == 2) {
                targets(t);
            } else if (kind == 3) {
                responsibilities(t, root);
            }
        }
    }

    /** 1: header fields, 2: targets, 3: responsibilities, 0: anything else. */
    private static int kind(WordBody.Table t) {
        for (int r = 0; r < t.rows().size() && r < 5; r++) {
            String row = OfficeText.fold(String.join("|", t.rows().get(r).stream().map(WordBody.Cell::text).toList()));
            if (row.startsWith("truong|gia tri")) {
                return 1;
            }
            if (row.startsWith("ma chi tieu|")) {
                return 2;
            }
            if (row.startsWith("co quan|linh vuc")) {
                return 3;
            }
            if (row.startsWith("tieu de|noi dung")) {
                return 4;
            }
        }
        return 0;
    }

    private ObjectNode fields(WordBody.Table t, ObjectNode plan, JsonPointer at, ObjectNode decision) {
        for (int r = 0; r < t.rows().size(); r++) {
            List<WordBody.Cell> row = t.rows().get(r);
            if (row.size() < 2 || row.get(1).text().isBlank()) {
                continue;
            }
            String label = OfficeText.fold(row.get(0).text());
            String value = row.get(1).text().strip();
            String field = label.startsWith("ma ke hoach") ? "id" : label.startsWith("ten ke hoach") ? "title"
                    : label.startsWith("co quan ban hanh") ? "issuer" : label.startsWith("cap") ? "level"
                    : label.startsWith("ky ke hoach") ? "period" : null;
            String decisionField = label.startsWith("so quyet dinh") || label.startsWith("so van ban") ? "number"
                    : label.startsWith("ngay ban hanh") ? "date" : label.startsWith("nguoi ky") ? "signer" : null;
            if (field != null) {
                plan.put(field, "level".equals(field) ? level(value) : value);
                place(at.append(field), t, r, 2, row.get(0).text());
            } else if (decisionField != null) {
                if (decision == null) {
                    decision = plan.putObject("decision");
                }
                Matcher d = DMY.matcher(value);
                decision.put(decisionField, "date".equals(decisionField) && d.matches()
                        ? String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)))
                        : value);
                place(at.append("decision").append(decisionField), t, r, 2, row.get(0).text());
            }
        }
        return decision;
    }

    /** The parts sheet: a title (its kind from its words, as in Word) and the part's text. */
    private void parts(WordBody.Table t, ArrayNode sections) {
        for (int r = 1; r < t.rows().size(); r++) {
            List<WordBody.Cell> row = t.rows().get(r);
            if (row.isEmpty() || row.get(0).text().isBlank()) {
                continue;
            }
            JsonPointer at = JsonPointer.ROOT.append("sections").append(sections.size());
            ObjectNode section = sections.addObject();
            String title = row.get(0).text().strip();
            section.put("kind", kindOf(title));
            section.put("title", title);
            place(at, t, r, 1, "Tiêu đề");
            if (row.size() > 1 && !row.get(1).text().isBlank()) {
                section.put("text", row.get(1).text().strip());
                place(at.append("text"), t, r, 2, "Nội dung");
            }
        }
    }

    private static String level(String value) {
        String f = OfficeText.fold(value);
        return f.startsWith("tinh") || f.startsWith("thanh pho") ? "province" : f.startsWith("xa") || f.startsWith("phuong")
                ? "commune" : f.startsWith("so") ? "department" : f.startsWith("bo") ? "ministry" : value;
    }

    static Optional<ReformArea> area(String text) {
        Optional<ReformArea> byId = ReformArea.fromId(text.strip());
        return byId.isPresent() ? byId : OfficeText.area(text);
    }

    private void targets(WordBody.Table t) {
        boolean started = false;
        for (int r = 0; r < t.rows().size(); r++) {
            List<WordBody.Cell> row = t.rows().get(r);
            if (!started) {
                started = !row.isEmpty() && OfficeText.fold(row.get(0).text()).startsWith("ma chi tieu");
                continue;
            }
            if (row.size() < 3 || row.get(0).text().isBlank()) {
                continue;
            }
            target(row.get(0).text().strip(), row.get(2).text().strip(), area(row.get(1).text()).orElse(null),
                    new SourceRegion.SheetCell(t.sheet(), r + 1, 3, "Nội dung chỉ tiêu"));
        }
    }

    private void responsibilities(WordBody.Table t, ObjectNode root) {
        ArrayNode list = root.withArray("responsibilities");
        boolean started = false;
        for (int r = 0; r < t.rows().size(); r++) {
            List<WordBody.Cell> row = t.rows().get(r);
            if (!started) {
                started = !row.isEmpty() && OfficeText.fold(row.get(0).text()).startsWith("co quan");
                continue;
            }
            if (row.size() < 2 || row.get(0).text().isBlank()) {
                continue;
            }
            JsonPointer at = JsonPointer.ROOT.append("responsibilities").append(list.size());
            ObjectNode o = list.addObject();
            o.put("agency", row.get(0).text().strip());
            ArrayNode areas = o.putArray("areas");
            for (String line : row.get(1).text().split("[\n;]")) {
                area(line).ifPresent(a -> areas.add(a.id()));
            }
            if (row.size() > 2 && !row.get(2).text().isBlank()) {
                o.put("reportDeadline", row.get(2).text().strip());
            }
            place(at, t, r, 1, "Cơ quan");
        }
    }
}
