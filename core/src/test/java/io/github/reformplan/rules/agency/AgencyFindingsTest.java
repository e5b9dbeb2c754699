package io.github.reformplan.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What agency findings carry beyond their location: suggestions, JSON Patch fixes, grouped mentions. */
class AgencyFindingsTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();

    private static Finding only(String fixture, String rule) throws URISyntaxException {
        Path p = Path.of(AgencyFindingsTest.class.getResource("/rules/" + rule + "/" + fixture).toURI());
        List<Finding> findings = VALIDATOR.validate(List.of(p)).findings().stream()
                .filter(f -> f.rule().equals(rule)).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void unknownNameSuggestsTheNearestKnownOneAndCountsRepeats() throws Exception {
        Finding f = only("fires-typo-named-twice-one-finding.yaml", "agency-unknown");
        assertThat(f.suggestion().text()).isEqualTo("Phòng Kinh tế");
        assertThat(f.suggestion().patch()).isEmpty(); // a guess is not a mechanical fix
        assertThat(f.message()).isEqualTo("Agency 'Phòng Kinh té số' is not known (also named in 1 more place(s): 6)");
    }

    @Test
    void aliasCarriesAPatchToTheCanonicalName() throws Exception {
        Finding f = only("fires-abbreviation.yaml", "agency-alias");
        assertThat(f.suggestion().patch()).containsExactly(
                new PatchOperation("test", "/tasks/2/support/1", "Sở KH&CN"),
                new PatchOperation("replace", "/tasks/2/support/1", "Sở Khoa học và Công nghệ"));
    }

    @Test
    void defunctAgencyIsReplacedByItsSuccessor() throws Exception {
        Path p = Path.of(getClass().getResource("/rules/agency-defunct/fires-bodies-gone-before-signing.yaml").toURI());
        List<Finding> findings = VALIDATOR.validate(List.of(p)).findings().stream()
                .filter(f -> f.rule().equals("agency-defunct")).toList();
        assertThat(findings).extracting(f -> f.suggestion().patch()).containsExactly(
                List.of(new PatchOperation("test", "/tasks/2/support/1", "UBND cấp huyện"),
                        new PatchOperation("replace", "/tasks/2/support/1", "UBND cấp xã")),
                List.of(new PatchOperation("test", "/tasks/5/support/0", "Sở Thông tin và Truyền thông"),
                        new PatchOperation("replace", "/tasks/5/support/0", "Sở Khoa học và Công nghệ")));
        assertThat(findings.get(1).message(Locale.forLanguageTag("vi"))).isEqualTo(
                "'Sở Thông tin và Truyền thông' đã chấm dứt hoạt động từ ngày 28/2/2025, trước ngày 20/12/2025;"
                        + " cơ quan kế thừa: Sở Khoa học và Công nghệ (1 lần)");
    }

    @Test
    void ceasingAgencyIsOneFindingNamingTheOtherTasks() throws Exception {
        Finding f = only("fires-department-merged-mid-year.yaml", "agency-ceases");
        assertThat(f.messageKey()).isEqualTo("agency-ceases.repeated");
        assertThat(f.args()).containsExactly("Sở Kế hoạch và Đầu tư", java.time.LocalDate.of(2025, 2, 28), "3", 1, "6");
        assertThat(f.suggestion().text()).isEqualTo("Sở Tài chính");
    }

    @Test
    void aDistrictOfficeWithItsPlaceIsReplacedWholeOrNotAtAll() throws Exception {
        Path p = Path.of(getClass().getResource("/rules/agency-defunct/fires-district-offices-with-their-place.yaml").toURI());
        List<Finding> findings = VALIDATOR.validate(List.of(p)).findings().stream()
                .filter(f -> f.rule().equals("agency-defunct")).toList();
        // never "UBND cấp xã huyện Hoằng Hóa": the whole mention, place and all, is the district office
        assertThat(findings).extracting(f -> f.suggestion().patch()).containsExactly(
                List.of(new PatchOperation("test", "/tasks/2/support/1", "Phòng Nội vụ huyện Hoằng Hóa"),
                        new PatchOperation("replace", "/tasks/2/support/1", "UBND cấp xã")),
                List.of(new PatchOperation("test", "/tasks/5/support/0", "Phòng Tài chính - Kế hoạch huyện"),
                        new PatchOperation("replace", "/tasks/5/support/0", "UBND cấp xã")));
        // the mention inside a longer text is listed as a place of the finding, but not rewritten in part
        assertThat(findings.get(0).related()).extracting(r -> r.pointer().toString()).contains("/tasks/3/support/0");
        assertThat(findings.get(0).message()).startsWith("'Phòng Nội vụ' ceased to exist");
    }

    @Test
    void aCommunesFrontCommitteeIsTheCommunesNotTheProvinces() throws Exception {
        Finding f = only("fires-commune-front-abbreviated.yaml", "agency-alias");
        assertThat(f.suggestion().patch()).containsExactly(
                new PatchOperation("test", "/tasks/2/support/1", "Ủy ban MTTQ xã"),
                new PatchOperation("replace", "/tasks/2/support/1", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"));
    }
}
