package io.github.reformplan.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFileSetTest {

    @TempDir
    Path base;

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "**/*.yaml, x.yaml, true",
            "**/*.yaml, a/b/x.yaml, true",
            "**/*.yaml, x.yml, false",
            "*.yaml, x.yaml, true",
            "*.yaml, a/x.yaml, false",
            "2026/**, 2026/a/x.yaml, true",
            "2026/**, 2026, true",
            "2026/, 2026/x.json, true",
            "2026/, 2025/x.json, false",
            "a/**/draft-?.yaml, a/draft-1.yaml, true",
            "a/**/draft-?.yaml, a/b/c/draft-2.yaml, true",
            "a/**/draft-?.yaml, a/b/draft-10.yaml, false",
            "/drafts/*.yaml, drafts/x.yaml, true",
            "drafts\\*.yaml, drafts/x.yaml, true",
            "x.y+z(1).yaml, x.y+z(1).yaml, true",
            "x.y+z(1).yaml, xxy+z(1).yaml, false",
    })
    void antPatterns(String pattern, String path, boolean matches) {
        assertThat(PlanFileSet.antPattern(pattern).matcher(path).matches()).isEqualTo(matches);
    }

    @Test
    void defaultsFindPlanFilesAndOfficeDocumentsUnderSrcPlans() throws IOException {
        touch("src/plans/b.yaml", "src/plans/a.yml", "src/plans/2026/c.json", "src/plans/d.docx", "src/plans/e.XLSX",
                "src/plans/notes.md", "src/other/x.yaml");

        PlanFileSet.Selection s = new PlanFileSet().select(base);

        assertThat(s.directory()).isEqualTo(base.resolve("src/plans"));
        assertThat(relative(s.plans())).containsExactly("src/plans/2026/c.json", "src/plans/a.yml", "src/plans/b.yaml");
        assertThat(relative(s.officeDocuments())).containsExactly("src/plans/d.docx");
    }

    @Test
    void directoryIncludesAndExcludesAreHonoured() throws IOException {
        touch("plans/2026/a.yaml", "plans/2026/draft-a.yaml", "plans/2025/b.yaml", "plans/c.json");

        PlanFileSet set = new PlanFileSet(new File("plans"), List.of("2026/**", "*.json"), List.of("**/draft-*"));

        assertThat(relative(set.select(base).plans())).containsExactly("plans/2026/a.yaml", "plans/c.json");
    }

    @Test
    void anAbsoluteDirectoryIsKeptAndAMissingOneSelectsNothing() throws IOException {
        touch("elsewhere/a.yaml");
        Path absolute = base.resolve("elsewhere");

        assertThat(new PlanFileSet(absolute.toFile(), List.of(), List.of()).select(base.resolve("project")).plans())
                .containsExactly(absolute.resolve("a.yaml"));
        assertThat(new PlanFileSet().select(base).plans()).isEmpty();
    }

    @Test
    void reformplanReportsAndBaselinesAreNotPlans() throws IOException {
        touch("src/plans/a.yaml");
        Files.writeString(base.resolve("src/plans/reformplan.json"), "{\"tool\": {\"name\": \"reformplan\"}, \"files\": []}");
        Files.writeString(base.resolve("src/plans/baseline.json"), "{\"version\": 1, \"findings\": []}");

        assertThat(relative(new PlanFileSet().select(base).plans())).containsExactly("src/plans/a.yaml");
    }

    private void touch(String... paths) throws IOException {
        for (String p : paths) {
            Path file = base.resolve(p);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(f -> PlanFileSet.slashes(base.relativize(f))).toList();
    }
}
