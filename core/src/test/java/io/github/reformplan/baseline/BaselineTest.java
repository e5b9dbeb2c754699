package io.github.reformplan.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();
    private static String plan;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BaselineTest.class.getResourceAsStream("/clean-plan.yaml")) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("    deadline: Tháng 6/2026\n", "    deadline: Quý I/2025\n")   // before issue
                    .replace("    lead: [Phòng Kinh tế]\n", "");                           // no lead
        }
    }

    private static ValidationResult validate(String text) {
        return validate("plans/x.yaml", text);
    }

    private static ValidationResult validate(String name, String text) {
        return VALIDATOR.validateSources(List.of(PlanSource.of(name, text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBaselineWrittenFromOneSpellingOfTheDirectoryMatchesARunOnAnother() throws IOException {
        Path file = dir.resolve("baseline.json");
        Baseline.of(validate("./src/plans/x.yaml", plan)).write(file);
        assertThat(Baseline.read(file).findings()).extracting(Baseline.Entry::file).containsOnly("src/plans/x.yaml");
        for (String name : List.of("src/plans/x.yaml", "src//plans/x.yaml", "src\\plans\\x.yaml", "src/./plans/../plans/x.yaml")) {
            Baseline.Outcome o = Baseline.read(file).apply(validate(name, plan));
            assertThat(o.known()).as(name).isEqualTo(2);
            assertThat(o.stale()).as(name).isEmpty();
        }
        assertThat(Baseline.read(file).apply(validate("other/x.yaml", plan)).known()).as("another file").isZero();
    }

    @Test
    void everyFindingHasAStableFingerprint() {
        ValidationResult r = validate(plan);
        assertThat(r.findings()).hasSize(2).allSatisfy(f -> assertThat(f.fingerprint()).matches("[0-9a-f]{24}"));
        assertThat(validate(plan).findings()).extracting(Finding::fingerprint)
                .containsExactlyElementsOf(r.findings().stream().map(Finding::fingerprint).toList());
    }

    @Test
    void baselinedFindingsNoLongerFailAndSurviveLineShiftsAndInsertedTasks() throws IOException {
        Path file = dir.resolve("baseline.json");
        Baseline.of(validate(plan)).write(file);
        String shifted = plan.replace("tasks:\n", """
                tasks:
                  - id: "0"
                    area: direction
                    title: Nhiệm vụ mới thêm vào đầu danh sách
                    outputs: [Báo cáo]
                    lead: [Văn phòng HĐND và UBND]
                    deadline: Quý II/2026
                """).replace("# A small plan", "# Lines added above\n#\n# A small plan");
        Baseline.Outcome o = Baseline.read(file).apply(validate(shifted));
        assertThat(o.known()).isEqualTo(2);
        assertThat(o.result().findings()).isEmpty();
        assertThat(o.stale()).isEmpty();
    }

    @Test
    void newFindingsStillReportAndFixedOnesAreStale() throws IOException {
        Path file = dir.resolve("baseline.json");
        Baseline.of(validate(plan)).write(file);
        String changed = plan.replace("    deadline: Quý I/2025\n", "    deadline: Tháng 6/2026\n")
                .replace("    lead: [Văn phòng HĐND và UBND]\n    deadline: Quý I/2026\n", "    deadline: Quý I/2026\n");
        Baseline.Outcome o = Baseline.read(file).apply(validate(changed));
        assertThat(o.result().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("task-lead-missing");
            assertThat(f.args()).containsExactly("1");
        });
        assertThat(o.known()).isEqualTo(1);
        assertThat(o.stale()).singleElement().extracting(Baseline.Entry::rule).isEqualTo("deadline-before-issue");
    }

    @Test
    void aBaselineFileIsReadableAndValidated() throws IOException {
        Path file = dir.resolve("baseline.json");
        Baseline.of(validate(plan)).write(file);
        assertThat(Files.readString(file)).contains("\"rule\" : \"deadline-before-issue\"").contains("\"file\" : \"plans/x.yaml\"");
        assertThat(Files.list(dir)).containsExactly(file);
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class).hasMessageContaining("is not a reformplan baseline: it is not valid JSON (line 1, column 3)");
        Files.writeString(file, "{\"version\": 9, \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("baseline version 9 is not supported");
    }
}
