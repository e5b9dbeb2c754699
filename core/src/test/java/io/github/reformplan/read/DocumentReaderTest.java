package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Position;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.DEFAULT);

    private static DocumentReader.Document read(String name, String text) {
        DocumentReader.Result r = READER.read(PlanSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r).isInstanceOf(DocumentReader.Document.class);
        return (DocumentReader.Document) r;
    }

    @Test
    void yamlValuesAndKeysHaveLineAndColumn() {
        DocumentReader.Document d = read("p.yaml", "plan:\n  id: x\ntasks:\n  - id: \"2.1\"\n    lead: [Sở Nội vụ, Sở Tư pháp]\n");
        assertThat(d.index().locate(JsonPointer.parse("/plan/id"))).isEqualTo(new Position(JsonPointer.parse("/plan/id"), 2, 7));
        assertThat(d.index().locate(JsonPointer.parse("/tasks/0"))).extracting(Position::line, Position::column).containsExactly(4, 5);
        assertThat(d.index().locate(JsonPointer.parse("/tasks/0/lead/1"))).extracting(Position::line, Position::column).containsExactly(5, 23);
        assertThat(d.index().locateKey(JsonPointer.parse("/tasks"))).extracting(Position::line, Position::column).containsExactly(3, 1);
    }

    @Test
    void missingPlacesFallBackToTheNearestAncestorKey() {
        DocumentReader.Document d = read("p.yaml", "schemaVersion: \"1\"\nplan:\n  id: x\n");
        assertThat(d.index().locate(JsonPointer.parse("/plan/issuer"))).extracting(Position::line, Position::column).containsExactly(2, 1);
        assertThat(d.index().locate(JsonPointer.parse("/tasks"))).extracting(Position::line, Position::column).containsExactly(1, 1);
    }

    @Test
    void jsonPositions() {
        DocumentReader.Document d = read("p.json", "{\n  \"plan\": {\"id\": \"x\"},\n  \"tasks\": []\n}");
        assertThat(d.index().locate(JsonPointer.parse("/plan/id"))).extracting(Position::line, Position::column).containsExactly(2, 18);
        assertThat(d.index().locate(JsonPointer.parse("/tasks"))).extracting(Position::line, Position::column).containsExactly(3, 12);
    }

    @Test
    void idsWrittenAsNumbersKeepTheirValue() {
        DocumentReader.Document d = read("p.yaml", "a: 2.10\nb: 2026\n");
        assertThat(d.root().get("a").decimalValue()).isEqualByComparingTo("2.10");
        assertThat(d.root().get("b").asInt()).isEqualTo(2026);
    }

    @Test
    void smallAliasesAreExpanded() {
        DocumentReader.Document d = read("p.yaml", "common: &c [Sở Nội vụ]\nother: *c\n");
        assertThat(d.root().get("other").get(0).asText()).isEqualTo("Sở Nội vụ");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u0007", "\u001B", "\u007F", "\u0080", "\u009F", "\uFFFE",
            "\uFFFF"})
    void everyCharacterYamlForbidsIsReportedWhereItStands(String bad) {
        DocumentReader.Result r = READER.read(PlanSource.of("p.yaml",
                ("plan:\n  id: xã-" + bad + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(r).isInstanceOfSatisfying(DocumentReader.Unreadable.class, u -> {
            assertThat(u.problem().variant()).isEqualTo("control-character");
            assertThat(u.problem().region()).isEqualTo(new io.github.reformplan.model.SourceRegion.TextPosition(2, 10));
            assertThat(u.problem().args()).containsExactly(String.format("U+%04X", (int) bad.charAt(0)));
        });
    }

    @Test
    void charactersNextToTheForbiddenOnesAreRead() {
        // NEL, the C1 controls' neighbours, a BOM inside a value, U+FFFD and U+FFEF, a supplementary character (in
        // JSON: YAML folds NEL, a line break, into a space)
        String allowed = "\u0085\u00A0\u00BF\uFEFF\uFFFD\uFFEF\uD83D\uDE00 Sở Nội vụ";
        assertThat(read("p.json", "{\"plan\": {\"id\": \"" + allowed + "\"}}").root().at("/plan/id").asText())
                .isEqualTo(allowed);
        assertThat(read("p.yaml", "plan:\n  id: x\t# tab\r\n").root().at("/plan/id").asText()).isEqualTo("x");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        DocumentReader.Document d = read("p.yaml", "\uFEFFplan:\n  id: x\n");
        assertThat(d.root().at("/plan/id").asText()).isEqualTo("x");
    }

    @Test
    void stdinContentIsSniffed() {
        assertThat(PlanSource.of("-", "{}".getBytes(StandardCharsets.UTF_8)).isJson("{}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PlanSource.of("-", "a: 1".getBytes(StandardCharsets.UTF_8)).isJson("a: 1".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
