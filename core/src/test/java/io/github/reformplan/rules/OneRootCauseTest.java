package io.github.reformplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §4, one root cause, one finding: where the schema rejects a place a rule reads ({@code RuleInfo.reads}),
 * that rule reports nothing that follows from it. Table-driven over every built-in rule: each place each rule
 * declares is broken in the clean plan (given the number 5, which no such place accepts), and the run must hold
 * the schema finding and no finding of that rule in the broken place's scope. The issue's own cases are rows with
 * their exact findings, beside the same mistake made without a schema violation, which the rule does report.
 */
class OneRootCauseTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rules that read no place of a plan the schema checks, and why. */
    private static final Map<String, String> READ_NOTHING = Map.of(
            "parse", "the file could not be read: no place exists",
            "schema", "the root cause itself",
            "placeholder-unfilled", "reads every string as it is written, whatever the schema says of it",
            "suppression-invalid", "reads the suppress list, whose shape is its own subject");

    private static ObjectNode cleanPlan() throws IOException {
        try (InputStream in = OneRootCauseTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return (ObjectNode) new YAMLMapper().readTree(in);
        }
    }

    private static List<Finding> validate(JsonNode plan) throws IOException {
        byte[] bytes = JSON.writeValueAsString(plan).getBytes(StandardCharsets.UTF_8);
        return VALIDATOR.validateSources(List.of(PlanSource.of("plan.json", bytes))).findings();
    }

    /** Sets the place a pattern names (each * as item 0, created when absent) to the number 5. */
    private static JsonPointer breakAt(ObjectNode root, String pattern) {
        List<String> tokens = JsonPointer.parse(pattern).tokens();
        JsonNode node = root;
        JsonPointer at = JsonPointer.ROOT;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (t.equals("*")) {
                ArrayNode array = (ArrayNode) node;
                if (array.isEmpty()) {
                    array.addObject();
                }
                at = at.append(0);
                node = array.get(0);
                continue;
            }
            ObjectNode object = (ObjectNode) node;
            at = at.append(t);
            if (last) {
                object.set(t, IntNode.valueOf(5));
            } else if (!object.has(t) || !object.get(t).isContainerNode()) {
                boolean nextIsItem = tokens.get(i + 1).equals("*");
                object.set(t, nextIsItem ? JSON.createArrayNode() : JSON.createObjectNode());
            }
            node = object.get(t);
        }
        return at;
    }

    static Stream<Arguments> everyPlaceEveryRuleReads() {
        return RuleRegistry.builtIn().descriptors().stream()
                .flatMap(d -> d.reads().stream().map(r -> Arguments.of(d.id(), r)));
    }

    @Test
    void everyRuleDeclaresWhatItReadsOrSaysWhyNot() {
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            assertThat(!d.reads().isEmpty() || READ_NOTHING.containsKey(d.id()))
                    .as(d.id() + " declares the places it reads (RuleInfo.reads) or is listed in READ_NOTHING").isTrue();
            assertThat(d.reads().isEmpty() || !READ_NOTHING.containsKey(d.id())).as(d.id()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("everyPlaceEveryRuleReads")
    void aRejectedPlaceGivesTheSchemaFindingOnly(String rule, String pattern) throws IOException {
        ObjectNode plan = cleanPlan();
        JsonPointer broken = breakAt(plan, pattern);
        List<Finding> findings = validate(plan);
        assertThat(findings).as("the schema rejects " + broken)
                .anyMatch(f -> f.rule().equals("schema") && (f.location().pointer().contains(broken)
                        || broken.contains(f.location().pointer())));
        JsonPointer item = broken.parent();
        assertThat(findings).as(rule + " reports nothing that follows from " + broken)
                .noneMatch(f -> f.rule().equals(rule) && (item.contains(f.location().pointer())
                        || f.location().pointer().contains(item)));
    }

    static Stream<Arguments> issueCases() {
        return Stream.of(
                // a misspelt area: the area then has no task, but that is the misspelling, said once
                Arguments.of("area-uncovered", "/tasks/1/area", "institution", "schema.enum-suggest", "/tasks/1/area"),
                // a misspelt section kind: the section is then missing, but that is the misspelling
                Arguments.of("section-missing", "/sections/0/kind", "purpse", "schema.enum-suggest", "/sections/0/kind"),
                // outputs: 5 names no output, but that is the wrong type
                Arguments.of("task-output-missing", "/tasks/0/outputs", 5, "schema.type", "/tasks/0/outputs"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("issueCases")
    void oneCauseOneFinding(String rule, String place, Object value, String key, String pointer) throws IOException {
        ObjectNode plan = cleanPlan();
        JsonPointer at = JsonPointer.parse(place);
        ObjectNode parent = (ObjectNode) plan.at(at.parent().toString());
        parent.set(at.lastToken(), JSON.valueToTree(value));
        List<Finding> findings = validate(plan);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo(key);
            assertThat(f.location().pointer()).hasToString(pointer);
        });
        // the control: the same gap without a schema violation is the rule's finding
        ObjectNode control = cleanPlan();
        ((ObjectNode) control.at(at.parent().toString())).remove(at.lastToken());
        if (rule.equals("area-uncovered") || rule.equals("section-missing")) {
            ArrayNode list = (ArrayNode) control.at(at.parent().parent().toString());
            list.remove(Integer.parseInt(at.parent().lastToken()));
        }
        assertThat(validate(control)).anyMatch(f -> f.rule().equals(rule));
    }
}
