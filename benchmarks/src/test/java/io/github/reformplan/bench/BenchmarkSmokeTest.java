package io.github.reformplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks are not run by the build; this checks that each one runs once and the corpus is made of plans. */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOnceOnThe150TaskPlan() throws Exception {
        ValidationBenchmark b = new ValidationBenchmark();
        b.setUp();
        assertThat(b.tree.get("tasks").size()).isEqualTo(150);
        assertThat(b.parseYamlJackson().get("tasks").size()).isEqualTo(150);
        assertThat(b.parseJsonJackson()).isEqualTo(b.parseYamlJackson());
        assertThat(b.readYaml()).isInstanceOf(DocumentReader.Document.class);
        assertThat(b.readJson()).isInstanceOf(DocumentReader.Document.class);
        assertThat(b.schemaOnly()).isEmpty();
        ValidationResult yaml = b.validateYaml();
        ValidationResult json = b.validateJson();
        assertThat(yaml.findings()).isNotEmpty().noneMatch(f -> f.rule().equals("parse") || f.rule().equals("schema"));
        assertThat(json.findings()).extracting(Finding::rule, Finding::message)
                .containsExactlyElementsOf(yaml.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.rule(), f.message())).toList());
        for (String family : List.of("none", "input", "structure", "deadline", "target", "agency")) {
            ValidationBenchmark.Family f = new ValidationBenchmark.Family();
            f.family = family;
            f.setUp();
            ValidationResult r = b.familyYaml(f);
            String pkg = "io.github.reformplan.rules." + family;
            assertThat(f.validator.registry().rules()).allMatch(rule -> rule.getClass().getPackageName().equals(pkg));
            assertThat(r.files()).hasSize(1);
        }
    }

    @Test
    void corpusIsVariedPlansThatReadAndMatchTheSchema(@TempDir Path dir) throws Exception {
        CorpusGenerator.Summary s = CorpusGenerator.generate(dir, 0.01);
        assertThat(s.provinces()).isEqualTo(34);
        assertThat(s.communes()).isEqualTo(33);
        assertThat(s.departments()).isEqualTo(10);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(77);
        assertThat(files.stream().mapToLong(p -> p.toFile().length()).sum()).isEqualTo(s.bytes());
        assertThat(files.stream().map(p -> {
            try {
                return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct()).hasSize(77);
        ValidationResult r = PlanValidator.builder().build().validate(List.of(dir));
        assertThat(r.files()).hasSize(77).allMatch(f -> f.planId() != null);
        assertThat(r.findings()).noneMatch(f -> List.of("parse", "schema", "id-duplicate").contains(f.rule()));
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("target-below-parent"));
    }

    @Test
    void bareParseReadsEveryPlanOfTheCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(dir, 0.01);
        BareParse.Parsed p = BareParse.parse(dir);
        assertThat(p.files()).isEqualTo(77);
        // every plan has its header, targets and tasks: many nodes each, and the same count every time
        assertThat(p.nodes()).isGreaterThan(77L * 50).isEqualTo(BareParse.parse(dir).nodes());
    }
}
