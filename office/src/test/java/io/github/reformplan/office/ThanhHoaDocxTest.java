package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Thanh Hóa plan in Word as issued: seven appendix parts, each its own table after its title, every other
 * one with a two-row header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp", "Thời gian" over "Bắt đầu" |
 * "Hoàn thành").
 */
class ThanhHoaDocxTest {

    static final Path YAML = DocxImportTest.EXAMPLES.resolve("plans/thanh-hoa-2025.yaml");
    static final Path DOCX = DocxImportTest.EXAMPLES.resolve("office/thanh-hoa-2025.docx");

    private static DocumentReader.Document read(byte[] docx) {
        return (DocumentReader.Document) new DocxFormat().read(PlanSource.of("thanh-hoa-2025.docx", docx),
                ReadLimits.DEFAULT);
    }

    private static SourceRegion.TableCell at(DocumentReader.Document d, String pointer) {
        return (SourceRegion.TableCell) d.index().region(JsonPointer.parse(pointer));
    }

    @Test
    void aTwoRowHeaderNamesTheLeadSupportAndDeadlineColumns() throws Exception {
        DocumentReader.Document d = read(DocxFixtures.docx(DocxFixtures.yaml(YAML)));
        // table 1 is the letterhead; table 2 (Phụ lục số 01) has the two-row header, the column numbers in
        // row 3 and the first task in row 4; column 8 is the start ("Bắt đầu"), left blank, not a deadline
        assertThat(d.root().at("/tasks/0/id").asText()).isEqualTo("PL01.1");
        assertThat(at(d, "/tasks/0/lead/0")).isEqualTo(new SourceRegion.TableCell(2, 4, 6, "Cơ quan thực hiện: Chủ trì"));
        assertThat(at(d, "/tasks/0/support/1")).isEqualTo(new SourceRegion.TableCell(2, 4, 7, "Cơ quan thực hiện: Phối hợp"));
        assertThat(at(d, "/tasks/0/deadline")).isEqualTo(new SourceRegion.TableCell(2, 4, 9, "Thời gian: Hoàn thành"));
        assertThat(at(d, "/tasks/0/title")).isEqualTo(new SourceRegion.TableCell(2, 4, 3, "Nhiệm vụ"));
        assertThat(d.root().at("/tasks/0/lead").toString()).isEqualTo("[\"Sở Tư pháp\"]");
        assertThat(d.root().at("/tasks/0/support").toString()).isEqualTo("[\"Các sở, ban, ngành cấp tỉnh\",\"UBND cấp huyện\"]");
        // table 3 (Phụ lục số 02) has the one-row header: the first task in row 3, the deadline in column 8
        int first02 = 4; // PL01.1-PL01.4
        assertThat(d.root().at("/tasks/" + first02 + "/id").asText()).isEqualTo("PL02.1");
        assertThat(at(d, "/tasks/" + first02 + "/lead/0")).isEqualTo(new SourceRegion.TableCell(3, 3, 6, "Cơ quan chủ trì"));
        assertThat(at(d, "/tasks/" + first02 + "/deadline"))
                .isEqualTo(new SourceRegion.TableCell(3, 3, 8, "Thời gian hoàn thành"));
    }

    @Test
    void aTwoRowHeaderRepeatedWherePagesBreakOverAreaRowsAndMilestonesLosesNothing() throws Exception {
        // Hà Tĩnh's 62 tasks in one table: area rows spanning it, the header copied every 20 tasks, milestones
        byte[] docx = DocxFixtures.docx(DocxFixtures.yaml(DocxImportTest.HA_TINH_YAML), true);
        DocumentReader.Document d = read(docx);
        assertThat(at(d, "/tasks/0/lead/0")).satisfies(c -> {
            assertThat(c.table()).isEqualTo(2);
            assertThat(c.row()).isEqualTo(5); // two header rows, the column numbers, the first area row
            assertThat(c.column()).isEqualTo(6);
            assertThat(c.header()).isEqualTo("Cơ quan thực hiện: Chủ trì");
        });
        DocxImportTest.assertSameTasks(PlanReader.read(DocxImportTest.HA_TINH_YAML),
                PlanReader.read(PlanSource.of("ha-tinh-2026.docx", docx)));
    }

    @Test
    void committedFixtureIsWhatTheGeneratorWrites() throws Exception {
        byte[] generated = DocxFixtures.docx(DocxFixtures.yaml(YAML));
        if (Boolean.getBoolean("reformplan.regenerate")) {
            Files.write(DOCX, generated);
        }
        assertThat(DocxFixtures.docx(DocxFixtures.yaml(YAML))).isEqualTo(generated);
        assertThat(Files.readAllBytes(DOCX)).as("regenerate with -Dreformplan.regenerate=true").isEqualTo(generated);
    }

    @Test
    void importEqualsTheTranscriptionTaskByTask() throws Exception {
        Plan yaml = PlanReader.read(YAML);
        Plan docx = PlanReader.read(DOCX);
        assertThat(docx.header().title()).isEqualTo(yaml.header().title());
        assertThat(docx.header().issuer()).isEqualTo(yaml.header().issuer());
        assertThat(docx.header().period()).isEqualTo(yaml.header().period());
        assertThat(docx.targets()).extracting(t -> t.id() + "|" + t.area() + "|" + t.text())
                .containsExactlyElementsOf(yaml.targets().stream().map(t -> t.id() + "|" + t.area() + "|" + t.text()).toList());
        assertThat(docx.sections()).extracting(s -> s.kind() + "|" + s.title())
                .containsExactlyElementsOf(yaml.sections().stream().map(s -> s.kind() + "|" + s.title()).toList());
        assertThat(docx.tasks()).extracting(t -> t.id()).hasSize(42)
                .containsExactlyElementsOf(yaml.tasks().stream().map(t -> t.id()).toList());
        DocxImportTest.assertSameTasks(yaml, docx);
    }

    @Test
    void sameRuleIdsAtTheSameTasksEachInItsCell() {
        PlanValidator validator = PlanValidator.builder().build();
        List<Finding> yaml = validator.validate(List.of(YAML)).files().get(0).findings();
        var docxFile = validator.validate(List.of(DOCX)).files().get(0);
        // no expected difference: the plan file has no suppression and nothing a Word document cannot hold
        assertThat(byTask(yaml)).contains("agency-ceases@/tasks/1", "deadline-order@/tasks/39", "target-unserved@/targets");
        assertThat(byTask(docxFile.findings())).isEqualTo(byTask(yaml));
        for (Finding f : docxFile.findings()) {
            if (f.location().pointer().toString().startsWith("/tasks/")) {
                assertThat(f.location().region()).as(f.rule() + " " + f.location().pointer())
                        .isInstanceOf(SourceRegion.TableCell.class);
            }
        }
    }

    private static Set<String> byTask(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            String[] parts = f.location().pointer().toString().split("/");
            String at = parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] : f.location().pointer().toString();
            out.add(f.rule() + "@" + at);
        }
        return out;
    }
}
