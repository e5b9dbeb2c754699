package io.github.reformplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.testing.FixtureExpectations;
import io.github.reformplan.testing.FixtureExpectations.Expected;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code rules/<rule-id>/}: files named {@code fires-*} must yield exactly
 * the findings of that rule marked in them (rule, severity, pointer, line, column); files named
 * {@code passes-*} must yield none of that rule. A fixture may be a folder of files validated
 * together, for rules that look across files; each file's marks are checked against its findings.
 */
class RuleFixturesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> Files.isRegularFile(p)
                            ? p.getFileName().toString().matches("(fires|passes)-.*\\.(yaml|yml|json)")
                            : p.getFileName().toString().matches("(fires|passes)-.*"))
                    .filter(p -> !p.getParent().getFileName().toString().matches("(fires|passes)-.*"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("fixtures")
    void fixtureYieldsExactlyTheMarkedFindings(Path fixture) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        RuleDescriptor rule = RuleRegistry.builtIn().byId(ruleId).orElseThrow().descriptor();
        List<Path> files = Files.isDirectory(fixture) ? PlanFiles.expand(List.of(fixture)) : List.of(fixture);
        List<Finding> all = VALIDATOR.validate(files).findings();
        int marked = 0;
        for (Path file : files) {
            List<Expected> expected = FixtureExpectations.read(file);
            marked += expected.size();
            List<Finding> findings = all.stream()
                    .filter(f -> f.rule().equals(ruleId) && f.location().file().equals(file.toString())).toList();
            List<Expected> actual = new ArrayList<>();
            for (Finding f : findings) {
                String sev = f.severity() == rule.defaultSeverity() ? null : f.severity().id();
                actual.add(new Expected(f.messageKey(), f.location().pointer().toString(), f.location().line(),
                        f.location().column(), sev));
            }
            assertThat(actual).as(() -> "findings of " + ruleId + " in " + file.getFileName() + ": "
                    + findings.stream().map(f -> f.location() + " " + f.message()).toList())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        if (fixture.getFileName().toString().startsWith("fires-")) {
            assertThat(marked).as("a fires- fixture marks at least one finding").isPositive();
        } else {
            assertThat(marked).as("a passes- fixture marks no finding").isZero();
        }
    }

    @Test
    void everyRuleHasAFixtureThatFiresAndOneThatPasses() throws IOException {
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            Path dir = root().resolve(d.id());
            assertThat(dir).as("fixture folder of " + d.id()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as(d.id()).anyMatch(n -> n.startsWith("fires-"));
                assertThat(names).as(d.id()).anyMatch(n -> n.startsWith("passes-"));
            }
        }
    }
}
