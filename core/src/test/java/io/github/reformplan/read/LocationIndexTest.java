package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationIndexTest {

    /** A /tasks/N/{id,lead/M} tree of {@code tasks} tasks, each value at its own line. */
    private static LocationIndex tasks(int tasks, List<JsonPointer> pointers) {
        LocationIndex index = new LocationIndex();
        int list = index.child(LocationIndex.root(), "tasks", 0);
        index.key(list, 1, 1);
        int line = 2;
        for (int t = 0; t < tasks; t++) {
            int task = index.child(list, null, t);
            index.value(task, line, 3);
            int id = index.child(task, "id", 0);
            index.key(id, line, 5);
            index.value(id, line++, 9);
            int lead = index.child(task, "lead", 0);
            index.key(lead, line, 5);
            for (int m = 0; m < t % 3; m++) {
                index.value(index.child(lead, null, m), line++, 11);
            }
            JsonPointer at = JsonPointer.parse("/tasks/" + t);
            pointers.add(at);
            pointers.add(at.append("id"));
            pointers.add(at.append("lead"));
            pointers.add(at.append("lead").append(0));
            pointers.add(at.append("missing"));
        }
        return index;
    }

    @Test
    void compactingKeepsEveryPlace() {
        List<JsonPointer> pointers = new ArrayList<>();
        LocationIndex index = tasks(5_000, pointers);
        List<Position> before = pointers.stream().map(index::locate).toList();
        List<Position> keysBefore = pointers.stream().map(index::locateKey).toList();

        assertThat(index.compact()).isSameAs(index);

        assertThat(pointers.stream().map(index::locate).toList()).isEqualTo(before);
        assertThat(pointers.stream().map(index::locateKey).toList()).isEqualTo(keysBefore);
        assertThat(index.locate(JsonPointer.parse("/tasks/7/id"))).isEqualTo(new Position(JsonPointer.parse("/tasks/7/id"), 15, 9));
        assertThat(index.locateKey(JsonPointer.parse("/tasks/7/id")).column()).isEqualTo(5);
    }

    @Test
    void aCompactedIndexStillGrows() {
        LocationIndex index = new LocationIndex().compact();
        int list = index.child(LocationIndex.root(), "a", 0);
        for (int i = 0; i < 100; i++) {
            index.value(index.child(list, null, i), i + 1, 2);
            index.compact();
        }
        for (int i = 0; i < 100; i++) {
            assertThat(index.locate(JsonPointer.parse("/a/" + i)).line()).isEqualTo(i + 1);
        }
        assertThat(index.locate(JsonPointer.parse("/a/100")).line()).isEqualTo(1); // no place: the document's start
    }
}
