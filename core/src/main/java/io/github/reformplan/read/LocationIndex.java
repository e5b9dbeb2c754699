package io.github.reformplan.read;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import java.util.Arrays;
import java.util.List;

/**
 * Line and column of every value (and every object key) of a document, by JSON Pointer. Held as a tree of
 * numbered places in flat arrays (parent, name or index, packed positions) with one open-addressing table from
 * (parent, name or index) to the child: about 40 bytes a value, with no string per pointer, so that a large file
 * costs a small multiple of its size. Filled once by {@link DocumentReader}, then read-only and thread-safe.
 */
public final class LocationIndex implements SourceMap {

    private static final long NONE = Long.MIN_VALUE;
    private static final int ROOT = 0;

    private int size = 1;
    private int[] parent = new int[16];
    private String[] name = new String[16];
    private int[] index = new int[16];
    private long[] value = filled(16);
    private long[] key = filled(16);
    /** Per node: {@link #OBJECT}, {@link #ARRAY}, {@link #VALUE}, {@link #ALIAS} or 0 (not recorded). */
    private byte[] kind = new byte[16];
    /** Per value node, its text as {@code JsonNode.asText()} gives it (shared with the tree's node). */
    private String[] text = new String[16];
    private boolean aliases;
    /** Node id + 1 by hash of (parent, name or index); 0 is an empty slot. */
    private int[] table = new int[32];

    static final byte OBJECT = 1;
    static final byte ARRAY = 2;
    static final byte VALUE = 3;
    static final byte ALIAS = 4;

    LocationIndex() {
        parent[ROOT] = -1;
    }

    public static LocationIndex empty() {
        return new LocationIndex();
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** The root's number. */
    static int root() {
        return ROOT;
    }

    /** A new place: member {@code memberName} (or, when null, item {@code item}) of place {@code of}. */
    int child(int of, String memberName, int item) {
        if (size == parent.length) {
            int n = size * 2;
            parent = Arrays.copyOf(parent, n);
            name = Arrays.copyOf(name, n);
            index = Arrays.copyOf(index, n);
            int old = value.length;
            value = Arrays.copyOf(value, n);
            key = Arrays.copyOf(key, n);
            kind = Arrays.copyOf(kind, n);
            text = Arrays.copyOf(text, n);
            Arrays.fill(value, old, n, NONE);
            Arrays.fill(key, old, n, NONE);
        }
        int id = size++;
        parent[id] = of;
        name[id] = memberName;
        index[id] = item;
        if (2 * size > table.length) {
            rehash(table.length * 2);
        } else {
            insert(id);
        }
        return id;
    }

    void value(int id, int line, int column) {
        value[id] = pack(line, column);
    }

    void key(int id, int line, int column) {
        key[id] = pack(line, column);
    }

    /** What the node {@code id} holds: its kind, and a value's text ({@code JsonNode.asText()}). */
    void node(int id, byte nodeKind, String valueText) {
        kind[id] = nodeKind;
        text[id] = nodeKind == VALUE ? valueText : null;
        aliases |= nodeKind == ALIAS;
    }

    /**
     * Whether this index answers for the document's values what its tree would ({@link #nodeAt}, {@link #member},
     * {@link #textOf}): true for a YAML or JSON document without aliases, so that the tree can go once the plan
     * is bound (an alias shares a subtree the index does not repeat).
     */
    public boolean holdsValues() {
        return !aliases && kind[ROOT] != 0;
    }

    /** The node at exactly {@code pointer}, or -1 when the document has none there. */
    public int nodeAt(JsonPointer pointer) {
        int id = ROOT;
        for (String t : pointer.tokens()) {
            // an object's members have names and a list's items none, so find() answers as the tree would
            id = kind[id] == OBJECT || kind[id] == ARRAY ? find(id, t) : -1;
            if (id < 0) {
                return -1;
            }
        }
        return id;
    }

    /** The member {@code memberName} of node {@code id}, or -1 when it is not an object or has none. */
    public int member(int id, String memberName) {
        return kind[id] == OBJECT ? find(id, memberName) : -1;
    }

    /** Node {@code id}'s text as {@code JsonNode.asText()} gives it: a value's text, empty for a list or object. */
    public String textOf(int id) {
        return kind[id] == VALUE ? text[id] : "";
    }

    /**
     * The index as built, its arrays cut to size and its table filled up to three quarters: while building,
     * capacity doubles and the table stays half empty for speed; kept for as long as the file's findings
     * are made, a large plan's index is then a third smaller.
     */
    LocationIndex compact() {
        if (size < parent.length) {
            parent = Arrays.copyOf(parent, size);
            name = Arrays.copyOf(name, size);
            index = Arrays.copyOf(index, size);
            value = Arrays.copyOf(value, size);
            key = Arrays.copyOf(key, size);
            kind = Arrays.copyOf(kind, size);
            text = Arrays.copyOf(text, size);
        }
        int need = size + size / 3 + 1; // at most three quarters full, and a free slot
        int capacity = Integer.highestOneBit(Math.max(2, need) - 1) << 1;
        if (capacity < table.length) {
            rehash(capacity);
        }
        return this;
    }

    private static int hash(int of, String memberName, int item) {
        int h = of * 0x9E3779B1 + (memberName != null ? memberName.hashCode() : item * 0x85EBCA6B + 1);
        return h ^ (h >>> 16);
    }

    private void insert(int id) {
        int mask = table.length - 1;
        int slot = hash(parent[id], name[id], index[id]) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = id + 1;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int id = 1; id < size; id++) {
            insert(id);
        }
    }

