package io.github.reformplan.office;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.SourceRegion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the body of a Word plan into the plan file's tree: the header (letterhead, title, decision), the parts
 * by their title words, the targets part's numbered items, the responsibilities of "Tổ chức thực hiện", and
 * the tasks of every table whose header row names the columns. One instance per document.
 */
class WordPlan {

    /** What a column of a task table holds. */
    enum Role { TT, TARGET, TASK, ACTIVITY, OUTPUT, LEAD, SUPPORT, DEADLINE, FUNDING, NOTE }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern ROMAN_PART = Pattern.compile("^([IVXLC]+)\\.\\s+(.+)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})\\.\\s+(\\D.*)$");
    private static final Pattern NUMBER = Pattern.compile("Số\\s*:?\\s*(\\S*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACHED = Pattern.compile(
            "\\(\\s*Kèm theo\\s+(?:Quyết định|Kế hoạch)\\s+số\\s+(\\S+)\\s+ngày\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_RANGE = Pattern.compile("giai đoạn\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_DATE = Pattern.compile("(trước ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$|^\\(?[0-9]+\\s*=.*\\)?$");

    private final WordBody body;
    private final String fileName;
    private final OfficeSourceMap.Builder map = new OfficeSourceMap.Builder();
    private final ObjectNode root = F.objectNode();
    private final ArrayNode sections = F.arrayNode();
    private final ArrayNode targets = F.arrayNode();
    private final ArrayNode tasks = F.arrayNode();
    private final ArrayNode responsibilities = F.arrayNode();
    private final Map<String, String> targetIdByText = new java.util.HashMap<>();
    private int taskTables;

    WordPlan(WordBody body, String fileName) {
        this.body = body;
        this.fileName = fileName;
    }

    OfficeSourceMap sourceMap() {
        return map.build();
    }

    int taskTables() {
        return taskTables;
    }

    ObjectNode build() {
        root.put("schemaVersion", "1");
        ObjectNode plan = root.putObject("plan");
        header(plan);
        root.set("sections", sections);
        parts();
        root.set("targets", targets);
        beforeTables(root, plan);
        for (WordBody.Table t : body.tables) {
            taskTable(t);
        }
        root.set("tasks", tasks);
        if (!responsibilities.isEmpty()) {
            root.set("responsibilities", responsibilities);
        }
        return root;
    }

    // ---------------------------------------------------------------- header

    private void header(ObjectNode plan) {
        JsonPointer at = JsonPointer.ROOT.append("plan");
        plan.put("id", OfficeText.slug(fileName));
        String issuer = null;
        SourceRegion issuerAt = null;
        String number = null;
        SourceRegion numberAt = null;
        String date = null;
        SourceRegion dateAt = null;
        // the letterhead: the first tables before the title, or paragraphs
        for (Object block : body.blocks) {
            if (block instanceof WordBody.Para p && OfficeText.fold(p.text()).equals("ke hoach")) {
                break;
            }
            if (block instanceof WordBody.Table t && !isTaskTable(t)) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (WordBody.Cell c : t.rows().get(r)) {
                        SourceRegion where = new SourceRegion.TableCell(t.number(), r + 1, c.gridStart(), "");
                        String[] lines = c.text().split("\n");
                        for (int i = 0; i < lines.length; i++) {
                            String line = lines[i].strip();
                            String f = OfficeText.fold(line);
                            if (issuer == null && (f.equals("uy ban nhan dan") || f.equals("uy ban nhan dan")) && i + 1 < lines.length) {
                                issuer = "UBND " + OfficeText.placeCase(lines[i + 1]);
                                issuerAt = where;
                            }
                            Matcher n = NUMBER.matcher(line);
                            if (number == null && f.startsWith("so") && n.find()) {
                                String v = n.group(1);
                                number = !v.isEmpty() && Character.isDigit(v.charAt(0)) ? v : "";
                                numberAt = where;
                            }
                            Matcher d = DATE_WORDS.matcher(line);
                            if (date == null && d.find()) {
                                date = isoDate(d.group(3), d.group(2), d.group(1));
                                dateAt = where;
                            }
                        }
                    }
                }
            }
        }
        String title = null;
        SourceRegion titleAt = null;
        String signer = null;
        SourceRegion signerAt = null;
        List<WordBody.Para> paras = paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            WordBody.Para p = paras.get(i);
            String f = OfficeText.fold(p.text());
            if (title == null && f.equals("ke hoach")) {
                for (int j = i + 1; j < paras.size(); j++) {
                    String t = paras.get(j).text().strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    Matcher a = ATTACHED.matcher(t);
                    if (a.find()) {
                        number = number == null || number.isEmpty() ? a.group(1) : number;
                        date = date == null ? isoDate(a.group(4), a.group(3), a.group(2)) : date;
                        continue;
                    }
                    title = OfficeText.fold(t).startsWith("ke hoach") ? t
                            : "Kế hoạch " + t.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + t.substring(1);
                    titleAt = new SourceRegion.Paragraph(paras.get(j).number(), "");
                    // the attached-to line may follow the title
                    if (j + 1 < paras.size()) {
                        Matcher a2 = ATTACHED.matcher(paras.get(j + 1).text());
                        if (a2.find()) {
                            number = number == null || number.isEmpty() ? a2.group(1) : number;
                            date = date == null ? isoDate(a2.group(4), a2.group(3), a2.group(2)) : date;
                        }
                    }
                    break;
                }
            }
            if (signer == null && (f.endsWith("chu tich") || f.endsWith("giam doc")) && f.length() < 40) {
                for (int j = i + 1; j < paras.size() && j <= i + 4; j++) {
                    String s = paras.get(j).text().strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (!OfficeText.isUpper(s) && s.split("\\s+").length <= 6) {
                        signer = s;
                        signerAt = new SourceRegion.Paragraph(paras.get(j).number(), "");
                    }
                    break;
                }
            }
        }
        if (title != null) {
            plan.put("title", title);
            map.put(at.append("title"), titleAt);
        }
        if (issuer != null) {
            plan.put("issuer", issuer);
            map.put(at.append("issuer"), issuerAt);
            String fi = OfficeText.fold(issuer);
            String level = fi.startsWith("ubnd tinh") || fi.startsWith("ubnd thanh pho") ? "province"
                    : fi.startsWith("ubnd xa") || fi.startsWith("ubnd phuong") || fi.startsWith("ubnd dac khu") ? "commune"
                    : fi.startsWith("so ") ? "department" : fi.startsWith("bo ") ? "ministry" : null;
            if (level != null) {
                plan.put("level", level);
                map.put(at.append("level"), issuerAt);
            }
        }
        if (title != null) {
            Matcher range = PERIOD_RANGE.matcher(title);
            Matcher year = YEAR.matcher(title);
            if (range.find()) {
                plan.put("period", range.group(1) + "-" + range.group(2));
                map.put(at.append("period"), titleAt);
            } else if (year.find()) {
                plan.put("period", year.group(1));
                map.put(at.append("period"), titleAt);
            }
        }
        if (number != null && !number.isEmpty() && date != null) {
            ObjectNode decision = plan.putObject("decision");
            JsonPointer d = at.append("decision");
            decision.put("number", number);
            map.put(d, numberAt).put(d.append("number"), numberAt);
            decision.put("date", date);
            map.put(d.append("date"), dateAt);
            if (signer != null) {
                decision.put("signer", signer);
                map.put(d.append("signer"), signerAt);
            }
        }
        map.put(at, titleAt != null ? titleAt : issuerAt);
    }

    private static String isoDate(String y, String m, String d) {
        return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }

    private List<WordBody.Para> paragraphs() {
        List<WordBody.Para> out = new ArrayList<>();
        for (Object b : body.blocks) {
            if (b instanceof WordBody.Para p) {
                out.add(p);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- parts

    static String kindOf(String title) {
        String f = OfficeText.fold(title);
        if (f.startsWith("phu luc")) {
            return "appendix";
        }
        f = f.replaceFirst("^[ivxlc]+\\.\\s*", "");
        if (f.contains("muc dich")) {
            return "purpose";
        }
        if (f.contains("to chuc thuc hien")) {
            return "implementation";
        }
        if (f.contains("kinh phi")) {
            return "funding";
        }
        if (f.contains("nhiem vu") || f.contains("giai phap")) {
            return "tasks";
        }
        if (f.contains("muc tieu") || f.contains("chi tieu")) {
            return "targets";
        }
        return "other";
    }

    private static boolean isPartTitle(String text) {
        String t = text.strip();
        if (t.length() > 160) {
            return false;
        }
        if (OfficeText.fold(t).startsWith("phu luc")) {
            return true;
        }
        Matcher m = ROMAN_PART.matcher(t);
        return m.matches() && OfficeText.isUpper(m.group(2));
    }

    /**
     * A part's title, or a numbered heading of targets inside a part ("1. Một số mục tiêu, chỉ tiêu cụ thể"
     * under "II. NHIỆM VỤ VÀ GIẢI PHÁP") whose next numbered paragraph is its first item ("1.1. ...").
     */
    private static boolean isHeading(List<WordBody.Para> paras, int i) {
        String t = paras.get(i).text().strip();
        if (isPartTitle(t)) {
            return true;
        }
        Matcher m = NUMBERED_HEADING.matcher(t);
        if (!m.matches() || t.length() > 100 || !"targets".equals(kindOf(m.group(2)))) {
            return false;
        }
        for (int k = i + 1; k < paras.size(); k++) {
            String id = OfficeText.leadingId(paras.get(k).text());
            if (id != null) {
                return id.startsWith(m.group(1) + ".");
            }
        }
        return false;
    }

    private static boolean isSignature(String text) {
        String f = OfficeText.fold(text);
        return f.startsWith("tm. ") || f.startsWith("kt. ") || f.equals("noi nhan:") || f.equals("noi nhan");
    }

    private void parts() {
        List<WordBody.Para> paras = paragraphs();
        int i = 0;
        while (i < paras.size() && !isHeading(paras, i)) {
            i++;
        }
        ReformArea area = null;
        while (i < paras.size()) {
            WordBody.Para head = paras.get(i);
            String title = head.text().strip();
            String kind = kindOf(title);
            int s = sections.size();
            JsonPointer at = JsonPointer.ROOT.append("sections").append(s);
            ObjectNode section = sections.addObject();
            section.put("kind", kind);
            section.put("title", title);
            SourceRegion headAt = new SourceRegion.Paragraph(head.number(), title);
            map.put(at, headAt).put(at.append("kind"), headAt).put(at.append("title"), headAt);
            List<WordBody.Para> content = new ArrayList<>();
            int j = i + 1;
            boolean signed = false;
            for (; j < paras.size() && !isHeading(paras, j); j++) {
                signed |= isSignature(paras.get(j).text());
                if (!signed && !paras.get(j).text().isBlank()) {
                    content.add(paras.get(j));
                }
            }
            List<String> text = new ArrayList<>();
            if ("targets".equals(kind)) {
                for (int k = 0; k < content.size(); k++) {
                    WordBody.Para p = content.get(k);
                    String id = OfficeText.leadingId(p.text());
                    String next = null;
                    for (int m = k + 1; m < content.size() && next == null; m++) {
                        next = OfficeText.leadingId(content.get(m).text());
                    }
                    boolean parent = id != null && next != null && next.startsWith(id + ".");
                    Optional<ReformArea> named = OfficeText.area(p.text());
                    if (id == null || parent) {
                        if (named.isPresent() && p.text().length() < 160) {
                            area = named.get();
                        } else if (id == null) {
                            text.add(p.text().strip());
                        }
                        continue;
                    }
                    target(id, OfficeText.afterId(p.text()), area, new SourceRegion.Paragraph(p.number(), title));
                }
            } else {
                for (WordBody.Para p : content) {
                    text.add(p.text().strip());
                }
                if ("implementation".equals(kind)) {
                    responsibilities(content, title);
                }
            }
            if (!text.isEmpty()) {
                section.put("text", String.join("\n", text));
                map.put(at.append("text"), new SourceRegion.Paragraph(content.get(0).number(), title));
            }
            i = j;
        }
    }

    /** What a format adds once the header and parts are read and before the task tables are (Excel's sheets). */
    void beforeTables(ObjectNode root, ObjectNode plan) {
    }

    /** Places a pointer at a cell of a table or sheet. */
    void place(JsonPointer pointer, WordBody.Table t, int row, int column, String header) {
        map.put(pointer, t.sheet() != null ? new SourceRegion.SheetCell(t.sheet(), row + 1, column, header)
                : new SourceRegion.TableCell(t.number(), row + 1, column, header));
    }

    void target(String id, String text, ReformArea area, SourceRegion where) {
        JsonPointer at = JsonPointer.ROOT.append("targets").append(targets.size());
        ObjectNode t = targets.addObject();
        t.put("id", id);
        if (area != null) {
            t.put("area", area.id());
        }
        t.put("text", text);
        targetIdByText.putIfAbsent(OfficeText.fold(text), id);
        map.put(at, where).put(at.append("id"), where).put(at.append("area"), where).put(at.append("text"), where);
    }

    /** "X chủ trì ... <areas>; ... trước ngày 30/11/2026": who steers which areas and reports when. */
    private void responsibilities(List<WordBody.Para> content, String part) {
        for (WordBody.Para p : content) {
            String text = OfficeText.afterId(p.text());
            Matcher before = BEFORE_DATE.matcher(text);
            String report = null;
            if (before.find()) {
                String b = before.group(1);
                report = "Trước" + b.substring("trước".length());
            }
            SourceRegion where = new SourceRegion.Paragraph(p.number(), part);
            for (String part2 : text.split(";")) {
                String clause = part2.strip().replaceAll("\\s+", " ");
                int lead = OfficeText.fold(clause).indexOf(" chu tri");
                if (lead <= 0) {
                    continue;
                }
                // folding keeps the length of Vietnamese text in NFC, so the index maps back
                String agency = clause.substring(0, Math.min(lead, clause.length())).strip();
                if (agency.split("\\s+").length > 10) {
                    continue;
                }
                List<ReformArea> areas = OfficeText.areas(clause.substring(Math.min(lead, clause.length())));
                if (areas.isEmpty()) {
                    continue;
                }
                JsonPointer at = JsonPointer.ROOT.append("responsibilities").append(responsibilities.size());
                ObjectNode r = responsibilities.addObject();
                r.put("agency", agency);
                ArrayNode list = r.putArray("areas");
                areas.forEach(a -> list.add(a.id()));
                if (report != null) {
                    r.put("reportDeadline", report);
                }
                map.put(at, where);
            }
        }
    }

    // ---------------------------------------------------------------- task tables

    private static Role role(String header) {
        String f = OfficeText.fold(header).replace("\n", " ");
        if (f.isEmpty()) {
            return null;
        }
        if (f.equals("tt") || f.equals("stt") || f.equals("so tt")) {
            return Role.TT;
        }
        if (f.contains("chu tri")) {
            return Role.LEAD;
        }
        if (f.contains("phoi hop")) {
            return Role.SUPPORT;
        }
        if (f.contains("bat dau")) {
            return null; // the start of a task's time, not its deadline
        }
        if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) {
            return Role.DEADLINE;
        }
        if (f.contains("kinh phi")) {
            return Role.FUNDING;
        }
        if (f.contains("ghi chu")) {
            return Role.NOTE;
        }
        if (f.contains("san pham") || f.contains("ket qua")) {
            return Role.OUTPUT;
        }
        if (f.contains("hoat dong")) {
            return Role.ACTIVITY;
        }
        if (f.contains("muc tieu") || f.contains("chi tieu")) {
            return Role.TARGET;
        }
        if (f.contains("nhiem vu") || f.contains("noi dung")) {
            return Role.TASK;
        }
        return null;
    }

    /** A table's header: the roles of its grid columns, each column's header text, and how many rows it takes. */
    record Header(Map<Role, Integer> roles, String[] texts, int rows) {
    }

    /**
     * The header starting at a row, when the row (with the row below it, for a two-row header) names the
     * columns; else null. In a two-row header a cell spanning columns ("Cơ quan thực hiện") stands over the
     * sub-headers below it ("Chủ trì" | "Phối hợp"), and each of those columns is named by both.
     */
    static Header header(WordBody.Table t, int row) {
        boolean two = twoRows(t, row);
        int n = t.gridColumns();
        String[] texts = new String[n + 2];
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (int c = 1; c <= n; c++) {
            WordBody.Cell cell = t.cell(row, c);
            if (cell == null || cell.merge() == WordBody.Merge.CONTINUE || cell.text().length() > 80) {
                texts[c] = cell == null ? "" : t.text(row, c).replace('\n', ' ');
                continue;
            }
            String text = cell.text().replace('\n', ' ');
            if (two && cell.span() > 1) {
                WordBody.Cell sub = t.cell(row + 1, c);
                if (sub != null && sub.merge() != WordBody.Merge.CONTINUE && !sub.text().isBlank()) {
                    text = text + ": " + sub.text().replace('\n', ' ');
                }
            }
            texts[c] = text;
            Role r = role(text);
            if (r != null) {
                roles.putIfAbsent(r, c);
            }
        }
        int others = 0;
        for (Role r : List.of(Role.LEAD, Role.SUPPORT, Role.DEADLINE, Role.OUTPUT, Role.TT)) {
            others += roles.containsKey(r) ? 1 : 0;
        }
        return roles.containsKey(Role.TASK) && others >= 2 ? new Header(roles, texts, two ? 2 : 1) : null;
    }

    /**
     * Whether a row is the first of a two-row header: a short cell of it spans columns over at least two short
     * sub-header cells of the next row, another cell of it names a column alone, and every other cell of the
     * next row is a vertical merge from above or blank (an area row spanning the table over a task row, or a
     * title merged across the table over the header, is not one).
     */
    private static boolean twoRows(WordBody.Table t, int row) {
        if (row + 1 >= t.rows().size()) {
            return false;
        }
        boolean single = false; // a title merged across the table over the header is not a header
        for (WordBody.Cell top : t.rows().get(row)) {
            single |= top.span() == 1 && top.merge() != WordBody.Merge.CONTINUE && !top.text().isBlank();
        }
        if (!single) {
            return false;
        }
        boolean spanned = false;
        for (WordBody.Cell below : t.rows().get(row + 1)) {
            WordBody.Cell parent = t.cell(row, below.gridStart());
            boolean blank = below.merge() == WordBody.Merge.CONTINUE || below.text().isBlank();
            if (parent != null && parent.span() > 1 && parent.merge() != WordBody.Merge.CONTINUE
                    && !parent.text().isBlank() && parent.text().length() <= 80) {
                if (blank || below.text().length() > 80 || below.span() >= parent.span()) {
                    return false;
                }
                spanned = true;
            } else if (!blank) {
                return false;
            }
        }
        return spanned;
    }

    private static int headerRow(WordBody.Table t) {
        for (int r = 0; r < t.rows().size() && r < 10; r++) {
            if (header(t, r) != null) {
                return r;
            }
        }
        return -1;
    }

    static boolean isTaskTable(WordBody.Table t) {
        return headerRow(t) >= 0;
    }

    private ReformArea areaBefore(WordBody.Table t) {
        ReformArea area = null;
        for (Object b : body.blocks) {
            if (b == t) {
                return area;
            }
            if (b instanceof WordBody.Para p && !p.text().isBlank() && p.text().length() < 200) {
                Optional<ReformArea> a = OfficeText.area(p.text());
                if (a.isPresent() && OfficeText.fold(p.text()).startsWith("phu luc")) {
                    area = a.get();
                }
            }
        }
        return area;
    }

    private void taskTable(WordBody.Table t) {
        int h = headerRow(t);
        if (h < 0) {
            return;
        }
        taskTables++;
        Header head = header(t, h);
        Map<Role, Integer> roles = head.roles();
        String[] headers = head.texts();
        ReformArea area = areaBefore(t);
        SourceRegion areaAt = null;
        List<Integer> taskRows = null;
        List<List<Integer>> groups = new ArrayList<>();
        List<ReformArea> groupAreas = new ArrayList<>();
        List<SourceRegion> groupAreaAt = new ArrayList<>();
        int taskCol = roles.get(Role.TASK);
        for (int r = h + head.rows(); r < t.rows().size(); r++) {
            List<WordBody.Cell> row = t.rows().get(r);
            Header again = header(t, r);
            if (again != null) {
                r += again.rows() - 1;
                continue; // a header repeated where a page broke
            }
            List<WordBody.Cell> own = new ArrayList<>();
            int maxSpan = 0;
            boolean numbers = true;
            for (WordBody.Cell c : row) {
                if (c.merge() != WordBody.Merge.CONTINUE && !c.text().isBlank()) {
                    own.add(c);
                    maxSpan = Math.max(maxSpan, c.span());
                    numbers &= COLUMN_NUMBER.matcher(c.text().strip()).matches();
                }
            }
            if (own.isEmpty()) {
                continue;
            }
            if (numbers && own.size() >= 3) {
                continue; // (1) (2) (3) ...
            }
            WordBody.Cell task = t.cell(r, taskCol);
            boolean continued = task != null && task.merge() == WordBody.Merge.CONTINUE && t.origin(r, taskCol) < r;
            if (!continued && own.size() <= 2 && (maxSpan >= 2 || !hasAny(t, r, roles))) {
                String text = String.join(" ", own.stream().map(WordBody.Cell::text).toList());
                Optional<ReformArea> a = OfficeText.area(text);
                if (a.isPresent()) {
                    area = a.get();
                    WordBody.Cell last = own.get(own.size() - 1);
                    areaAt = cellAt(t, headers, r, last.gridStart());
                }
                taskRows = null;
                continue;
            }
            if (continued && taskRows != null) {
                taskRows.add(r);
            } else if (task != null && !task.text().isBlank()) {
                taskRows = new ArrayList<>();
                taskRows.add(r);
                groups.add(taskRows);
                groupAreas.add(area);
                groupAreaAt.add(areaAt);
            } else if (taskRows != null) {
                taskRows.add(r);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            task(t, roles, headers, groups.get(g), groupAreas.get(g), groupAreaAt.get(g));
        }
    }

    private static boolean hasAny(WordBody.Table t, int r, Map<Role, Integer> roles) {
        for (Role role : List.of(Role.LEAD, Role.SUPPORT, Role.DEADLINE, Role.OUTPUT)) {
            Integer c = roles.get(role);
            if (c != null) {
                WordBody.Cell cell = t.cell(r, c);
                if (cell != null && cell.merge() != WordBody.Merge.CONTINUE && !cell.text().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The distinct cells (by the row they start in) a column shows over a task's rows, with their text. */
    private static List<int[]> origins(WordBody.Table t, List<Integer> rows, Integer column) {
        List<int[]> out = new ArrayList<>();
        if (column == null) {
            return out;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (int r : rows) {
            int o = t.origin(r, column);
            if (seen.add(o)) {
                out.add(new int[] {o, r});
            }
        }
        return out;
    }

    private void task(WordBody.Table t, Map<Role, Integer> roles, String[] headers, List<Integer> rows,
            ReformArea area, SourceRegion areaAt) {
        int first = rows.get(0);
        JsonPointer at = JsonPointer.ROOT.append("tasks").append(tasks.size());
        ObjectNode task = tasks.addObject();
        int taskCol = roles.get(Role.TASK);
        String taskText = t.text(first, taskCol).replace('\n', ' ').strip();
        SourceRegion taskAt = cellAt(t, headers, t.origin(first, taskCol), taskCol);
        String id = OfficeText.leadingId(taskText);
        SourceRegion idAt = taskAt;
        String title = taskText;
        if (id != null && id.contains(".")) {
            title = OfficeText.afterId(taskText);
        } else {
            id = null;
            Integer tt = roles.get(Role.TT);
            if (tt != null && !t.text(first, tt).isBlank()) {
                id = t.text(first, tt).strip().replaceAll("\\.$", "");
                idAt = cellAt(t, headers, t.origin(first, tt), tt);
            }
        }
        if (id == null) {
            id = "T" + (tasks.size());
        }
        task.put("id", id);
        map.put(at, taskAt).put(at.append("id"), idAt);
        if (area != null) {
            task.put("area", area.id());
            map.put(at.append("area"), areaAt != null ? areaAt : taskAt);
        }
        task.put("title", title);
        map.put(at.append("title"), taskAt);
        // targets: the target cell merged down over the task
        List<String> targetIds = new ArrayList<>();
        List<SourceRegion> targetAt = new ArrayList<>();
        for (int[] o : origins(t, rows, roles.get(Role.TARGET))) {
            String cell = t.text(o[0], roles.get(Role.TARGET));
            for (String line : cell.split("\n")) {
                String target = targetId(line);
                if (target != null && !targetIds.contains(target)) {
                    targetIds.add(target);
                    targetAt.add(cellAt(t, headers, o[0], roles.get(Role.TARGET)));
                }
            }
        }
        list(task, at, "targets", targetIds, targetAt, cellAt(t, headers, first, roles.get(Role.TARGET)));
        // activities, one row each; their numbers label the per-activity deadlines
        List<String> activities = new ArrayList<>();
        List<SourceRegion> activityAt = new ArrayList<>();
        Map<Integer, String> labelByRow = new java.util.HashMap<>();
        for (int[] o : origins(t, rows, roles.get(Role.ACTIVITY))) {
            String text = t.text(o[0], roles.get(Role.ACTIVITY)).replace('\n', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            String label = OfficeText.leadingId(text);
            labelByRow.put(o[0], label != null ? label : text);
            if (!OfficeText.afterId(text).isEmpty()) {
                activities.add(text);
                activityAt.add(cellAt(t, headers, o[0], roles.get(Role.ACTIVITY)));
            }
        }
        list(task, at, "activities", activities, activityAt, null);
        lines(t, headers, rows, roles.get(Role.OUTPUT), task, at, "outputs");
        lines(t, headers, rows, roles.get(Role.LEAD), task, at, "lead");
        lines(t, headers, rows, roles.get(Role.SUPPORT), task, at, "support");
        // deadline: one merged cell is the task's deadline, one per activity row its milestones
        Integer dc = roles.get(Role.DEADLINE);
        if (dc != null) {
            List<int[]> cells = new ArrayList<>();
            for (int[] o : origins(t, rows, dc)) {
                if (!t.text(o[0], dc).isBlank()) {
                    cells.add(o);
                }
            }
            map.put(at.append("deadline"), cellAt(t, headers, cells.isEmpty() ? first : cells.get(0)[0], dc));
            if (cells.size() == 1) {
                task.put("deadline", t.text(cells.get(0)[0], dc).replace('\n', ' ').strip());
            } else if (cells.size() > 1) {
                ArrayNode ms = task.putArray("deadline");
                for (int k = 0; k < cells.size(); k++) {
                    int row = cells.get(k)[0];
                    JsonPointer m = at.append("deadline").append(k);
                    ObjectNode milestone = ms.addObject();
                    String label = labelByRow.get(row);
                    milestone.put("label", label != null ? label : "Hoạt động " + (k + 1));
                    milestone.put("due", t.text(row, dc).replace('\n', ' ').strip());
                    SourceRegion where = cellAt(t, headers, row, dc);
                    map.put(m, where).put(m.append("due"), where);
                    Integer ac = roles.get(Role.ACTIVITY);
                    map.put(m.append("label"), ac != null ? cellAt(t, headers, row, ac) : where);
                }
            }
        }
        Integer fc = roles.get(Role.FUNDING);
        if (fc != null) {
            for (int[] o : origins(t, rows, fc)) {
                String f = t.text(o[0], fc).replace('\n', ' ').strip();
                if (!f.isEmpty()) {
                    task.put("funding", f);
                    map.put(at.append("funding"), cellAt(t, headers, o[0], fc));
                    break;
                }
            }
        }
    }

    private String targetId(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return null;
        }
        String id = OfficeText.leadingId(l);
        if (id != null && targets.findValues("id").stream().anyMatch(n -> n.asText().equals(id))) {
            return id;
        }
        String byText = targetIdByText.get(OfficeText.fold(id != null ? OfficeText.afterId(l) : l));
        return byText != null ? byText : id;
    }

    /** Agencies and outputs: one item a line, over the distinct cells of the column, each once. */
    private void lines(WordBody.Table t, String[] headers, List<Integer> rows, Integer column, ObjectNode task,
            JsonPointer at, String field) {
        if (column == null) {
            return;
        }
        List<String> items = new ArrayList<>();
        List<SourceRegion> where = new ArrayList<>();
        for (int[] o : origins(t, rows, column)) {
            for (String line : t.text(o[0], column).split("\n")) {
                String item = line.strip();
                if (!item.isEmpty() && !items.contains(item)) {
                    items.add(item);
                    where.add(cellAt(t, headers, o[0], column));
                }
            }
        }
        list(task, at, field, items, where, cellAt(t, headers, rows.get(0), column));
    }

    private void list(ObjectNode task, JsonPointer at, String field, List<String> items, List<SourceRegion> where,
            SourceRegion empty) {
        JsonPointer p = at.append(field);
        if (items.isEmpty()) {
            map.put(p, empty);
            return;
        }
        ArrayNode array = task.putArray(field);
        map.put(p, where.get(0));
        for (int i = 0; i < items.size(); i++) {
            array.add(items.get(i));
            map.put(p.append(i), where.get(i));
        }
    }

    private static SourceRegion cellAt(WordBody.Table t, String[] headers, int row, Integer column) {
        if (column == null) {
            return null;
        }
        return t.sheet() != null ? new SourceRegion.SheetCell(t.sheet(), row + 1, column, headers[column])
                : new SourceRegion.TableCell(t.number(), row + 1, column, headers[column]);
    }
}
