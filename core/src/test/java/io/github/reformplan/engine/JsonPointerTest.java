package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.JsonPointer;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @Test
    void escapesPerRfc6901() {
        JsonPointer p = JsonPointer.ROOT.append("a/b").append("m~n").append(3);
        assertThat(p).hasToString("/a~1b/m~0n/3");
        assertThat(JsonPointer.parse("/a~1b/m~0n/3")).isEqualTo(p);
        assertThat(JsonPointer.parse("/a~1b/m~0n/3").tokens()).containsExactly("a/b", "m~n", "3");
    }

    @Test
    void containment() {
        JsonPointer tasks = JsonPointer.parse("/tasks");
        assertThat(tasks.contains(JsonPointer.parse("/tasks/3/lead"))).isTrue();
        assertThat(tasks.contains(tasks)).isTrue();
        assertThat(tasks.contains(JsonPointer.parse("/tasksX"))).isFalse();
        assertThat(JsonPointer.ROOT.contains(tasks)).isTrue();
        assertThat(JsonPointer.parse("/tasks/3").parent()).isEqualTo(tasks);
        assertThat(JsonPointer.ROOT.parent()).isEqualTo(JsonPointer.ROOT);
    }

    @Test
    void rejectsMalformedPointers() {
        assertThatThrownBy(() -> JsonPointer.parse("tasks")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonPointer.parse("")).isEqualTo(JsonPointer.ROOT);
    }
}
