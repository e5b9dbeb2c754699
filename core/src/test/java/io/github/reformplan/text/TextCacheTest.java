package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCacheTest {

    @Test
    void computesEachTextOnceAndStartsOverWhenFull() {
        List<String> computed = new ArrayList<>();
        TextCache<String, Integer> cache = new TextCache<>(2);
        for (String t : List.of("Sở Nội vụ", "Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Sở Nội vụ")) {
            assertThat(cache.get(t, x -> {
                computed.add(x);
                return x.length();
            })).isEqualTo(t.length());
        }
        // the third text found the cache full: it started over, so the first was worked out again
        assertThat(computed).containsExactly("Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Nội vụ");
    }

    @Test
    void aComputationMayLookUpTheSameCache() {
        TextCache<String, String> cache = new TextCache<>(10);
        String v = cache.get("UBND xã", t -> "[" + cache.get(t + " Hoằng Lộc", u -> u.toUpperCase()) + "]");
        assertThat(v).isEqualTo("[UBND XÃ HOẰNG LỘC]");
        assertThat(cache.get("UBND xã Hoằng Lộc", u -> "computed again")).isEqualTo("UBND XÃ HOẰNG LỘC");
    }
}
