package io.github.reformplan.rules.input;

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
            if (KNOWN.contains(keyword)) {
                r.variant(keyword).args(args.toArray()).report();
            } else {
                r.variant("other").args(keyword, e.getMessage()).report();
            }
        }
    }

    /** The JSON Pointer of a schema violation's instance location. */
    public static JsonPointer pointer(NodePath path) {
        return SchemaPointers.of(path);
    }
}
