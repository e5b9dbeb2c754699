package io.github.reformplan.fix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import io.github.reformplan.fix.ScalarWriter.Edit;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies RFC 6902 JSON Patches to the source text of a YAML or JSON file by splicing: each
 * replaced scalar is rewritten where it stands, in its own style when that style can hold the new
 * value (a plain scalar stays plain, a single-quoted one single-quoted, a literal block a literal
 * block), else double-quoted; comments, layout, line endings, a byte order mark and every other
 * byte stay as they were. Immutable and thread-safe.
 *
 * <p>Supported: {@code test} (any value) and {@code replace} of one scalar with a string. A patch
 * applies whole or not at all, in order, each one seeing the text the ones before it left:
 * <ul>
 *   <li>a {@code test} that fails, or a path that is not there, is a conflict ({@code fix.conflict.test},
 *       {@code fix.conflict.missing});</li>
 *   <li>a {@code replace} of a value an earlier patch already replaced, or a {@code test} of it that
 *       fails, is a conflict ({@code fix.conflict.overlap});</li>
 *   <li>{@code add}, {@code remove}, {@code move}, {@code copy}, a list or mapping as target, a scalar
 *       with an anchor or tag or reached through an alias, a value that is not a string: unsupported
 *       ({@code fix.unsupported.*});</li>
 *   <li>every patch is checked by reading the new text back: it must give the former document with
 *       exactly the replaced values changed, else the patch is left out ({@code fix.unsafe}).</li>
 * </ul>
 *
 * <pre>{@code
 * PatchResult r = new SourcePatcher().apply(yaml, false, List.of(
 *         new PatchOperation("test", "/tasks/5/support/0", "Sở Thông tin và Truyền thông"),
 *         new PatchOperation("replace", "/tasks/5/support/0", "Sở Khoa học và Công nghệ")));
 * r.text();      // yaml with only that list item changed
 * r.skipped();   // empty, or why the patch was left out
 * }</pre>
 */
public final class SourcePatcher {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ReadLimits limits;
    private final DocumentReader reader;

    public SourcePatcher() {
        this(ReadLimits.DEFAULT);
    }

