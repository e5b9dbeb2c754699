package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.report.TextReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule catalogue is complete, in the manner of Checkstyle's AllChecksTest: every rule of
 * {@link RuleRegistry} has its page {@code docs/rules/<id>.md} with the fixed parts, served by
 * {@link RuleDocs}, and a message in English and in Vietnamese; every page and every message key belongs
 * to a rule. The pages' examples are kept honest: each line of a YAML example appears in the fixture it
 * names, and each finding quoted is one reformplan produces on that fixture, in both languages.
 */
class RuleDocsTest {

    private static final List<String> HEADINGS =
            List.of("## Why", "## Basis", "## Failing example", "## Passing example", "## Options");
    private static final Pattern HEADER =
            Pattern.compile("\\*\\*Default severity:\\*\\* (\\S+) · \\*\\*Family:\\*\\* (\\S+)");
    private static final Pattern FIXTURE = Pattern.compile("`((?:fires|passes)-[^`/]+)/?`");
    private static final Pattern QUOTED = Pattern.compile("(\\S+):(\\d+):(\\d+): (error|warning|info) (\\S+) .+");
    private static final Pattern INDEX_ROW =
            Pattern.compile("\\| \\[`([^`]+)`\\]\\(([^)]+)\\) \\| (\\S+) \\| (\\S+) \\| (.+) \\|");
    /** Message keys that belong to the reports and the configuration, not to a rule. */
    private static final List<String> EXEMPT_KEY_PREFIXES = List.of("report.", "config.", "fix.", "location.", "run.",
            "output.", "baseline.", "cli.");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();
    private static final Map<Path, Set<String>> OUTPUT = new HashMap<>();

    static Path docs() {
        Path dir = Path.of(System.getProperty("basedir", "."), "..", "docs", "rules").toAbsolutePath().normalize();
        assertThat(dir).as("the rule pages").isDirectory();
        return dir;
    }

