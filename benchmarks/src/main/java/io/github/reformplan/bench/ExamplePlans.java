package io.github.reformplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The example plans of the repository ({@code examples/plans}, copied onto the class path by the build), as
 * trees to vary, and the writers that turn a varied tree back into YAML or JSON bytes.
 */
public final class ExamplePlans {

    /** The province plan with the most tasks (62). */
    public static final String HA_TINH = "ha-tinh-2026.yaml";
    /** A province plan of another year and style (48 tasks). */
    public static final String THANH_HOA = "thanh-hoa-2025.yaml";
    /** A commune plan (50 tasks). */
    public static final String HOANG_LOC = "hoang-loc-2026.yaml";

    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());
    static final ObjectMapper JSON = new ObjectMapper();

    private ExamplePlans() {
    }

    /** A fresh, mutable copy of an example plan's tree. */
    public static ObjectNode tree(String name) {
        try (InputStream in = ExamplePlans.class.getResourceAsStream("plans/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example plan not on the class path: " + name);
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plan of exactly 150 tasks: Hà Tĩnh's 62, Thanh Hóa's 42, Hoằng Lộc's 42 and Hà Tĩnh's first 4 again
     * (ids prefixed {@code th-}, {@code hl-}, {@code x-} to stay unique; the repeated four are found as
     * task-duplicate), under Hà Tĩnh's header, sections and targets. Findings it produces are part of the
     * work measured.
     */
    public static ObjectNode plan150() {
        ObjectNode plan = tree(HA_TINH);
        ArrayNode tasks = (ArrayNode) plan.get("tasks");
        append(tasks, tree(THANH_HOA), "th-", 150 - tasks.size());
        append(tasks, tree(HOANG_LOC), "hl-", 150 - tasks.size());
        append(tasks, tree(HA_TINH), "x-", 150 - tasks.size());
        if (tasks.size() != 150) {
            throw new IllegalStateException("expected 150 tasks, made " + tasks.size());
        }
        return plan;
    }

    private static void append(ArrayNode tasks, JsonNode from, String prefix, int count) {
        for (JsonNode t : from.get("tasks")) {
            if (count-- <= 0) {
                return;
            }
            ObjectNode task = (ObjectNode) t;
            task.put("id", prefix + task.get("id").asText());
            task.remove("targets"); // another plan's target ids mean other targets here
            tasks.add(task);
        }
    }

    /** Replaces {@code from} with {@code to} in every string of the tree (in place). */
    static void replaceText(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(e.getValue().asText().replace(from, to)));
                } else {
                    replaceText(e.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(a.get(i).asText().replace(from, to)));
                } else {
                    replaceText(a.get(i), from, to);
                }
            }
        }
    }
}
