package io.github.reformplan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.engine.Location;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each change check on its fixture (examples/plans/thanh-hoa-2025.yaml edited one way), and on no other:
 * every fixture's changes are exactly the expected ones, with both places.
 */
class PlanDiffTest {

    static final String BASE = "thanh-hoa-2025.yaml";
    private static final Locale VI = Locale.forLanguageTag("vi");

    static PlanSource source(String name) {
        try (InputStream in = PlanDiffTest.class.getResourceAsStream(name)) {
            return PlanSource.of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiffResult diff(String newFixture) {
        return PlanDiff.builder().build().compare(source(BASE), source(newFixture));
    }

    /** fixture, then each change as "check severity key old-pointer@line:col new-pointer@line:col". */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("target-lowered.yaml", List.of(
                        "target-lowered error target-lowered /targets/1/text@45:11 /targets/1/text@46:11")),
                Arguments.of("target-removed.yaml", List.of(
                        "target-removed error target-removed /targets/4@52:5 /targets@41:3")),
                Arguments.of("target-added.yaml", List.of(
                        "target-added info target-added /targets@40:3 /targets/5@56:5")),
                Arguments.of("task-removed.yaml", List.of(
                        "task-removed error task-removed /tasks/3@80:5 /tasks@60:3")),
                Arguments.of("task-added.yaml", List.of(
                        "task-added info task-added /tasks@59:3 /tasks/42@357:5")),
                Arguments.of("task-deadline-later.yaml", List.of(
                        "task-deadline-later warning task-deadline-later /tasks/12/deadline@150:15 /tasks/12/deadline@151:15")),
                Arguments.of("task-deadline-past-period.yaml", List.of(
                        "task-deadline-later error task-deadline-later.past-period /tasks/12/deadline@150:15 /tasks/12/deadline@151:15")),
                Arguments.of("task-deadline-earlier.yaml", List.of(
                        "task-deadline-earlier info task-deadline-earlier /tasks/26/deadline@248:15 /tasks/26/deadline@249:15")),
                Arguments.of("task-deadline-reworded.yaml", List.of()),
                Arguments.of("task-lead-changed.yaml", List.of(
                        "task-lead-changed warning task-lead-changed /tasks/0/lead@63:11 /tasks/0/lead@64:11")),
                Arguments.of("task-lead-respelt.yaml", List.of()),
                Arguments.of("task-support-changed.yaml", List.of(
                        "task-support-changed info task-support-changed /tasks/0/support@64:14 /tasks/0/support@65:14")),
                Arguments.of("area-coverage-lost.yaml", List.of(
                        "area-coverage-lost error area-coverage-lost /tasks/37/area@320:11 /tasks@60:3",
                        "task-removed error task-removed /tasks/37@319:5 /tasks@60:3",
                        "task-removed error task-removed /tasks/38@326:5 /tasks@60:3",
                        "task-removed error task-removed /tasks/39@335:5 /tasks@60:3",
                        "task-removed error task-removed /tasks/40@342:5 /tasks@60:3",
                        "task-removed error task-removed /tasks/41@349:5 /tasks@60:3")),
                Arguments.of("plan-period-changed.yaml", List.of(
                        "plan-period-changed info plan-period-changed /plan/period@12:11 /plan/period@13:11")),
                Arguments.of("decision-changed.yaml", List.of(
                        "decision-changed info decision-changed.added /plan@8:3 /plan/decision@15:5")),
                Arguments.of("id-renumbered.yaml", List.of(
                        "id-renumbered info id-renumbered /tasks/13/id@151:9 /tasks/13/id@152:9",
                        "id-renumbered info id-renumbered /tasks/14/id@158:9 /tasks/14/id@159:9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachCheckFiresOnItsFixtureOnly(String fixture, List<String> expected) {
        DiffResult r = diff(fixture);
        assertThat(r.changes().stream().map(c -> c.check() + " " + c.severity().id() + " " + c.messageKey() + " "
                + place(c.oldPlace(), BASE) + " " + place(c.newPlace(), fixture)).sorted().toList())
                .containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    private static String place(Location l, String file) {
        assertThat(l.file()).isEqualTo(file);
        return l.pointer() + "@" + l.line() + ":" + l.column();
    }

    @Test
    void aRevisionComparedWithItselfHasNoChange() {
        assertThat(diff(BASE).changes()).isEmpty();
    }

    @Test
    void messagesNameWhatChangedInBothLanguages() {
        Change lowered = diff("target-lowered.yaml").changes().get(0);
        assertThat(lowered.message()).isEqualTo("Target 1.2 asks for less than before: >= 30% is now >= 25%");
        assertThat(lowered.message(VI)).isEqualTo("Chỉ tiêu 1.2 bị hạ thấp so với trước: >= 30% nay là >= 25%");
        Change later = diff("task-deadline-past-period.yaml").changes().get(0);
        assertThat(later.message()).isEqualTo("The deadline of task PL02.9 moved past the plan's period: 'Quý I/2025'"
                + " (ends on 2025-03-31) is now 'Quý I/2026' (ends on 2026-03-31, after the period ends on 2025-12-31)");
        assertThat(later.message(VI)).isEqualTo("Thời hạn của nhiệm vụ PL02.9 bị lùi ra ngoài kỳ kế hoạch: 'Quý I/2025'"
                + " (kết thúc ngày 31/3/2025) nay là 'Quý I/2026' (kết thúc ngày 31/3/2026, sau ngày kết thúc kỳ kế hoạch"
                + " 31/12/2025)");
        Change lead = diff("task-lead-changed.yaml").changes().get(0);
        assertThat(lead.message()).isEqualTo("The lead agency of task PL01.1 changed: 'Sở Tư pháp' is now 'Sở Nội vụ'");
    }

    @Test
    void theWeakeningEditOfTheIssueListsItsFourChangesAndNothingForTheRewording() {
        DiffResult r = diff("weakened.yaml");
        assertThat(r.changes()).extracting(Change::check).containsExactly(
                "target-lowered", "task-removed", "task-lead-changed", "task-deadline-later");
        assertThat(r.hasAtLeast(Severity.ERROR)).isTrue();
        assertThat(diff("task-added.yaml").hasAtLeast(Severity.ERROR)).isFalse();
    }

    @Test
    void eachChangeIsAFindingAtItsNewPlaceWithTheOldOneRelated() {
        var finding = diff("task-lead-changed.yaml").asValidationResult().findings().get(0);
        assertThat(finding.rule()).isEqualTo("task-lead-changed");
        assertThat(finding.location().toString()).isEqualTo("task-lead-changed.yaml:64:11");
        assertThat(finding.related()).extracting(Location::toString).containsExactly("thanh-hoa-2025.yaml:63:11");
    }

    @Test
    void severitiesAreSetPerCheckAndOffSilencesOne() {
        PlanDiff d = PlanDiff.builder().check("task-removed", "warning").check("target-lowered", "off").build();
        DiffResult r = d.compare(source(BASE), source("weakened.yaml"));
        assertThat(r.changes()).extracting(c -> c.check() + " " + c.severity().id()).containsExactly(
                "task-removed warning", "task-lead-changed warning", "task-deadline-later warning");
    }

    @Test
    void aMistypedCheckNamesTheNearestInTheBuildersLanguage() {
        assertThatThrownBy(() -> PlanDiff.builder().check("task-removd", "error"))
                .hasMessage("Unknown rule 'task-removd'; did you mean 'task-removed'?");
        assertThatThrownBy(() -> PlanDiff.builder().check("task-removed", "fatal"))
                .hasMessage("Invalid severity 'fatal' for rule 'task-removed': expected error, warning, info or off");
    }

    @Test
    void anUnreadableSideIsAParseChangeAtItsPlace() {
        DiffResult r = PlanDiff.builder().build().compare(source(BASE), PlanSource.of("broken.yaml",
                "plan: [unclosed\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(r.changes()).hasSize(1);
        Change c = r.changes().get(0);
        assertThat(c.check()).isEqualTo("parse");
        assertThat(c.severity()).isEqualTo(Severity.ERROR);
        assertThat(c.messageKey()).isEqualTo("parse.syntax");
        assertThat(c.newPlace().file()).isEqualTo("broken.yaml");
        assertThat(c.newPlace().line()).isEqualTo(2);
        assertThat(c.oldPlace().file()).isEqualTo(BASE);
        assertThat(r.newPlan()).isNull();
    }
}
