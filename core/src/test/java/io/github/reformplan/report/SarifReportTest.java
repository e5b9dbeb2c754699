package io.github.reformplan.report;

import static io.github.reformplan.report.ReportFixtures.LEAD_MISSING;
import static io.github.reformplan.report.ReportFixtures.VI;
import static io.github.reformplan.report.ReportFixtures.VIETNAMESE_FILE;
import static io.github.reformplan.report.ReportFixtures.finding;
import static io.github.reformplan.report.ReportFixtures.render;
import static io.github.reformplan.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import io.github.reformplan.testing.SarifSchema;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode writeValid(ValidationResult result, Locale locale) throws Exception {
        String sarif = render(new SarifReport(), result, locale);
        List<Error> errors = SarifSchema.validate(sarif);
        assertThat(errors).as(sarif).isEmpty();
        return JSON.readTree(sarif);
    }

    private static List<JsonNode> results(JsonNode log) {
        List<JsonNode> out = new ArrayList<>();
        log.at("/runs/0/results").forEach(out::add);
        return out;
    }

    @Test
    void theSchemaReallyRejectsWhatIsNotSarif() {
        assertThat(SarifSchema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}")).isNotEmpty();
        assertThat(SarifSchema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"fixes\":[{\"description\":{\"text\":\"d\"}}]}]}]}")).as("a fix needs artifactChanges").isNotEmpty();
        assertThat(SarifSchema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"locations\":[{\"physicalLocation\":"
                + "{\"artifactLocation\":{\"uri\":\"plans/a b.yaml\"}}}]}]}]}"))
                .as("formats are asserted: a space is not allowed in a URI reference").isNotEmpty();
    }

    @Test
    void headerAndEveryRegisteredRule() throws Exception {
        JsonNode log = writeValid(sample(), Locale.ENGLISH);
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("reformplan");
        assertThat(run.at("/tool/driver/version").asText()).isNotBlank();
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        assertThat(run.get("language").asText()).isEqualTo("en");

        List<RuleDescriptor> descriptors = RuleRegistry.builtIn().descriptors();
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(descriptors.size());
        for (int i = 0; i < descriptors.size(); i++) {
            RuleDescriptor d = descriptors.get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asText()).isEqualTo(d.id());
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(d.summary());
            assertThat(rule.at("/fullDescription/text").asText()).startsWith(d.summary());
            assertThat(rule.at("/help/text").asText()).contains("docs/rules/" + d.id() + ".md");
            assertThat(rule.get("helpUri").asText())
                    .isEqualTo("https://github.com/reformplan/reformplan/blob/main/docs/rules/" + d.id() + ".md");
            assertThat(rule.at("/defaultConfiguration/level").asText())
                    .isEqualTo(switch (d.defaultSeverity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
        }
        assertThat(rules.findValuesAsText("name")).contains("TaskLeadMissing", "Parse", "DeadlineOutsidePeriod");
        // SARIF1001: a rule's name is not its id, and is PascalCase.
        for (JsonNode rule : rules) {
            assertThat(rule.get("name").asText()).as(rule.get("id").asText())
                    .isNotEqualTo(rule.get("id").asText()).matches("([A-Z][a-z0-9]*)+");
        }
    }

    @Test
    void ruleTextsAreInTheRunsLanguage() throws Exception {
        JsonNode rules = writeValid(sample(), VI).at("/runs/0/tool/driver/rules");
        JsonNode before = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("deadline-before-issue")) {
                before = rule;
            }
        }
        assertThat(before).isNotNull();
        assertThat(before.at("/shortDescription/text").asText()).isEqualTo("Thời hạn kết thúc trước ngày ban hành kế hoạch");
        assertThat(before.at("/fullDescription/text").asText())
                .isEqualTo("Thời hạn kết thúc trước ngày ban hành kế hoạch. Mức độ mặc định: lỗi.");
        assertThat(before.get("helpUri").asText())
                .isEqualTo("https://github.com/reformplan/reformplan/blob/main/docs/rules/vi/deadline-before-issue.md");
        assertThat(before.at("/help/text").asText()).isEqualTo("Thời hạn kết thúc trước ngày ban hành kế hoạch."
                + " Giải thích kèm ví dụ tại https://github.com/reformplan/reformplan/blob/main/docs/rules/vi/deadline-before-issue.md");
    }

    @Test
    void resultsAtAllThreeSeveritiesPointAtTheirRule() throws Exception {
        JsonNode log = writeValid(sample(), Locale.ENGLISH);
        List<JsonNode> results = results(log);
        assertThat(results).extracting(r -> r.get("ruleId").asText())
                .containsExactly("target-unserved", "task-lead-missing", "agency-alias", "parse");
        assertThat(results).extracting(r -> r.get("level").asText()).containsExactly("warning", "error", "note", "error");
        for (JsonNode r : results) {
            JsonNode rule = log.at("/runs/0/tool/driver/rules/" + r.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        JsonNode lead = results.get(1);
        assertThat(lead.at("/message/text").asText()).isEqualTo(LEAD_MISSING.message(Locale.ENGLISH));
        assertThat(lead.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(30);
        assertThat(lead.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        assertThat(lead.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/tasks/0");
        assertThat(lead.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("element");
        assertThat(lead.has("properties")).isFalse();
    }

    @Test
    void aFileLevelFindingHasNoRegionAndNoLogicalLocation() throws Exception {
        JsonNode parse = results(writeValid(sample(), Locale.ENGLISH)).get(3);
        JsonNode location = parse.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("plans/empty.yaml");
        assertThat(location.at("/physicalLocation").has("region")).isFalse();
        assertThat(location.has("logicalLocations")).isFalse();
        assertThat(parse.at("/message/text").asText()).isEqualTo("The file is empty");
    }

    @Test
    void aSuggestionWithAPatchGoesIntoProperties() throws Exception {
        JsonNode alias = results(writeValid(sample(), VI)).get(2);
        assertThat(alias.has("fixes")).isFalse();
        assertThat(alias.at("/message/text").asText())
                .isEqualTo("'Sở KHCN' là cách viết khác của Sở Khoa học và Công nghệ (1 lần) [gợi ý: Sở Khoa học và Công nghệ]");
        assertThat(alias.at("/properties/suggestion").asText()).isEqualTo("Sở Khoa học và Công nghệ");
        JsonNode patch = alias.at("/properties/jsonPatch");
        assertThat(patch).hasSize(2);
        assertThat(patch.get(0).get("op").asText()).isEqualTo("test");
        assertThat(patch.get(0).get("value").asText()).isEqualTo("Sở KHCN");
        assertThat(patch.get(1).get("op").asText()).isEqualTo("replace");
        assertThat(patch.get(1).get("path").asText()).isEqualTo("/tasks/1/lead/0");
        assertThat(patch.get(1).get("value").asText()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void aVietnameseFileNameWithSpacesIsAValidUriThatDecodesBack() throws Exception {
        JsonNode lead = results(writeValid(sample(), VI)).get(1);
        String uri = lead.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertThat(uri).isEqualTo("plans/K%E1%BA%BF%20ho%E1%BA%A1ch%20x%C3%A3%20M%E1%BA%ABu%202026.yaml");
        assertThat(new URI(uri).getPath()).isEqualTo(VIETNAMESE_FILE);
        assertThat(lead.at("/message/text").asText()).isEqualTo("Nhiệm vụ 1 chưa có cơ quan chủ trì");
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReport.uriReference("plans\\sub dir\\a.yaml")).isEqualTo("plans/sub%20dir/a.yaml");
        assertThat(SarifReport.uriReference("/home/u/kế hoạch.yaml")).isEqualTo("file:///home/u/k%E1%BA%BF%20ho%E1%BA%A1ch.yaml");
        assertThat(SarifReport.uriReference("C:\\plans\\a#1.yaml")).isEqualTo("file:///C:/plans/a%231.yaml");
        assertThat(SarifReport.uriReference("./a%b.yaml")).isEqualTo("a%25b.yaml");
        assertThat(SarifReport.uriReference("./src//plans/a.yaml")).isEqualTo("src/plans/a.yaml");
    }

    @Test
    void fingerprintsSurviveLineShiftsAndTellPlacesApart() throws Exception {
        ValidationResult shifted = new ValidationResult(List.of(new ValidationResult.FileResult(VIETNAMESE_FILE, "x",
                List.of(finding("task-lead-missing", Severity.ERROR, VIETNAMESE_FILE, "/tasks/0", 95, 9,
                        "task-lead-missing", null, "1")))));
        String before = results(writeValid(sample(), Locale.ENGLISH)).get(1).at("/partialFingerprints/reformplan~1v2").asText();
        String after = results(writeValid(shifted, Locale.ENGLISH)).get(0).at("/partialFingerprints/reformplan~1v2").asText();
        assertThat(before).matches("[0-9a-f]{32}").isEqualTo(after);
        List<String> all = results(writeValid(sample(), VI)).stream()
                .map(r -> r.at("/partialFingerprints/reformplan~1v2").asText()).toList();
        assertThat(all).doesNotHaveDuplicates().contains(before);
        assertThat(SarifReport.fingerprint("parse", "", "a.yaml")).isNotEqualTo(SarifReport.fingerprint("parse", "", "b.yaml"));
    }

    @Test
    void aRealPlansFindingsAreValidSarif() throws Exception {
        ValidationResult result = ReportFixtures.validate(ReportFixtures.brokenPlan());
        List<JsonNode> results = results(writeValid(result, VI));
        assertThat(results).hasSize(result.findings().size());
        assertThat(results).extracting(r -> r.get("ruleId").asText()).contains("task-lead-missing", "plan-issued-late");
    }

    @Test
    void anEmptyResultIsAValidLogWithAllRulesAndNoResult() throws Exception {
        JsonNode log = writeValid(new ValidationResult(List.of()), VI);
        assertThat(log.at("/runs/0/results")).isEmpty();
        assertThat(log.at("/runs/0/tool/driver/rules")).hasSize(RuleRegistry.builtIn().descriptors().size());
        assertThat(log.at("/runs/0/language").asText()).isEqualTo("vi");
    }
}
