package io.github.reformplan.rules.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.InputContext;
import io.github.reformplan.engine.InputRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.engine.SchemaPointers;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The file does not match the plan JSON Schema: one finding per violation, at the pointer of the
 * offending value (or, for a missing or unknown property, at that property).
 */
@RuleInfo(id = "schema", severity = Severity.ERROR, summary = "The file does not match the plan JSON Schema")
public final class SchemaRule implements InputRule {

    /** Keywords with a message of our own; others fall back to the validator's English text. */
    private static final Set<String> KNOWN = Set.of("required", "additionalProperties", "type", "enum", "const",
            "pattern", "minItems", "minLength", "format", "false");

    @Override
    public void check(InputContext input, FindingSink sink) {
        if (!(input.read() instanceof DocumentReader.Document doc)) {
            return;
        }
        period(doc, sink);
        Set<String> seen = new HashSet<>();
        for (Error e : PlanSchema.validate(doc.root())) {
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            JsonPointer at = pointer(e.getInstanceLocation());
            boolean onKey = false;
            if (keyword.equals("required") || keyword.equals("additionalProperties")) {
                at = at.append(e.getProperty());
                onKey = keyword.equals("additionalProperties");
            }
            if (!seen.add(at + " " + keyword)) {
                continue;
            }
            List<Object> args = Arrays.stream(e.getArguments() == null ? new Object[0] : e.getArguments())
                    .map(a -> (Object) String.valueOf(a)).toList();
            FindingSink.Report r = onKey ? sink.atKey(at) : sink.at(at);
            JsonNode value = doc.root().at(at.toString());
            if (keyword.equals("format") && "date".equals(args.isEmpty() ? null : args.get(0)) && value.isTextual()) {
                r.variant("date").args(value.textValue()).report();
            } else if (keyword.equals("enum") && value.isValueNode()) {
                enumFinding(r, e, value);
            } else if (keyword.equals("type") && value.isNumber() && args.size() > 1 && "string".equals(args.get(1))) {
                r.variant("type-quote").args(value.asText()).report();
            } else if (KNOWN.contains(keyword)) {
                r.variant(keyword).args(args.toArray()).report();
            } else {
                r.variant("other").args(keyword, e.getMessage()).report();
            }
        }
    }

    /** A value not among the allowed ones: the value, the allowed values and, when one is close, that one. */
    private static void enumFinding(FindingSink.Report r, Error e, JsonNode value) {
        List<String> allowed = new java.util.ArrayList<>();
        JsonNode values = e.getSchemaNode();
        if (values != null && values.isArray()) {
            values.forEach(v -> allowed.add(v.asText()));
        }
        String found = value.asText();
        String list = String.join(", ", allowed);
        java.util.Optional<String> near = io.github.reformplan.engine.Nearest.of(found, allowed);
        if (near.isPresent()) {
            r.variant("enum-suggest").args(found, list, near.get()).report();
        } else {
            r.variant("enum-value").args(found, list).report();
        }
    }

    /**
     * Period checks the schema cannot express: a range whose last year precedes its first ("2030-2026").
     */
    private static void period(DocumentReader.Document doc, FindingSink sink) {
        JsonNode period = doc.root().path("plan").path("period");
        if (!period.isTextual()) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*").matcher(period.textValue());
        if (m.matches() && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
            sink.at(JsonPointer.ROOT.append("plan").append("period")).variant("period-inverted")
                    .args(period.textValue(), m.group(1), m.group(2)).report();
        }
    }

    /** The JSON Pointer of a schema violation's instance location. */
    public static JsonPointer pointer(NodePath path) {
        return SchemaPointers.of(path);
    }
}
