package io.github.reformplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.model.JsonPointer;
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
        Digest digest = DIGEST.get();
        StringBuilder key = new StringBuilder(f.rule()).append('\u0000')
                .append(digest.normalised(f.location().file())).append('\u0000')
                .append(f.messageKey()).append('\u0000');
        for (Object arg : f.args()) {
            // Numbers are lines and counts: they move. Dates stay in ISO form whatever the language.
            if (arg instanceof CharSequence || arg instanceof java.time.LocalDate) {
                key.append(arg).append('\u0000');
            }
        }
        return digest.hash(key.append(subject).toString());
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
     * A thread's digest, and the last file it normalised: a file's findings come one after another. Looking up
     * SHA-256 and normalising the path for every finding were a third of the fingerprints' time in a batch.
     */
    private static final ThreadLocal<Digest> DIGEST = ThreadLocal.withInitial(Digest::new);

    private static final class Digest {
        private final MessageDigest sha256;
        private String file;
        private String normalised;

        Digest() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        String normalised(String path) {
            if (!path.equals(file)) {
                normalised = PlanFiles.normalise(path);
                file = path;
            }
            return normalised;
        }

        String hash(String text) {
            byte[] d = sha256.digest(text.getBytes(StandardCharsets.UTF_8)); // digest() resets it for the next
            return HexFormat.of().formatHex(d, 0, 12);
        }
    }
}
