package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxImportTest {

    static final Path YAML = DocxImportTest.EXAMPLES.resolve("plans/hoang-loc-2026.yaml");
    static final Path XLSX = DocxImportTest.EXAMPLES.resolve("office/hoang-loc-2026.xlsx");

    @Test
    void committedTemplateIsWhatTheGeneratorWrites() throws Exception {
        byte[] generated = XlsxTemplate.write(DocxFixtures.yaml(YAML));
        if (Boolean.getBoolean("reformplan.regenerate")) {
            Files.write(XLSX, generated);
        }
        assertThat(Files.readAllBytes(XLSX)).as("regenerate with -Dreformplan.regenerate=true").isEqualTo(generated);
    }

    @Test
    void importEqualsTheTranscriptionTaskByTask() throws Exception {
        Plan yaml = PlanReader.read(YAML);
        Plan xlsx = PlanReader.read(XLSX);
        assertThat(xlsx.header().id()).isEqualTo(yaml.header().id());
        assertThat(xlsx.header().title()).isEqualTo(yaml.header().title());
        assertThat(xlsx.header().issuer()).isEqualTo(yaml.header().issuer());
        assertThat(xlsx.header().level()).isEqualTo(yaml.header().level());
        assertThat(xlsx.header().decision().number()).isEqualTo(yaml.header().decision().number());
        assertThat(xlsx.header().decision().date()).isEqualTo(yaml.header().decision().date());
        assertThat(xlsx.targets()).extracting(t -> t.id() + "|" + t.area() + "|" + t.text())
                .containsExactlyElementsOf(yaml.targets().stream().map(t -> t.id() + "|" + t.area() + "|" + t.text()).toList());
        assertThat(xlsx.sections()).extracting(s -> s.kind() + "|" + s.title() + "|" + s.text())
                .containsExactlyElementsOf(yaml.sections().stream().map(s -> s.kind() + "|" + s.title() + "|" + s.text()).toList());
        DocxImportTest.assertSameTasks(yaml, xlsx);
        assertThat(xlsx.responsibilities()).extracting(r -> r.agency() + "|" + r.areas() + "|" + r.reportDeadline())
                .containsExactlyElementsOf(yaml.responsibilities().stream()
                        .map(r -> r.agency() + "|" + r.areas() + "|" + r.reportDeadline()).toList());
    }

    @Test
    void aCleanPlanInExcelGivesNoErrorOrWarningAndFindingsAreAtCells() {
        List<Finding> findings = PlanValidator.builder().build().validate(List.of(XLSX)).files().get(0).findings();
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(f -> f.rule() + " " + f.location().pointer()).isEmpty();
        for (Finding f : findings) {
            if (f.location().pointer().toString().startsWith("/tasks/")) {
                SourceRegion.SheetCell cell = (SourceRegion.SheetCell) f.location().region();
                assertThat(cell.sheet()).isEqualTo("Nhiệm vụ");
            }
        }
    }
}
