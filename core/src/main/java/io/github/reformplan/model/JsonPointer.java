package io.github.reformplan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer: an immutable value naming one place in a plan document.
 *
 * <pre>{@code
 * JsonPointer p = JsonPointer.ROOT.append("tasks").append(12).append("deadline");
 * p.toString();   // "/tasks/12/deadline"
 * }</pre>
 */
public final class JsonPointer implements Comparable<JsonPointer> {

    public static final JsonPointer ROOT = new JsonPointer(null, null, "");

    private final JsonPointer parent;
    private final String token;
    private final String text;

    private JsonPointer(JsonPointer parent, String token, String text) {
        this.parent = parent;
        this.token = token;
        this.text = text;
    }

    /** Parses {@code ""} or {@code "/a/b~1c/0"}; throws {@link IllegalArgumentException} for anything else. */
    public static JsonPointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON Pointer starts with '/': " + pointer);
        }
        JsonPointer p = ROOT;
        for (String raw : pointer.substring(1).split("/", -1)) {
            p = p.append(raw.replace("~1", "/").replace("~0", "~"));
        }
        return p;
    }

    public JsonPointer append(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return new JsonPointer(this, name, text + "/" + escaped);
    }

    public JsonPointer append(int index) {
        return new JsonPointer(this, Integer.toString(index), text + "/" + index);
    }

    /** The parent pointer; the root is its own parent. */
    public JsonPointer parent() {
        return parent == null ? this : parent;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** The last reference token, or {@code ""} for the root. */
    public String lastToken() {
        return token == null ? "" : token;
    }

    /** The unescaped reference tokens, from the root down. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>();
        for (JsonPointer p = this; p.parent != null; p = p.parent) {
            out.add(0, p.token);
        }
        return out;
    }

    /** True when {@code other} is this pointer or lies below it. */
    public boolean contains(JsonPointer other) {
        return other.text.equals(text) || other.text.startsWith(text + "/") || isRoot();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPointer other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public int compareTo(JsonPointer o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
