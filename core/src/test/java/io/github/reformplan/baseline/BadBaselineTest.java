package io.github.reformplan.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad baseline is refused with a message that names the entry at fault, never a crash later. */
class BadBaselineTest {

    private static final String OK = "{\"rule\": \"parse\", \"file\": \"a.yaml\", \"fingerprint\": \"abc\"}";

    @TempDir
    Path dir;

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("{\"version\": 1, \"findings\": [{\"rule\": 5}]}", "baseline.entry-field",
                        "in baseline entry findings[0], rule must be text, not 5"),
                Arguments.of("{\"version\": 1, \"findings\": [" + OK + ", {\"rule\": \"parse\", \"file\": \"a.yaml\"}]}",
                        "baseline.entry-missing", "baseline entry findings[1] has no fingerprint"),
                Arguments.of("{\"version\": 1, \"findings\": [{\"file\": \"a.yaml\", \"fingerprint\": \"f\"}]}",
                        "baseline.entry-missing", "findings[0] has no rule"),
                Arguments.of("{\"version\": 1, \"findings\": [{\"rule\": \"parse\", \"file\": [\"a\"], \"fingerprint\": \"f\"}]}",
                        "baseline.entry-field", "file must be text, not [\"a\"]"),
                Arguments.of("{\"version\": 1, \"findings\": [{\"rule\": \"\", \"file\": \"a\", \"fingerprint\": \"f\"}]}",
                        "baseline.entry-field", "rule must be text, not \"\""),
                Arguments.of("{\"version\": 1, \"findings\": [" + OK.replace("}", ", \"pointer\": 3}") + "]}",
                        "baseline.entry-field", "pointer must be text, not 3"),
                Arguments.of("{\"version\": 1, \"findings\": [\"parse\"]}", "baseline.entry-not-object",
                        "findings[0] must be an object with rule, file and fingerprint, not \"parse\""),
                Arguments.of("{\"version\": 1, \"findings\": {}}", "baseline.findings", "must be a list of entries, not {}"),
                Arguments.of("{\"version\": 1}", "baseline.findings", "must be a list of entries, not -"),
                Arguments.of("{\"version\": 2, \"findings\": []}", "baseline.version", "baseline version 2 is not supported"),
                Arguments.of("{\"version\": \"1\", \"findings\": []}", "baseline.version", "baseline version \"1\" is not supported"),
                Arguments.of("{\"findings\": []}", "baseline.version-missing", "it has no version"),
                Arguments.of("[1, 2]", "baseline.not-object", "it holds no JSON object"),
                Arguments.of("", "baseline.not-object", "it holds no JSON object"),
                Arguments.of("{\"version\": 1,\n\"findings\": [", "baseline.not-json", "not valid JSON (line 2, column 14)"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("bad")
    void isRefusedNamingTheEntry(String content, String key, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.json"), content);
        Baseline.InvalidBaselineException e = catchThrowableOfType(Baseline.InvalidBaselineException.class,
                () -> Baseline.read(file));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).startsWith(file.toString()).contains(message);
        assertThat(e.message(Locale.forLanguageTag("vi"))).startsWith(file.toString()).isNotEqualTo(e.getMessage());
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void notUtf8IsRefused() throws IOException {
        Path file = Files.write(dir.resolve("baseline.json"), "{\"version\": 1, \"x\": \"S\u00F4\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(catchThrowableOfType(Baseline.InvalidBaselineException.class, () -> Baseline.read(file)).key())
                .isEqualTo("baseline.not-utf8");
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.json"), "{\"version\": 1, \"findings\": [" + OK + "]}");
        assertThat(Baseline.read(file).findings()).containsExactly(new Baseline.Entry("parse", "a.yaml", "abc", null, null));
    }
}