    public SourcePatcher(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits);
        this.reader = new DocumentReader(limits);
    }

    /** Applies one patch, whole or not at all. */
    public PatchResult apply(String source, boolean json, List<PatchOperation> ops) {
        return applyAll(source, json, List.of(ops));
    }

    /**
     * Applies several patches (one per finding, say) in order; each applies whole or not at all,
     * and {@link PatchResult.Applied#patch()} / {@link PatchResult.Skipped#patch()} name it by index.
     */
    public PatchResult applyAll(String source, boolean json, List<List<PatchOperation>> patches) {
        List<PatchResult.Applied> applied = new ArrayList<>();
        List<PatchResult.Skipped> skipped = new ArrayList<>();
        JsonNode tree = parse(source, json);
        if (tree == null) {
            for (int i = 0; i < patches.size(); i++) {
                skipped.add(new PatchResult.Skipped(i, "", "fix.unreadable", List.of()));
            }
            return new PatchResult(source, applied, skipped);
        }
        State state = new State(source, json, tree);
        for (int i = 0; i < patches.size(); i++) {
            PatchResult.Skipped why = patch(state, i, patches.get(i), applied);
            if (why != null) {
                skipped.add(why);
            }
        }
        return new PatchResult(state.text, applied, skipped);
    }

    /** The text, its tree and scalar index as the patches so far left them. */
    private final class State {
        final boolean json;
        final Set<String> replaced = new HashSet<>();
        String text;
        JsonNode tree;
        ScalarIndex index;

        State(String text, boolean json, JsonNode tree) {
            this.text = text;
            this.json = json;
            this.tree = tree;
        }

        ScalarIndex index() throws ScalarIndex.Unparseable {
            if (index == null) {
                index = ScalarIndex.of(text, json, limits);
            }
            return index;
        }
    }

    private record Pending(String path, String oldValue, String newValue, Edit edit) {
    }

    /** Applies one patch to the state, or says why not (and leaves the state as it was). */
    private PatchResult.Skipped patch(State state, int i, List<PatchOperation> ops, List<PatchResult.Applied> applied) {
        JsonNode work = state.tree.deepCopy();
        List<Pending> pending = new ArrayList<>();
        for (PatchOperation op : ops) {
            if (op == null || op.op() == null || op.path() == null) {
                return new PatchResult.Skipped(i, "", "fix.invalid", List.of(String.valueOf(op)));
            }
            String path = op.path();
            JsonPointer pointer;
            try {
                pointer = JsonPointer.parse(path);
            } catch (IllegalArgumentException e) {
                return new PatchResult.Skipped(i, path, "fix.invalid", List.of(op.toString()));
            }
            if (!op.op().equals("test") && !op.op().equals("replace")) {
                return new PatchResult.Skipped(i, path, "fix.unsupported.op", List.of(op.op(), path));
            }
            JsonNode node = find(work, pointer);
            if (node == null) {
                return new PatchResult.Skipped(i, path, "fix.conflict.missing", List.of(path));
            }
            if (op.op().equals("test")) {
                if (!matches(node, op.value())) {
                    // A value an earlier patch replaced: the patches overlap, the file did not change under us.
                    return state.replaced.contains(pointer.toString())
                            ? new PatchResult.Skipped(i, path, "fix.conflict.overlap", List.of(path))
                            : new PatchResult.Skipped(i, path, "fix.conflict.test",
                                    List.of(path, String.valueOf(op.value()), show(node)));
                }
                continue;
            }
            if (state.replaced.contains(pointer.toString())
                    || pending.stream().anyMatch(p -> p.path.equals(pointer.toString()))) {
                return new PatchResult.Skipped(i, path, "fix.conflict.overlap", List.of(path));
            }
            if (!(op.value() instanceof String value)) {
                return new PatchResult.Skipped(i, path, "fix.unsupported.value", List.of(path));
            }
            ScalarIndex.Scalar scalar;
            try {
                scalar = pointer.isRoot() || node.isContainerNode() ? null : state.index().get(pointer);
            } catch (ScalarIndex.Unparseable e) {
                return new PatchResult.Skipped(i, "", "fix.unreadable", List.of());
            }
            if (scalar == null) {
                return new PatchResult.Skipped(i, path, "fix.unsupported.target", List.of(path));
            }
            String old = node.isNull() ? null : node.asText();
            pending.add(new Pending(pointer.toString(), old, value,
                    ScalarWriter.replace(state.text, scalar, old == null ? "" : old, value)));
            set(work, pointer, TextNode.valueOf(value));
        }
        if (pending.isEmpty()) {
            return null; // only tests, and they hold
        }
        pending.sort(Comparator.comparingInt(p -> p.edit.start()));
        StringBuilder text = new StringBuilder(state.text.length() + 64);
        int from = 0;
        List<Integer> starts = new ArrayList<>();
        for (Pending p : pending) {
            text.append(state.text, from, p.edit.start());
            starts.add(text.length());
            text.append(p.edit.text());
            from = p.edit.end();
        }
        text.append(state.text, from, state.text.length());
        String patched = text.toString();
        JsonNode reread = parse(patched, state.json);
        if (reread == null || !reread.equals(work)) {
            return new PatchResult.Skipped(i, pending.get(0).path, "fix.unsafe", List.of(pending.get(0).path));
        }
        state.text = patched;
        state.tree = reread;
        state.index = null;
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            state.replaced.add(p.path);
            int[] lc = lineColumn(patched, starts.get(k));
            applied.add(new PatchResult.Applied(i, p.path, p.oldValue, p.newValue, lc[0], lc[1]));
        }
        return null;
    }

    /** The document the validator would see, or {@code null} when the text does not read. */
    private JsonNode parse(String text, boolean json) {
        DocumentReader.Result r = reader.read(PlanSource.of(json ? "source.json" : "source.yaml",
                text.getBytes(StandardCharsets.UTF_8)));
        return r instanceof DocumentReader.Document d ? d.root() : null;
    }

    static JsonNode find(JsonNode root, JsonPointer pointer) {
        JsonNode node = root;
        for (String token : pointer.tokens()) {
            if (node.isObject()) {
                node = node.get(token);
            } else if (node.isArray()) {
                int index = index(token);
                node = index < 0 ? null : node.get(index);
            } else {
                node = null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void set(JsonNode root, JsonPointer pointer, JsonNode value) {
        JsonNode parent = find(root, pointer.parent());
        if (parent instanceof ObjectNode o) {
            o.set(pointer.lastToken(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(index(pointer.lastToken()), value);
        }
    }

    /** An RFC 6901 array index: digits without a leading zero; -1 otherwise. */
    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0'
                || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(token);
    }

    /** RFC 6902 {@code test}: the same value, numbers compared by value. */
    static boolean matches(JsonNode node, Object expected) {
        if (expected == null) {
            return node.isNull();
        }
        if (expected instanceof String s) {
            return node.isTextual() && node.textValue().equals(s);
        }
        if (expected instanceof Boolean b) {
            return node.isBoolean() && node.booleanValue() == b;
        }
        if (expected instanceof Number n && node.isNumber()) {
            try {
                return node.decimalValue().compareTo(new BigDecimal(n.toString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        try {
            return MAPPER.valueToTree(expected).equals(node);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String show(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    /** 1-based line and column (code points) of a char offset; a byte order mark does not count. */
    static int[] lineColumn(String text, int offset) {
        int lineStart = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, offset) + 1};
    }
}