    static Path fixtures() {
        try {
            return Path.of(RuleDocsTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> ruleIds() {
        return RuleRegistry.builtIn().descriptors().stream().map(RuleDescriptor::id);
    }

    private static RuleDescriptor rule(String id) {
        return RuleRegistry.builtIn().byId(id).orElseThrow().descriptor();
    }

    private static String family(String id) {
        String pkg = RuleRegistry.builtIn().byId(id).orElseThrow().getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(String id) {
        Path file = docs().resolve(id + ".md");
        assertThat(file).as("page of rule " + id).isRegularFile();
        return read(file);
    }

    // ---- the catalogue: rules, pages, messages ----

    @Test
    void everyRuleHasAPageAndEveryPageARule() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(docs())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .forEach(n -> pages.add(n.substring(0, n.length() - ".md".length())));
        }
        Set<String> rules = new TreeSet<>(ruleIds().toList());
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(pages);
        Set<String> orphans = new TreeSet<>(pages);
        orphans.removeAll(rules);
        assertThat(missing).as("rules without a page in docs/rules").isEmpty();
        assertThat(orphans).as("pages in docs/rules for no rule").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void everyPageIsShippedInTheJarAndFoundByIdOrFormerId(String id) {
        assertThat(RuleDocs.page(id)).as("RuleDocs.page(" + id + ")").contains(page(id));
        for (String alt : rule(id).altIds()) {
            assertThat(RuleDocs.page(alt)).as("RuleDocs.page(" + alt + "), a former id of " + id).contains(page(id));
        }
    }

    @Test
    void anUnknownIdHasNoPage() {
        assertThat(RuleDocs.page("no-such-rule")).isEmpty();
        assertThat(RuleDocs.page("README")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void everyRuleHasAnEnglishAndAVietnameseMessage(String id) {
        for (Locale locale : List.of(Locale.ENGLISH, VI)) {
            assertThat(keys(locale)).as("message of " + id + " in " + locale + " (key " + id + " or " + id + ".<variant>)")
                    .anyMatch(k -> k.equals(id) || k.startsWith(id + "."));
        }
    }

    @Test
    void everyMessageKeyBelongsToARuleOrTheReportsOrTheConfiguration() {
        for (Locale locale : List.of(Locale.ENGLISH, VI)) {
            for (String key : keys(locale)) {
                if (EXEMPT_KEY_PREFIXES.stream().anyMatch(key::startsWith)) {
                    continue;
                }
                String owner = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                assertThat(RuleRegistry.builtIn().byId(owner)).as("rule owning message key " + key + " (" + locale + ")")
                        .isPresent();
            }
        }
    }

    /** The keys the bundle file of that language defines itself (not those it inherits from English). */
    private static Set<String> keys(Locale locale) {
        return MessagesTest.ownKeys(locale);
    }

    // ---- the fixed structure of a page ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void everyPageHasTheFixedParts(String id) {
        String text = page(id);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(id + ".md is NFC").isTrue();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).as("first line of " + id + ".md").isEqualTo("# " + id);
        Matcher header = HEADER.matcher(lines.get(1));
        assertThat(header.matches()).as("second line of " + id + ".md: **Default severity:** … · **Family:** …").isTrue();
        assertThat(header.group(1)).as("default severity stated in " + id + ".md")
                .isEqualTo(rule(id).defaultSeverity().id());
        assertThat(header.group(2)).as("family stated in " + id + ".md").isEqualTo(family(id));

        Map<String, List<String>> sections = sections(lines);
        assertThat(sections.keySet()).as("headings of " + id + ".md, in order").containsExactlyElementsOf(
                Stream.concat(Stream.of("summary"), HEADINGS.stream()).toList());
        sections.forEach((heading, body) -> assertThat(body).as(heading + " of " + id + ".md")
                .anyMatch(l -> !l.isBlank()));
        assertThat(blocks(sections.get("## Failing example"))).as("failing example of " + id)
                .anyMatch(b -> b.lang().equals("yaml")).anyMatch(b -> b.lang().equals("text"));
        assertThat(blocks(sections.get("## Passing example"))).as("passing example of " + id)
                .anyMatch(b -> b.lang().equals("yaml"));
    }

    /** The lines under each {@code ## } heading outside code blocks; "summary" holds those before the first. */
    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String current = "summary";
        out.put(current, new ArrayList<>());
        boolean code = false;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("```")) {
                code = !code;
            }
            if (!code && line.startsWith("## ")) {
                current = line.strip();
                assertThat(out).as("heading " + current + " appears once").doesNotContainKey(current);
                out.put(current, new ArrayList<>());
            } else {
                out.get(current).add(line);
            }
        }
        return out;
    }

    /** A fenced code block and the fixture named last before it ({@code `fires-….yaml`}), if any. */
    private record Block(String lang, List<String> lines, String fixture) {
    }

    private static List<Block> blocks(List<String> section) {
        List<Block> out = new ArrayList<>();
        String fixture = null;
        List<String> body = null;
        String lang = null;
        for (String line : section) {
            if (body == null && line.startsWith("```")) {
                lang = line.substring(3).strip();
                body = new ArrayList<>();
            } else if (body != null && line.startsWith("```")) {
                out.add(new Block(lang, body, fixture));
                body = null;
            } else if (body != null) {
                body.add(line);
            } else {
                Matcher m = FIXTURE.matcher(line);
                if (m.find()) {
                    fixture = m.group(1);
                }
            }
        }
        return out;
    }

