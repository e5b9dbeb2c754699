package io.github.reformplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of the core, checked on its own classes: the model at the bottom, then the Vietnamese
 * text, agency and metric knowledge, then reading, then the engine, then the rules; reports, baseline,
 * fixes, the revision diff and the shared run sit on the engine; no package depends on another in a circle.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.reformplan";
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    /** Deliberately broken layers (test sources), to prove the rules can fail. */
    private static final String BROKEN = "io.github.reformplan.archfixture";

    private static String root = ROOT;

    private static String pkg(String name) {
        return root + "." + name + "..";
    }

    private static void check(ArchRule rule) {
        rule.check(CORE);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("text"), pkg("agency"), pkg("metric"),
                        pkg("read"), pkg("engine"), pkg("rules"), pkg("report"), pkg("baseline"), pkg("fix"), pkg("run"),
                        pkg("diff")));
    }

    @Test
    void knowledgeOfTheDomainDoesNotReachUpIntoReadingOrTheEngine() {
        check(noClasses().that().resideInAnyPackage(pkg("text"), pkg("agency"), pkg("metric"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("read"), pkg("engine"), pkg("rules"),
                        pkg("report"), pkg("baseline"), pkg("fix"), pkg("run"), pkg("diff")));
    }

    @Test
    void readersKnowNothingOfTheEngineOrTheRules() {
        check(noClasses().that().resideInAPackage(pkg("read"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("engine"), pkg("rules"), pkg("report"),
                        pkg("baseline"), pkg("fix"), pkg("run"), pkg("diff")));
    }

    @Test
    void theEngineFindsRulesThroughPacksNeverByName() {
        check(noClasses().that().resideInAPackage(pkg("engine"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("rules"), pkg("report"), pkg("baseline"),
                        pkg("fix"), pkg("run"), pkg("diff")));
    }

    @Test
    void theDiffComparesAndWritesNothing() {
        check(noClasses().that().resideInAPackage(pkg("diff"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("rules"), pkg("report"), pkg("baseline"),
                        pkg("fix"), pkg("run"), "io.github.reformplan.cli..", "io.github.reformplan.maven..",
                        "io.github.reformplan.office.."));
    }

    @Test
    void rulesReportFindingsAndWriteNothing() {
        check(noClasses().that().resideInAPackage(pkg("rules"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("report"), pkg("baseline"), pkg("fix"),
                        pkg("run"), "io.github.reformplan.cli..", "io.github.reformplan.maven..",
                        "io.github.reformplan.office.."));
    }

    @Test
    void noPackageDependsOnAnotherInACircle() {
        check(cycles());
    }

    private static ArchRule cycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static ArchRule rulesStayRules() {
        return noClasses().that().resideInAPackage(pkg("rules"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("report"), pkg("cli"), pkg("maven"));
    }

    @Test
    void theRulesFailOnARuleThatImportsAFrontEndAndOnACycle() {
        JavaClasses broken = new ClassFileImporter().importPackages(BROKEN);
        root = BROKEN;
        try {
            assertThat(rulesStayRules().evaluate(broken).hasViolation()).as("a rule importing the CLI").isTrue();
            assertThat(cycles().evaluate(broken).hasViolation()).as("report and rules depending on each other").isTrue();
        } finally {
            root = ROOT;
        }
    }
}
