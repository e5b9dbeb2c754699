package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.reader.StreamReader;

/** The linear reader answers every call as SnakeYAML's own reader does, over texts longer than its window. */
class LinearStreamReaderTest {

    private static final String[] PIECES = {"a", "ă", "Kế hoạch", " ", "\n", "\r\n", "\r", ":", "- ", "#", "𝐀", "😀",
        "\t", "\"", "'", "x".repeat(700), "ữ".repeat(1500)};

    @Test
    void answersAsSnakeYamlDoes() {
        Random random = new Random(20261203);
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(60); i >= 0; i--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            StreamReader expected = new StreamReader(text);
            LinearStreamReader actual = new LinearStreamReader(text);
            for (int step = 0; step < 400; step++) {
                // SnakeYAML looks at most one window (1,024 code points) ahead; only forward goes further
                int k = random.nextInt(random.nextInt(10) == 0 ? 1000 : 20);
                String what = "text " + n + ", step " + step + ", k " + k;
                switch (random.nextInt(5)) {
                    case 0 -> assertThat(actual.peek(k)).as(what).isEqualTo(expected.peek(k));
                    case 1 -> assertThat(actual.prefix(k)).as(what).isEqualTo(expected.prefix(k));
                    case 2 -> {
                        int available = expected.prefix(k).codePointCount(0, expected.prefix(k).length());
                        assertThat(actual.prefixForward(available)).as(what).isEqualTo(expected.prefixForward(available));
                    }
                    case 3 -> {
                        int far = random.nextInt(10) == 0 ? 3 * k : k;
                        expected.forward(far);
                        actual.forward(far);
                    }
                    default -> assertThat(actual.peek()).as(what).isEqualTo(expected.peek());
                }
                assertThat(actual.getIndex()).as(what).isEqualTo(expected.getIndex());
                assertThat(actual.getLine()).as(what).isEqualTo(expected.getLine());
                assertThat(actual.getColumn()).as(what).isEqualTo(expected.getColumn());
            }
        }
    }
}
