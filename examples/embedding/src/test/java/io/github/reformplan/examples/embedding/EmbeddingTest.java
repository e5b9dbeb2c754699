package io.github.reformplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's library example is this module's program, word for word, and it runs: on the example plans it
 * prints each task's deadline window and canonical lead agencies, then the findings (issue 9, "done when").
 */
class EmbeddingTest {

    private static final Path README = Path.of("..", "..", "README.md");
    private static final Path SOURCE = Path.of("src", "main", "java", "io", "github", "reformplan", "examples", "embedding",
            "Embedding.java");

    private static List<String> run(String plan) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Embedding.main(new String[] {plan});
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theReadmeShowsThisProgramAsItIs() throws Exception {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("```java\n(package io\\.github\\.reformplan\\.examples\\.embedding;.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("the README's library section shows Embedding.java").isTrue();
        assertThat(m.group(1)).isEqualTo(Files.readString(SOURCE));
        assertThat(Files.readAllLines(SOURCE)).as("a 20-line program").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void itPrintsEachTasksWindowAndCanonicalLeadsThenTheFindings() throws Exception {
        List<String> lines = run("../plans/ha-tinh-2026.yaml");
        // 2.26 "Quý I/2025", led by Văn phòng UBND tỉnh; 2.50 led by "Sở KHCN", printed by its canonical name
        assertThat(lines).contains("2.26 2025-01-01..2025-03-31 [Văn phòng UBND tỉnh]",
                "2.50 2026-01-01..2026-12-31 [Sở Khoa học và Công nghệ]");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("deadline-before-issue ../plans/ha-tinh-2026.yaml:570:15 Thời hạn 'Quý I/2025'"));
    }

    @Test
    void aCommunePlansBodiesAreTheCommunesAndACleanPlanHasNoFinding() throws Exception {
        List<String> lines = run("../plans/hoang-loc-2026.yaml");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Trung tâm Phục vụ hành chính công xã"));
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("\\S+ (\\S+|-) \\[.*\\]"));
    }

    @Test
    void theOutputTheReadmeShowsIsWhatItPrints() throws Exception {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("package io\\.github\\.reformplan\\.examples\\.embedding;.*?```\n\n```\n(.*?)```",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README shows the program's output after it").isTrue();
        assertThat(run("../plans/ha-tinh-2026.yaml")).containsAll(m.group(1).lines().toList());
    }
}
