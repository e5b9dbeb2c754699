package io.github.reformplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.text.TextCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * A finding's fingerprint: its rule, its file, its message's text arguments and the value it is
 * about, never its line, the index in its pointer or a count. A task inserted above, or lines
 * added, leave the fingerprints of the findings below unchanged, so a baseline keeps matching them.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of a finding about {@code subject} (see {@link #subject}). */
    public static String of(Finding f, String subject) {
        StringBuilder key = new StringBuilder(f.rule()).append('\u0000')
                .append(FILES.get(f.location().file(), PlanFiles::normalise)).append('\u0000')
                .append(f.messageKey()).append('\u0000');
        for (Object arg : f.args()) {
            // Numbers are lines and counts: they move. Dates stay in ISO form whatever the language.
            if (arg instanceof CharSequence || arg instanceof java.time.LocalDate) {
                key.append(arg).append('\u0000');
            }
        }
        return hash(key.append(subject).toString());
    }

    /**
     * What the finding is about: the value at its pointer, an object by its {@code id}; for a list
     * item, the id of the object that holds the list as well, so the same text in two tasks differs.
     */
    public static String subject(JsonNode root, JsonPointer pointer) {
        if (root == null) {
            return pointer.toString();
        }
        return subject(pointer, p -> {
            JsonNode n = root.at(p.toString());
            return n.isMissingNode() ? null : n;
        }, n -> n.isObject() && n.has("id") ? n.get("id").asText() : null, n -> n.isValueNode() ? n.asText() : "");
    }

    /**
     * {@link #subject(JsonNode, JsonPointer)} read from the location index instead of the tree, for a document
     * whose index {@link LocationIndex#holdsValues() holds its values}: the same text for every pointer.
     */
    public static String subject(LocationIndex index, JsonPointer pointer) {
        return subject(pointer, p -> {
            int n = index.nodeAt(p);
            return n < 0 ? null : n;
        }, n -> {
            int id = index.member(n, "id");
            return id < 0 ? null : index.textOf(id);
        }, index::textOf);
    }

    /**
     * The subject over any view of the document: {@code at} a pointer's node (null when there is none),
     * {@code id} an object's id as text (null for anything else), {@code text} a value's text (empty for a
     * list or object).
     */
    private static <N> String subject(JsonPointer pointer, Function<JsonPointer, N> at, Function<N, String> id,
            Function<N, String> text) {
        N node = at.apply(pointer);
        StringBuilder out = new StringBuilder();
        if (node != null) {
            String own = id.apply(node);
            out.append(own != null ? "id:" + own : text.apply(node));
        }
        for (JsonPointer p = pointer.parent(); !p.isRoot(); p = p.parent()) {
            N owner = at.apply(p);
            String ownerId = owner == null ? null : id.apply(owner);
            if (ownerId != null) {
                out.append(" @").append(ownerId);
                break;
            }
        }
        return out.append(" #").append(isIndex(pointer.lastToken()) ? "" : pointer.lastToken()).toString();
    }

    /** Whether a reference token is an array index: digits only (without compiling a regex per call). */
    private static boolean isIndex(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A batch's findings come a file at a time: each path is normalised once, and the digest is cloned from one
     * looked up once. Looking up SHA-256 and normalising the path per finding were 1.6 % of a batch's samples.
     */
    private static final TextCache<String, String> FILES = new TextCache<>(4_096);

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hash(String text) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA_256.clone(); // the original is never used, so cloning it is thread-safe
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }
}
