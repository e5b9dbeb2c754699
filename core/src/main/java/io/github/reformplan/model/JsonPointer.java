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
    /** The pointer's text, computed on first use (a parsed pointer keeps the text it was parsed from). */
    private String text;

    private JsonPointer(JsonPointer parent, String token, String text) {
        this.parent = parent;
        this.token = token;
        this.text = text;
    }

    /** The text, built once in one pass from the nearest ancestor that has it: linear in its length. */
    private String text() {
        String t = text;
        if (t != null) {
            return t;
        }
        List<JsonPointer> chain = new ArrayList<>();
        JsonPointer p = this;
        while (p.text == null) {
            chain.add(p);
            p = p.parent;
        }
        StringBuilder sb = new StringBuilder(p.text);
        for (int i = chain.size() - 1; i >= 0; i--) {
            sb.append('/').append(escape(chain.get(i).token));
        }
        t = sb.toString();
        text = t;
        return t;
    }

    private static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
    }

    /** Parses {@code ""} or {@code "/a/b~1c/0"}; throws {@link IllegalArgumentException} for anything else. */
    public static JsonPointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON Pointer starts with '/': " + pointer);
        }
        // one pass, each token appended without its text: linear in the pointer's length, however many tokens
        JsonPointer p = ROOT;
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String raw = pointer.substring(start, end < 0 ? pointer.length() : end);
            String token = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
            p = new JsonPointer(p, token, null);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        p.text = pointer;
        return p;
    }

    public JsonPointer append(String name) {
        return new JsonPointer(this, name, null);
    }

    public JsonPointer append(int index) {
        return new JsonPointer(this, Integer.toString(index), null);
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
            out.add(p.token);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** True when {@code other} is this pointer or lies below it. */
    public boolean contains(JsonPointer other) {
        if (isRoot()) {
            return true;
        }
        String mine = text();
        String theirs = other.text();
        return theirs.startsWith(mine) && (theirs.length() == mine.length() || theirs.charAt(mine.length()) == '/');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPointer other && other.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public int compareTo(JsonPointer o) {
        return text().compareTo(o.text());
    }

    @Override
    public String toString() {
        return text();
    }
}
