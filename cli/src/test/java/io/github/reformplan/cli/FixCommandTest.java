package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reformplan fix} on a copy of an example: the "done when". */
class FixCommandTest {

    @TempDir
    Path dir;

    private Path planNamingADefunctAgency() throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, ValidateCommandTest.clean().replace("    support: [Phòng Kinh tế]\n",
                "    support: [Phòng Kinh tế, Sở Thông tin và Truyền thông]  # sở cũ\n"));
        return p;
    }

    @Test
    void replacesTheDefunctAgencyAndNothingElse() throws IOException {
        Path p = planNamingADefunctAgency();
        String before = Files.readString(p);
        assertThat(ValidateCommandTest.run("validate", "--lang", "en", p.toString()).out()).contains("agency-defunct");

        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(p + ": 1 fix(es) applied").contains("1 fix(es) applied in 1 file(s)");
        assertThat(Files.readString(p)).isEqualTo(before.replace("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"));
        assertThat(ValidateCommandTest.run("validate", "--lang", "en", "--fail-on", "info", p.toString()).out())
                .doesNotContain("agency-defunct");
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws IOException {
        Path p = planNamingADefunctAgency();
        String before = Files.readString(p);
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--dry-run", "--lang", "en", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("-    support: [Phòng Kinh tế, Sở Thông tin và Truyền thông]  # sở cũ")
                .contains("+    support: [Phòng Kinh tế, Sở Khoa học và Công nghệ]  # sở cũ")
                .contains("nothing written (--dry-run)");
        assertThat(Files.readString(p)).isEqualTo(before);
    }

    @Test
    void missingPathIsAUsageError() {
        assertThat(ValidateCommandTest.run("fix", dir.resolve("none.yaml").toString()).exit()).isEqualTo(2);
    }

    /** A defunct agency (error) and an abbreviation (info) in one plan. */
    private Path planWithADefunctAgencyAndAnAbbreviation() throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, ValidateCommandTest.clean().replace("    support: [Phòng Kinh tế]\n",
                "    support: [Phòng Kinh tế, Sở Thông tin và Truyền thông, Sở KH&CN]\n"));
        return p;
    }

    @Test
    void byDefaultOnlyFindingsAtWarningOrAboveAreFixedAndEachChangeIsListed() throws IOException {
        Path p = planWithADefunctAgencyAndAnAbbreviation();
        String line = Files.readAllLines(p).stream().filter(l -> l.contains("Sở KH&CN")).findFirst().orElseThrow();
        int lineNo = Files.readAllLines(p).indexOf(line) + 1;
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(p + ": 1 fix(es) applied")
                .contains(p + ":" + lineNo + ":" + (line.indexOf("Sở Thông") + 1)
                        + ": changed 'Sở Thông tin và Truyền thông' → 'Sở Khoa học và Công nghệ'");
        assertThat(Files.readString(p)).contains("[Phòng Kinh tế, Sở Khoa học và Công nghệ, Sở KH&CN]");
    }

    @Test
    void ruleSelectsWhichFixesAndAllAppliesEveryOne() throws IOException {
        Path p = planWithADefunctAgencyAndAnAbbreviation();
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", "--rule", "agency-alias", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("'Sở KH&CN' → 'Sở Khoa học và Công nghệ'").doesNotContain("'Sở Thông tin");
        assertThat(Files.readString(p)).contains("[Phòng Kinh tế, Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ]");

        Path q = dir.resolve("other.yaml");
        Files.writeString(q, ValidateCommandTest.clean().replace("    support: [Phòng Kinh tế]\n",
                "    support: [Phòng Kinh tế, Sở Thông tin và Truyền thông, Sở KH&CN]\n"));
        assertThat(ValidateCommandTest.run("fix", "--lang", "en", "--all", q.toString()).out()).contains("2 fix(es) applied");
        assertThat(Files.readString(q)).contains("[Phòng Kinh tế, Sở Khoa học và Công nghệ, Sở Khoa học và Công nghệ]");
    }

    @Test
    void aMistypedRuleIsAUsageErrorNamingTheNearestOne() throws IOException {
        Path p = planWithADefunctAgencyAndAnAbbreviation();
        String before = Files.readString(p);
        ValidateCommandTest.Run r = ValidateCommandTest.run("fix", "--lang", "en", "--rule", "agency-alais", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("agency-alias");
        assertThat(ValidateCommandTest.run("fix", "--lang", "en", "--all", "--rule", "agency-alias", p.toString()).exit())
                .isEqualTo(2);
        assertThat(Files.readString(p)).isEqualTo(before);
    }
}