    // ---- the examples are real ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void everyExampleLineComesFromTheFixtureItNames(String id) {
        Map<String, List<String>> sections = sections(page(id).lines().toList());
        check(id, sections.get("## Failing example"), "fires-");
        check(id, sections.get("## Passing example"), "passes-");
    }

    private static void check(String id, List<String> section, String prefix) {
        for (Block b : blocks(section)) {
            if (!b.lang().equals("yaml")) {
                continue;
            }
            assertThat(b.fixture()).as(id + ": a YAML example follows the name of its fixture, `" + prefix + "….yaml`")
                    .isNotNull().startsWith(prefix);
            Path fixture = fixtures().resolve(id).resolve(b.fixture());
            assertThat(fixture).as(id + ": fixture " + b.fixture()).exists();
            Set<String> source = new LinkedHashSet<>();
            for (Path file : files(fixture)) {
                read(file).lines().map(l -> l.replaceFirst("\\s+#\\s*expect:.*$", "").strip()).forEach(source::add);
            }
            for (String line : b.lines()) {
                String content = line.strip().startsWith("#") ? "" : line.replaceFirst("\\s+#.*$", "").strip();
                if (!content.isEmpty()) {
                    assertThat(source).as(id + ": example line '" + line.strip() + "' in fixture " + b.fixture())
                            .contains(content);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void everyFindingQuotedIsReformplansOutputInEnglishAndVietnamese(String id) {
        int quoted = 0;
        for (Block b : blocks(sections(page(id).lines().toList()).get("## Failing example"))) {
            if (!b.lang().equals("text")) {
                continue;
            }
            assertThat(b.fixture()).as(id + ": the findings quoted follow the name of their fixture").isNotNull();
            Path fixture = fixtures().resolve(id).resolve(b.fixture());
            Map<String, String> pairs = output(id, fixture);
            Set<String> lines = new LinkedHashSet<>(b.lines().stream().filter(l -> !l.isBlank()).toList());
            for (String line : lines) {
                Matcher m = QUOTED.matcher(line);
                assertThat(m.matches()).as(id + ": '" + line + "' has the form path:line:col: severity rule message")
                        .isTrue();
                assertThat(m.group(5)).as(id + ": rule of '" + line + "'").isEqualTo(id);
                assertThat(pairs).as(id + ": '" + line + "' is what reformplan reports on " + b.fixture()
                        + "; it reports:\n" + String.join("\n", pairs.keySet())).containsKey(line);
                assertThat(lines).as(id + ": the same finding in the other language is quoted too").contains(pairs.get(line));
                quoted++;
            }
        }
        assertThat(quoted).as(id + ": the failing example quotes the findings").isPositive();
    }

    /**
     * The findings of rule {@code id} on a fixture as the text report prints them, path relative to the
     * rule's fixture folder: each English line mapped to its Vietnamese line and back.
     */
    private static Map<String, String> output(String id, Path fixture) {
        Map<String, String> out = new HashMap<>();
        Path base = fixtures().resolve(id);
        for (Finding f : VALIDATOR.validate(files(fixture)).findings()) {
            if (!f.rule().equals(id)) {
                continue;
            }
            String file = f.location().file();
            String rel = base.relativize(Path.of(file)).toString().replace('\\', '/');
            String en = rel + TextReport.line(f, Locale.ENGLISH).substring(file.length());
            String vi = rel + TextReport.line(f, VI).substring(file.length());
            out.put(en, vi);
            out.put(vi, en);
        }
        return out;
    }

    private static List<Path> files(Path fixture) {
        return Files.isDirectory(fixture) ? PlanFiles.expand(List.of(fixture)) : List.of(fixture);
    }

    // ---- the index ----

    @Test
    void theIndexListsEveryRuleWithItsSeverityFamilyAndSummary() {
        Map<String, Matcher> rows = new LinkedHashMap<>();
        for (String line : read(docs().resolve("README.md")).lines().toList()) {
            Matcher m = INDEX_ROW.matcher(line);
            if (m.matches()) {
                assertThat(rows.put(m.group(1), m)).as("one row for " + m.group(1)).isNull();
            }
        }
        assertThat(rows.keySet()).as("rules in docs/rules/README.md").containsExactlyInAnyOrderElementsOf(ruleIds().toList());
        rows.forEach((id, m) -> {
            assertThat(m.group(2)).as("link of " + id).isEqualTo(id + ".md");
            assertThat(m.group(3)).as("default severity of " + id).isEqualTo(rule(id).defaultSeverity().id());
            assertThat(m.group(4)).as("family of " + id).isEqualTo(family(id));
            assertThat(m.group(5)).as("summary of " + id + " (its @RuleInfo summary)").isEqualTo(rule(id).summary());
        });
    }
}
