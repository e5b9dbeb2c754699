package io.github.reformplan.engine;

import com.networknt.schema.path.NodePath;
import io.github.reformplan.model.JsonPointer;

/** Where a JSON Schema violation is, as our pointer: shared by the plan schema rule and the configuration. */
public final class SchemaPointers {

    private SchemaPointers() {
    }

    /** The JSON Pointer of a schema violation's instance location. */
    public static JsonPointer of(NodePath path) {
        JsonPointer p = JsonPointer.ROOT;
        if (path == null) {
            return p;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            p = element instanceof Integer index ? p.append(index) : p.append(String.valueOf(element));
        }
        return p;
    }
}
