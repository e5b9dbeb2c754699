package io.github.reformplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidatorConfig;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.Suppression;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.testing.FixtureExpectations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message variant a finding can carry (key {@code <rule-id>} or {@code <rule-id>.<variant>}) has its
 * message in English and Vietnamese and is produced by a fixture: a mark {@code # expect: <key> ...} in a
 * {@code rules/<rule-id>/fires-*} file, which {@link RuleFixturesTest} holds to the findings actually
 * reported. What no file can produce (a file too large to keep in the repository, one that cannot be read,
 * a plan built in memory) is produced here, each case named. A key no input can reach today is listed in
 * {@link #UNREACHABLE} with the reason, so that it is a decision rather than an oversight.
 */
class MessageVariantsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Keys with a message that no input can produce with the current schema or reader, and why. */
    private static final Map<String, String> UNREACHABLE = Map.of(
            "parse.string-too-long", "Jackson's string limit is the file size limit, so a file holding a longer string is "
                    + "refused as too large before it is parsed; the variant stays for a reader whose limits differ",
            "schema.const", "the plan schema uses const only inside an if condition, whose failure is not reported",
            "schema.format", "PlanSchema asserts format, and the only format the plan schema uses is date, which has "
                    + "its own message (schema.date) naming the value");

    private static Set<String> ruleIds() {
        return RuleRegistry.builtIn().descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    }

    private static String rule(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The keys one bundle file defines itself (a ResourceBundle would also show its parent's). */
    private static Set<String> ownKeys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(
                Messages.BUNDLE.replace('.', '/') + file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** The keys of findings: a rule's id, or its id and a variant; not its summary. */
    private static Set<String> findingKeys(Set<String> keys) {
        Set<String> rules = ruleIds();
        return keys.stream().filter(k -> rules.contains(rule(k)) && !k.endsWith(".summary"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The message keys the fixtures' marks name (each mark checked against the findings by RuleFixturesTest). */
    private static Set<String> markedKeys() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RuleFixturesTest.root())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                FixtureExpectations.read(f).forEach(e -> out.add(e.key()));
            }
        }
        return out;
    }

    /** What a fixture file cannot hold, produced in memory: each case names its key. */
    private static Set<String> producedInMemory() throws Exception {
        Set<String> out = new TreeSet<>();
        byte[] clean;
        try (InputStream in = MessageVariantsTest.class.getResourceAsStream("/rules/parse/passes-clean.yaml")) {
            clean = in.readAllBytes();
        }
        // parse.too-large: the limit is 50 MB; a validator with a limit of 100 bytes stands in for such a file
        PlanValidator small = PlanValidator.builder()
                .config(ValidatorConfig.DEFAULTS.withLimits(ValidatorConfig.DEFAULTS.limits().withMaxBytes(100))).build();
        Path large = Files.createTempFile("large", ".yaml");
        try {
            Files.write(large, clean);
            out.addAll(keys(small.validateSources(List.of(PlanSource.of(large))).findings()));
        } finally {
            Files.delete(large);
        }
        // parse.too-large-read: content read from a stream (standard input) that holds more than the limit
        out.addAll(keys(small.validateSources(List.of(PlanSource.of("-", clean))).findings()));
        // parse.not-regular: a path that names no regular file (a directory here; a FIFO or /dev/zero alike)
        out.addAll(keys(PlanValidator.builder().build()
                .validateSources(List.of(PlanSource.of(Path.of("target")))).findings()));
        // parse.time-budget: a budget of zero is spent before the first plan rule runs
        out.addAll(keys(PlanValidator.builder().config(ValidatorConfig.DEFAULTS.withLimits(
                ValidatorConfig.DEFAULTS.limits().withTimeBudget(java.time.Duration.ZERO))).build()
                .validateSources(List.of(PlanSource.of("slow.yaml", clean))).findings()));
        // parse.format-unavailable: a Word document with no office reader on the class path (core's own tests)
        out.addAll(keys(PlanValidator.builder().build()
                .validateSources(List.of(PlanSource.of("plan.docx", new byte[] {'P', 'K', 3, 4}))).findings()));
        // parse.io: a file that vanished between listing and reading
        out.addAll(keys(PlanValidator.builder().build()
                .validateSources(List.of(PlanSource.of(Path.of("target", "no-such-dir", "gone.yaml")))).findings()));
        // schema.constraint and suppression-invalid.bad-pointer: a plan built in memory is checked with Bean
        // Validation instead of the schema, so a malformed pointer reaches the rule (in a file, the schema reports it)
        Plan read = PlanReader.read(PlanSource.of("p.yaml", clean));
        PlanHeader h = read.plan();
        Plan broken = new Plan("memory", "1", new PlanHeader("Bad Id", h.title(), h.issuer(), h.level(), h.period(),
                h.decision(), null, h.position()), read.sections(), read.targets(), read.tasks(), read.responsibilities(),
                List.of(new Suppression("task-lead-missing", "tasks/0", "x", Position.of(JsonPointer.parse("/suppress/0")))));
        out.addAll(keys(PlanValidator.builder().build().validatePlans(List.of(broken)).findings()));
        return out;
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::messageKey).toList();
    }

    @Test
    void everyVariantHasBothMessagesAndAFixtureThatProducesIt() throws Exception {
        Set<String> en = findingKeys(ownKeys(".properties"));
        Set<String> vi = findingKeys(ownKeys("_vi.properties"));
        assertThat(vi).as("finding keys with a Vietnamese message").isEqualTo(en);

        Set<String> produced = new TreeSet<>(markedKeys());
        Set<String> inMemory = producedInMemory();
        assertThat(inMemory).as("keys produced in memory").contains("parse.too-large", "parse.too-large-read", "parse.time-budget", "parse.not-regular", "parse.io", "schema.constraint",
                "suppression-invalid.bad-pointer");
        produced.addAll(inMemory);

        Set<String> unproduced = new TreeSet<>(en);
        unproduced.removeAll(produced);
        unproduced.removeAll(UNREACHABLE.keySet());
        // Word and Excel problems come from the reformplan-office readers, which core cannot depend on; each is
        // produced by office's BadOfficeFilesTest and WordLayoutTest (key, severity, both languages)
        unproduced.removeIf(k -> k.startsWith("parse.office-"));
        assertThat(unproduced).as("message variants no fixture produces (add a fires- fixture that marks them)").isEmpty();

        Set<String> unknown = new TreeSet<>(produced);
        unknown.removeAll(en);
        assertThat(unknown).as("keys produced or marked that have no message").isEmpty();

        assertThat(en).as("every key listed as unreachable exists").containsAll(UNREACHABLE.keySet());
        assertThat(produced).as("a key listed as unreachable that is now produced: remove it from UNREACHABLE")
                .doesNotContainAnyElementsOf(UNREACHABLE.keySet());
    }

    /**
     * The variants the code names literally have a message: {@code variant("x")} in a rule class, the problems
     * the reader reports ({@code ReadProblem.of("x", ...)} is {@code parse.x}) and the schema keywords with a
     * message of their own. This catches a key added in code before any fixture exists.
     */
    @Test
    void everyVariantNamedInTheCodeHasAMessage() throws IOException {
        Path main = Path.of(System.getProperty("basedir", "."), "src", "main", "java", "io", "github", "reformplan");
        Pattern ruleId = Pattern.compile("@RuleInfo\\(id = \"([a-z-]+)\"");
        Pattern variant = Pattern.compile("\\.variant\\(([^;]*?)\\)\\s*\\.");
        Pattern literal = Pattern.compile("\"([A-Za-z-]+)\"");
        Map<String, Path> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(main.resolve("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("Rule.java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher id = ruleId.matcher(src);
                if (!id.find()) {
                    continue;
                }
                Matcher v = variant.matcher(src);
                while (v.find()) {
                    Matcher l = literal.matcher(v.group(1));
                    while (l.find()) {
                        named.put(id.group(1) + "." + l.group(1), f.getFileName());
                    }
                }
            }
        }
        Matcher problem = Pattern.compile("ReadProblem\\.of\\(\"([a-z-]+)\"")
                .matcher(Files.readString(main.resolve("read/DocumentReader.java"), StandardCharsets.UTF_8));
        while (problem.find()) {
            named.put("parse." + problem.group(1), Path.of("DocumentReader.java"));
        }
        Matcher known = Pattern.compile("KNOWN = Set\\.of\\(([^;]*)\\);", Pattern.DOTALL)
                .matcher(Files.readString(main.resolve("rules/input/SchemaRule.java"), StandardCharsets.UTF_8));
        assertThat(known.find()).as("SchemaRule.KNOWN").isTrue();
        Matcher k = literal.matcher(known.group(1));
        while (k.find()) {
            named.put("schema." + k.group(1), Path.of("SchemaRule.java"));
        }
        assertThat(named).as("variants named in the code").containsKeys("deadline-outside-period.before",
                "parse.empty", "schema.required");
        for (Map.Entry<String, Path> e : named.entrySet()) {
            assertThat(Messages.has(Locale.ENGLISH, e.getKey())).as(e.getKey() + " (named in " + e.getValue() + ")").isTrue();
            assertThat(ownKeys("_vi.properties")).as(e.getKey() + " in Vietnamese").contains(e.getKey());
        }
    }
}
