package io.github.reformplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a national year of plans made from the example plans: 34 province plans, 3,321 commune plans and
 * 1,000 department plans (4,355 YAML files, about 32 MB), each a varied copy (its own id, place name, issuer,
 * a seeded choice of tasks, a parent where the years match), so that no two files are the same: provinces
 * alternate Hà Tĩnh 2026 and Thanh Hóa 2025 (whole), communes are Hoằng Lộc 2026 with 2 to 5 of its tasks,
 * departments Thanh Hóa 2025 with 1 to 5 of its tasks. The same
 * arguments always write the same bytes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.reformplan.bench.CorpusGenerator DIR [SCALE]</pre>
 *
 * SCALE multiplies the number of communes and departments (0.1 gives a tenth, 10 ten times as many);
 * there are always 34 provinces.
 */
public final class CorpusGenerator {

    public static final int PROVINCES = 34;
    public static final int COMMUNES = 3321;
    public static final int DEPARTMENTS = 1000;

    private static final String[] SYLLABLES = {"An", "Bình", "Phú", "Hòa", "Thạnh", "Long", "Tân", "Đông", "Sơn",
        "Hải", "Mỹ", "Lộc", "Phước", "Thuận", "Xuân", "Hưng", "Quang", "Trung", "Nghĩa", "Đức", "Thịnh", "Vĩnh",
        "Khánh", "Cẩm", "Yên", "Hà", "Tiến", "Thành", "Lợi", "Định"};
    private static final String[] DEPARTMENTS_OF = {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế",
        "Sở Xây dựng", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
        "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch"};

    /** What was written. */
    public record Summary(int provinces, int communes, int departments, long bytes) {
        public int files() {
            return provinces + communes + departments;
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CorpusGenerator DIR [SCALE]");
            System.exit(2);
        }
        double scale = args.length == 2 ? Double.parseDouble(args[1]) : 1.0;
        Summary s = generate(Path.of(args[0]), scale);
        System.out.printf(Locale.ROOT, "%d files (%d provinces, %d communes, %d departments), %.1f MB in %s%n",
                s.files(), s.provinces(), s.communes(), s.departments(), s.bytes() / 1e6, args[0]);
    }

    /** Writes the corpus under {@code dir} (created; existing files of the same names are replaced). */
    public static Summary generate(Path dir, double scale) {
        int communes = Math.max(1, (int) Math.round(COMMUNES * scale));
        int departments = Math.max(1, (int) Math.round(DEPARTMENTS * scale));
        ObjectNode[] provinceBases = {ExamplePlans.tree(ExamplePlans.HA_TINH), ExamplePlans.tree(ExamplePlans.THANH_HOA)};
        String[] provincePlaces = {"Hà Tĩnh", "Thanh Hóa"};
        ObjectNode commune = ExamplePlans.tree(ExamplePlans.HOANG_LOC);
        long bytes = 0;
        String[] provinceIds = new String[PROVINCES];
        String[] provinceYears = new String[PROVINCES];
        String[] provinceNames = new String[PROVINCES];
        for (int p = 0; p < PROVINCES; p++) {
            ObjectNode plan = provinceBases[p % 2].deepCopy();
            String name = place(p);
            ExamplePlans.replaceText(plan, provincePlaces[p % 2], name);
            String year = plan.get("plan").get("period").asText();
            provinceIds[p] = String.format(Locale.ROOT, "tinh-%02d-%s", p + 1, year);
            provinceYears[p] = year;
            provinceNames[p] = name;
            header(plan).put("id", provinceIds[p]);
            bytes += write(dir.resolve(provinceIds[p]).resolve("province.yaml"), plan);
        }
        for (int c = 0; c < communes; c++) {
            int p = c % PROVINCES;
            Random random = new Random(1_000_000L + c);
            ObjectNode plan = commune.deepCopy();
            ExamplePlans.replaceText(plan, "Hoằng Lộc", place(PROVINCES + c));
            String year = header(plan).get("period").asText();
            header(plan).put("id", String.format(Locale.ROOT, "xa-%04d-%s", c + 1, year));
            parent(plan, provinceIds[p], provinceYears[p], year);
            keepTasks(plan, 2 + random.nextInt(4), random);
            bytes += write(dir.resolve(provinceIds[p]).resolve("communes")
                    .resolve(String.format(Locale.ROOT, "xa-%04d.yaml", c + 1)), plan);
        }
        for (int d = 0; d < departments; d++) {
            int p = d % PROVINCES;
            Random random = new Random(2_000_000L + d);
            ObjectNode plan = provinceBases[1].deepCopy();
            ExamplePlans.replaceText(plan, "Thanh Hóa", provinceNames[p]);
            String department = DEPARTMENTS_OF[d % DEPARTMENTS_OF.length];
            ObjectNode header = header(plan);
            String year = header.get("period").asText();
            header.put("id", String.format(Locale.ROOT, "so-%04d-%s", d + 1, year));
            header.put("level", "department");
            header.put("issuer", department + " tỉnh " + provinceNames[p]);
            header.put("title", "Kế hoạch cải cách hành chính của " + department + " tỉnh " + provinceNames[p]
                    + " năm " + year);
            parent(plan, provinceIds[p], provinceYears[p], year);
            keepTasks(plan, 1 + random.nextInt(5), random);
            bytes += write(dir.resolve(provinceIds[p]).resolve("departments")
                    .resolve(String.format(Locale.ROOT, "so-%04d.yaml", d + 1)), plan);
        }
        return new Summary(PROVINCES, communes, departments, bytes);
    }

    /** A place name of two syllables, different for each index below 900. */
    static String place(int i) {
        return SYLLABLES[i % SYLLABLES.length] + " " + SYLLABLES[(i / SYLLABLES.length + i) % SYLLABLES.length]
                + (i >= SYLLABLES.length * SYLLABLES.length ? " " + (i / (SYLLABLES.length * SYLLABLES.length) + 1) : "");
    }

    private static ObjectNode header(ObjectNode plan) {
        return (ObjectNode) plan.get("plan");
    }

    /** The province is the parent when it plans the same year (so that target-below-parent compares them). */
    private static void parent(ObjectNode plan, String provinceId, String provinceYear, String year) {
        if (provinceYear.equals(year)) {
            header(plan).put("parent", provinceId);
        }
    }

    /** Keeps {@code n} tasks chosen at random, in their order; suppressions (by task index) no longer hold. */
    private static void keepTasks(ObjectNode plan, int n, Random random) {
        ArrayNode tasks = (ArrayNode) plan.get("tasks");
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            indices.add(i);
        }
        java.util.Collections.shuffle(indices, random);
        List<Integer> kept = new ArrayList<>(indices.subList(0, Math.min(n, indices.size())));
        kept.sort(null);
        ArrayNode out = plan.arrayNode();
        for (int i : kept) {
            out.add(tasks.get(i));
        }
        plan.set("tasks", out);
        plan.remove("suppress");
    }

    private static long write(Path file, JsonNode plan) {
        byte[] content = ExamplePlans.yaml(plan);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content.length;
    }
}
