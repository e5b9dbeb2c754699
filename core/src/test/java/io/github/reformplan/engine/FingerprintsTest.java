package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The subjects read from the location index are those read from the tree, for every pointer. */
class FingerprintsTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.DEFAULT);

    private static DocumentReader.Document read(String name, byte[] content) {
        return (DocumentReader.Document) READER.read(PlanSource.of(name, content));
    }

    /** Every pointer of the tree, and for each a few that miss: a member, an index past the end, a leading zero. */
    private static List<JsonPointer> pointers(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        out.add(at);
        out.add(at.append("id"));
        out.add(at.append("nope"));
        out.add(at.append(99));
        out.add(at.append("00"));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                pointers(e.getValue(), at.append(e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), at.append(i), out);
            }
        }
        return out;
    }

    private static void assertSameSubjects(DocumentReader.Document doc) {
        LocationIndex index = (LocationIndex) doc.index();
        assertThat(index.holdsValues()).isTrue();
        List<JsonPointer> all = pointers(doc.root(), JsonPointer.ROOT, new ArrayList<>());
        for (JsonPointer p : all) {
            assertThat(Fingerprints.subject(index, p)).as("%s", p).isEqualTo(Fingerprints.subject(doc.root(), p));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/clean-plan.yaml"})
    void aPlanFileHasTheSameSubjectsFromItsIndex(String resource) throws IOException {
        try (InputStream in = FingerprintsTest.class.getResourceAsStream(resource)) {
            assertSameSubjects(read("plan.yaml", in.readAllBytes()));
        }
    }

    @Test
    void oddValuesAndShapesHaveTheSameSubjects() {
        String yaml = """
                tasks:
                  - id: 7
                    lead: [~, true, 1.50, 1e3, "", "Sở Tư pháp"]
                    nested: {id: {deep: x}, list: [[1, 2], {id: inner, v: null}]}
                  - {title: no id, "0": zero, "a/b": slash, "m~n": tilde}
                  - plain
                  - id: null
                empty: {}
                none: []
                """;
        assertSameSubjects(read("odd.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertSameSubjects(read("odd.json", """
                {"tasks": [{"id": "1", "lead": ["A", 2, null]}, [], {"x": {"id": false}}], "n": -0.0}
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void randomDocumentsHaveTheSameSubjects() {
        Random random = new Random(12);
        for (int n = 0; n < 200; n++) {
            StringBuilder json = new StringBuilder();
            value(random, 0, json);
            assertSameSubjects(read("random.json", ("{\"tasks\": " + json + "}").getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void value(Random random, int depth, StringBuilder out) {
        int kind = depth > 3 ? 3 + random.nextInt(3) : random.nextInt(6);
        switch (kind) {
            case 0, 1 -> {
                out.append('{');
                int members = random.nextInt(4);
                for (int i = 0; i < members; i++) {
                    out.append(i > 0 ? "," : "").append('"').append(i == 0 && random.nextBoolean() ? "id" : "k" + i).append("\":");
                    value(random, depth + 1, out);
                }
                out.append('}');
            }
            case 2 -> {
                out.append('[');
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    out.append(i > 0 ? "," : "");
                    value(random, depth + 1, out);
                }
                out.append(']');
            }
            case 3 -> out.append('"').append("v").append(random.nextInt(5)).append('"');
            case 4 -> out.append(random.nextInt(100) - 50);
            default -> out.append(random.nextBoolean() ? "null" : "true");
        }
    }

    @Test
    void aDocumentWithAliasesKeepsItsTreeForSubjects() {
        DocumentReader.Document doc = read("alias.yaml", """
                base: &b {id: shared, lead: [A]}
                tasks: [*b, *b]
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(((LocationIndex) doc.index()).holdsValues()).isFalse();
        assertThat(Fingerprints.subject(doc.root(), JsonPointer.parse("/tasks/1/lead/0"))).isEqualTo("A @shared #");
    }
}