    /** The child of {@code of} named {@code token} (a member, or an item when the token is a number), or -1. */
    private int find(int of, String token) {
        int mask = table.length - 1;
        int item = item(token);
        for (int slot = hash(of, token, 0) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int id = table[slot] - 1;
            if (parent[id] == of && token.equals(name[id])) {
                return id;
            }
        }
        if (item < 0) {
            return -1;
        }
        for (int slot = hash(of, null, item) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int id = table[slot] - 1;
            if (parent[id] == of && name[id] == null && index[id] == item) {
                return id;
            }
        }
        return -1;
    }

    /** The array index a token names ({@code 0}, {@code 12}), or -1. */
    private static int item(String token) {
        if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The places along {@code pointer} that exist, from the root: their count is the depth reached. */
    private int[] walk(JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        int[] path = new int[tokens.size() + 1];
        path[0] = ROOT;
        int depth = 0;
        for (String t : tokens) {
            int next = find(path[depth], t);
            if (next < 0) {
                break;
            }
            path[++depth] = next;
        }
        return Arrays.copyOf(path, depth + 1);
    }

    private static Position at(JsonPointer pointer, long packed) {
        return new Position(pointer, (int) (packed >>> 32), (int) packed);
    }

    /**
     * The position of the value at {@code pointer}; for a place that does not exist (a missing
     * property), the position of the nearest existing ancestor: its property name when it has one
     * ({@code plan:} for a missing {@code /plan/issuer}), else its value.
     */
    @Override
    public Position locate(JsonPointer pointer) {
        int[] path = walk(pointer);
        int depth = path.length - 1;
        boolean whole = depth == pointer.tokens().size();
        if (whole && value[path[depth]] != NONE) {
            return at(pointer, value[path[depth]]);
        }
        for (int d = whole ? depth - 1 : depth; d >= 0; d--) {
            int id = path[d];
            if (key[id] != NONE) {
                return at(pointer, key[id]);
            }
            if (value[id] != NONE) {
                return at(pointer, value[id]);
            }
        }
        return new Position(pointer, 1, 1);
    }

    /** The position of the property name at {@code pointer} (falls back to its value). */
    @Override
    public Position locateKey(JsonPointer pointer) {
        int[] path = walk(pointer);
        int depth = path.length - 1;
        if (depth == pointer.tokens().size() && key[path[depth]] != NONE) {
            return at(pointer, key[path[depth]]);
        }
        return locate(pointer);
    }
}
