package io.github.reformplan.fix;

import static io.github.reformplan.fix.FixTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.PlanValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which fixes {@code fix} applies (warning and above by default, or the rules asked for, or all), that a
 * finding's fix reaches every place it lists, and what it says it changed (issue 11).
 */
class FixSelectionTest {

    private static final PlanFixer FIXER = new PlanFixer(PlanValidator.builder().build());

    @TempDir
    Path dir;

    /** The defunct-agency plan, with the defunct agency named twice more and an abbreviation (an info finding). */
    private Path plan() throws IOException {
        String text = text("defunct-plan.yaml")
                .replace("    support: [Phòng Kinh tế]\n", "    support: [Phòng Kinh tế, Sở KH&CN, Sở Thông tin và Truyền thông]\n")
                .replace("    lead: [Văn phòng HĐND và UBND]\n    deadline: Quý II/2026",
                        "    lead: [Văn phòng HĐND và UBND]\n    support: [Sở Thông tin và Truyền thông]\n    deadline: Quý II/2026");
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void byDefaultOnlyFindingsAtWarningOrAboveAreFixedAtEveryPlaceTheyList() throws IOException {
        Path p = plan();
        PlanFixer.FileFix f = FIXER.fix(List.of(p), false).get(0);
        String after = Files.readString(p);
        assertThat(after).doesNotContain("[Sở Thông tin và Truyền thông]");
        assertThat(after).contains("support: [Phòng Kinh tế, Sở KH&CN, Sở Khoa học và Công nghệ]");
        assertThat(f.fixed()).extracting(x -> x.finding().rule()).containsExactly("agency-defunct");
        // one finding with three places, and a change at each
        assertThat(f.fixed().get(0).finding().places()).hasSize(3);
        assertThat(f.changes()).hasSize(3).allSatisfy(c -> assertThat(c.oldValue()).contains("Sở Thông tin và Truyền thông"));
        assertThat(f.changes()).extracting(PatchResult.Applied::line).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRuleAskedForIsFixedWhateverItsSeverityAndOnlyIt() throws IOException {
        Path p = plan();
        PlanFixer.FileFix f = FIXER.fix(List.of(p), false, FixSelection.rules(List.of("agency-alias"))).get(0);
        String after = Files.readString(p);
        assertThat(after).contains("Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông]");
        assertThat(f.fixed()).extracting(x -> x.finding().rule()).containsOnly("agency-alias");
        assertThat(f.changes()).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("Sở KH&CN");
            assertThat(c.newValue()).isEqualTo("Sở Khoa học và Công nghệ");
        });
    }

    @Test
    void allFixesEveryFindingThatCarriesOne() throws IOException {
        Path p = plan();
        PlanFixer.FileFix f = FIXER.fix(List.of(p), false, FixSelection.ALL).get(0);
        assertThat(f.fixed()).extracting(x -> x.finding().rule()).contains("agency-alias", "agency-defunct");
        assertThat(Files.readString(p)).doesNotContain("[Sở Thông tin và Truyền thông]").doesNotContain("Sở KH&CN");
    }
}
