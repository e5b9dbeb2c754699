package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §9 from the command line: each bad input is one parse finding with a location, exit code 1,
 * no stack trace, and no hang (the timeout guards against hangs; it is not a benchmark).
 */
class BadInputCliTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> badInputs() {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b', prev = 'a'; c <= 'j'; prev = c, c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }
        byte[] latin1 = "plan:\n  issuer: S\u00F4\n".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("malformed.yaml", "plan:\n  id: [a\n".getBytes(StandardCharsets.UTF_8), ":3:1:"),
                Arguments.of("malformed.json", "{\"plan\": }".getBytes(StandardCharsets.UTF_8), ":1:10:"),
                Arguments.of("empty.yaml", new byte[0], "empty.yaml: error parse"),
                Arguments.of("binary.yaml", new byte[] {'P', 'K', 3, 4, 0, 0}, ":1:5:"),
                Arguments.of("latin1.yaml", latin1, ":2:12:"),
                Arguments.of("deep.yaml", ("a: " + "[".repeat(300) + "]".repeat(300)).getBytes(StandardCharsets.UTF_8), ":1:"),
                Arguments.of("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8), ": error parse"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void badInputIsAParseFinding(String name, byte[] content, String location) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "en", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file.toString()).contains(location).contains(" error parse ");
        assertThat(r.out()).contains("1 file: 1 error");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @ParameterizedTest(name = "over 50 MB")
    @MethodSource("oversized")
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void oversizedFileIsNotRead(Path file) {
        ValidateCommandTest.Run r = ValidateCommandTest.run("validate", "--lang", "en", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ": error parse The file is too large (52428801 bytes; the limit is 52428800)");
    }

    static Stream<Path> oversized() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024 + 1);
        }
        return Stream.of(big);
    }
}
