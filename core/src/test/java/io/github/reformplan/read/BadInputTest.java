package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidatorConfig;
import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9 for YAML and JSON: every bad input ends in one {@code parse} finding with a location,
 * never an exception and never a hang (the timeout is a hang guard, not a benchmark).
 */
@Timeout(value = 2, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();

    @TempDir
    Path dir;

    private Finding onlyFinding(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<Finding> findings = VALIDATOR.validate(List.of(file)).findings();
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("parse");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().file()).isEqualTo(file.toString());
        assertThat(Files.readAllBytes(file)).as("the input is never written").isEqualTo(content);
        return f;
    }

    private Finding onlyFinding(String name, String content) throws IOException {
        return onlyFinding(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedYaml() throws IOException {
        Finding f = onlyFinding("bad.yaml", "schemaVersion: \"1\"\nplan:\n  id: [a, b\n  title: x\n");
        assertThat(f.messageKey()).isEqualTo("parse.syntax");
        assertThat(f.location().line()).isEqualTo(4);
        assertThat(f.location().column()).isPositive();
    }

    @Test
    void malformedJson() throws IOException {
        Finding f = onlyFinding("bad.json", "{\n  \"schemaVersion\": \"1\",\n  \"plan\": {,}\n}");
        assertThat(f.messageKey()).isEqualTo("parse.syntax");
        assertThat(f.location().line()).isEqualTo(3);
        assertThat(f.location().column()).isEqualTo(12);
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(onlyFinding("empty.yaml", "").messageKey()).isEqualTo("parse.empty");
        assertThat(onlyFinding("blank.yaml", "\n  \n").messageKey()).isEqualTo("parse.empty");
        assertThat(onlyFinding("comment.yaml", "# only a comment\n").messageKey()).isEqualTo("parse.empty");
    }

    @Test
    void binaryFileNamedYaml() throws IOException {
        Finding f = onlyFinding("image.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        assertThat(f.messageKey()).isEqualTo("parse.binary");
        assertThat(f.location().line()).isEqualTo(3);
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "plan:\n  title: K\u1EBF ho\u1EA1ch\n  issuer: S\u00F4\n".getBytes(StandardCharsets.UTF_8);
        latin1[latin1.length - 2] = (byte) 0xF4; // a lone Latin-1 byte where UTF-8 is expected
        Finding f = onlyFinding("latin1.yaml", latin1);
        assertThat(f.messageKey()).isEqualTo("parse.encoding");
        assertThat(f.location().line()).isEqualTo(3);
        assertThat(f.location().column()).isEqualTo(12);
    }

    @Test
    void replacementCharacterWrittenInThePlanIsNotAnEncodingError() throws IOException {
        // U+FFFD typed into the text is valid UTF-8; only a bad byte sequence is an encoding problem.
        byte[] written = "plan:\n  title: K\u1EBF ho\u1EA1ch \uFFFD\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("fffd.yaml");
        Files.write(file, written);
        assertThat(VALIDATOR.validate(List.of(file)).findings()).extracting(Finding::rule).doesNotContain("parse");
        byte[] both = "plan:\n  title: \uFFFD x\n  issuer: S\u00F4\n".getBytes(StandardCharsets.UTF_8);
        both[both.length - 2] = (byte) 0xF4;
        Finding f = onlyFinding("both.yaml", both);
        assertThat(f.messageKey()).isEqualTo("parse.encoding");
        assertThat(f.location().line()).isEqualTo(3);
        assertThat(f.location().column()).isEqualTo(12);
    }

    @Test
    void nestingDeeperThan200() throws IOException {
        String deep = "a: " + "[".repeat(250) + "]".repeat(250) + "\n";
        Finding f = onlyFinding("deep.yaml", deep);
        assertThat(f.messageKey()).isEqualTo("parse.too-deep");
        assertThat(f.location().line()).isEqualTo(1);
        String deepJson = "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(onlyFinding("deep.json", deepJson).messageKey()).isEqualTo("parse.too-deep");
    }

    @Test
    void yamlAliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        Finding f = onlyFinding("bomb.yaml", bomb.toString());
        assertThat(f.messageKey()).isEqualTo("parse.aliases");
        assertThat(f.location().line()).isBetween(2, 10);
    }

    @Test
    void unknownAlias() throws IOException {
        Finding f = onlyFinding("alias.yaml", "plan:\n  id: *nowhere\n");
        assertThat(f.messageKey()).isIn("parse.alias-unknown", "parse.syntax");
        assertThat(f.location().line()).isEqualTo(2);
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024 + 1); // sparse: no time spent writing it
        }
        List<Finding> findings = VALIDATOR.validate(List.of(big)).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("parse.too-large");
            assertThat(f.location().line()).isZero();
        });
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, "schemaVersion: \"1\"\n");
        PlanValidator strict = PlanValidator.builder()
                .config(ValidatorConfig.DEFAULTS.withLimits(ReadLimits.DEFAULT.withMaxBytes(10))).build();
        assertThat(strict.validate(List.of(file)).findings()).singleElement()
                .extracting(Finding::messageKey).isEqualTo("parse.too-large");
    }

    @Test
    void secondYamlDocument() throws IOException {
        assertThat(onlyFinding("two.yaml", "a: 1\n---\nb: 2\n").messageKey()).isEqualTo("parse.trailing");
    }

    @Test
    void wrongTypesAreSchemaFindingsNotCrashes() throws IOException {
        Path file = dir.resolve("types.yaml");
        Files.writeString(file, "schemaVersion: 2\nplan: [1, 2]\nsections: {}\ntasks: \"none\"\n");
        List<Finding> findings = VALIDATOR.validate(List.of(file)).findings();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.rule()).isEqualTo("schema"));
        assertThat(findings).extracting(f -> f.location().pointer().toString())
                .contains("/schemaVersion", "/plan", "/sections", "/tasks");
    }

    @Test
    void scalarDocumentIsASchemaFinding() throws IOException {
        Path file = dir.resolve("scalar.yaml");
        Files.writeString(file, "just some text\n");
        assertThat(VALIDATOR.validate(List.of(file)).findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("schema"));
    }

    @Test
    void missingFileIsAFindingInTheLibrary() {
        List<Finding> findings = VALIDATOR.validate(List.of(dir.resolve("absent.yaml"))).findings();
        assertThat(findings).singleElement().extracting(Finding::messageKey).isEqualTo("parse.io");
    }
}
