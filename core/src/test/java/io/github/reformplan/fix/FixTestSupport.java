package io.github.reformplan.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixture access and reading back for the fix tests. */
final class FixTestSupport {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.DEFAULT);

    private FixTestSupport() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FixTestSupport.class.getResourceAsStream("/fix/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static DocumentReader.Document read(String text, boolean json) {
        DocumentReader.Result r = READER.read(PlanSource.of(json ? "x.json" : "x.yaml", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r).isInstanceOf(DocumentReader.Document.class);
        return (DocumentReader.Document) r;
    }

    static JsonNode valueAt(String text, boolean json, String pointer) {
        return read(text, json).root().at(pointer);
    }

    /** The char offset where the reader says the value at {@code pointer} starts. */
    static int offsetOf(String text, boolean json, String pointer) {
        Position p = read(text, json).index().locate(JsonPointer.parse(pointer));
        int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int line = 1; line < p.line(); line++) {
            i = text.indexOf('\n', i) + 1;
        }
        return text.offsetByCodePoints(i, p.column() - 1);
    }

    static PatchOperation replace(String path, Object value) {
        return new PatchOperation("replace", path, value);
    }

    static PatchOperation test(String path, Object value) {
        return new PatchOperation("test", path, value);
    }
}
