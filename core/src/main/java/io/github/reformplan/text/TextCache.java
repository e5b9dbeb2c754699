package io.github.reformplan.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out from a text (an agency name, a target's wording, a message pattern), remembered:
 * plans repeat the same few hundred texts in thousands of cells and files. Bounded: when full it starts
 * over, since a full cache means unusual input. Thread-safe; the values must be immutable and not null.
 * A computation may look up the same cache again (a lookup that tries a variant of its name).
 */
public final class TextCache<K, V> {

    private final int limit;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public TextCache(int limit) {
        this.limit = limit;
    }

    /** The value for {@code key}, computed on first use. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V v = values.get(key);
        if (v == null) {
            v = compute.apply(key); // not computeIfAbsent: that refuses a computation using the same map
            if (values.size() >= limit) {
                values.clear();
            }
            values.put(key, v);
        }
        return v;
    }
}
