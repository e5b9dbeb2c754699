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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule catalogue is complete, in the manner of Checkstyle's AllChecksTest: every rule of
 * {@link RuleRegistry} has its page in English ({@code docs/rules/<id>.md}) and in Vietnamese
 * ({@code docs/rules/vi/<id>.md}) with the fixed parts, served by {@link RuleDocs}, and a message in English and
 * in Vietnamese; every page and every message key belongs to a rule. The pages' examples are kept honest: each
 * line of a YAML example appears in the fixture it names, the Vietnamese page shows the very same examples, and
 * each finding quoted is one reformplan produces on that fixture in the page's language, the Vietnamese page
 * quoting the same findings as the English one.
 */
class RuleDocsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** What differs between the English and the Vietnamese pages: the words of their fixed parts. */
    enum Language {
        EN(Locale.ENGLISH, "",
                List.of("## Why", "## Basis", "## Failing example", "## Passing example", "## Options"),
                Pattern.compile("\\*\\*Default severity:\\*\\* (\\S+) · \\*\\*Family:\\*\\* (\\S+)"),
                Pattern.compile("(\\S+):(\\d+):(\\d+): (error|warning|info) (\\S+) .+")),
        VI(RuleDocsTest.VI, "vi",
                List.of("## Vì sao", "## Căn cứ", "## Ví dụ sai", "## Ví dụ đúng", "## Tùy chọn"),
                Pattern.compile("\\*\\*Mức độ mặc định:\\*\\* (.+) \\((\\S+)\\) · \\*\\*Nhóm:\\*\\* (.+) \\((\\S+)\\)"),
                Pattern.compile("(\\S+):(\\d+):(\\d+): (lỗi|cảnh báo|thông tin) (\\S+) .+"));

        final Locale locale;
        final String folder;
        final List<String> headings;
        final Pattern header;
        final Pattern quoted;

        Language(Locale locale, String folder, List<String> headings, Pattern header, Pattern quoted) {
            this.locale = locale;
            this.folder = folder;
            this.headings = headings;
            this.header = header;
            this.quoted = quoted;
        }

        String failing() {
            return headings.get(2);
        }

        String passing() {
            return headings.get(3);
        }

        Path dir() {
            return folder.isEmpty() ? docs() : docs().resolve(folder);
        }
    }

    /** A rule family's name on the Vietnamese pages, after which its id is given. */
    private static final Map<String, String> FAMILY_VI = Map.of("input", "đầu vào", "structure", "cấu trúc",
            "agency", "cơ quan", "deadline", "thời hạn", "target", "chỉ tiêu");
    private static final Pattern FIXTURE = Pattern.compile("`((?:fires|passes)-[^`/]+)/?`");
    private static final Pattern INDEX_ROW =
            Pattern.compile("\\| \\[`([^`]+)`\\]\\(([^)]+)\\) \\| ([^|]+) \\| ([^|]+) \\| (.+) \\|");
    /** Message keys that belong to the reports, the configuration, fix, init, usage errors and the Maven plugin. */
    private static final List<String> EXEMPT_KEY_PREFIXES =
            List.of("report.", "config.", "fix.", "init.", "usage.", "maven.", "location.", "run.", "output.",
                    "baseline.", "cli.", "diff.", "import.");
    private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();

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

    static Stream<Arguments> pages() {
        return ruleIds().flatMap(id -> Stream.of(Language.values()).map(l -> Arguments.of(id, l)));
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

    private static String page(String id, Language language) {
        Path file = language.dir().resolve(id + ".md");
        assertThat(file).as(language + " page of rule " + id).isRegularFile();
        return read(file);
    }

    private static Map<String, List<String>> sections(String id, Language language) {
        return sections(page(id, language).lines().toList());
    }

    // ---- the catalogue: rules, pages, messages ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyRuleHasAPageAndEveryPageARule(Language language) throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(language.dir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .forEach(n -> pages.add(n.substring(0, n.length() - ".md".length())));
        }
        Set<String> rules = new TreeSet<>(ruleIds().toList());
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(pages);
        Set<String> orphans = new TreeSet<>(pages);
        orphans.removeAll(rules);
        assertThat(missing).as("rules without a page in " + language.dir()).isEmpty();
        assertThat(orphans).as("pages in " + language.dir() + " for no rule").isEmpty();
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void everyPageIsShippedInTheJarAndFoundByIdOrFormerId(String id, Language language) {
        assertThat(RuleDocs.page(id, language.locale)).as("RuleDocs.page(" + id + ", " + language + ")")
                .contains(page(id, language));
        for (String alt : rule(id).altIds()) {
            assertThat(RuleDocs.page(alt, language.locale)).as("RuleDocs.page(" + alt + "), a former id of " + id)
                    .contains(page(id, language));
        }
        if (language == Language.EN) {
            assertThat(RuleDocs.page(id)).contains(page(id, language));
        }
    }

    @Test
    void anUnknownIdHasNoPage() {
        assertThat(RuleDocs.page("no-such-rule")).isEmpty();
        assertThat(RuleDocs.page("README")).isEmpty();
        assertThat(RuleDocs.page("README", VI)).isEmpty();
    }

    @Test
    void pagePathsAreTheRepositorysFiles() {
        assertThat(RuleDocs.path("agency-defunct", Locale.ENGLISH)).isEqualTo("docs/rules/agency-defunct.md");
        assertThat(RuleDocs.path("agency-defunct", VI)).isEqualTo("docs/rules/vi/agency-defunct.md");
        for (Language l : Language.values()) {
            assertThat(docs().getParent().getParent().resolve(RuleDocs.path("agency-defunct", l.locale))).isRegularFile();
        }
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
                assertThat(RuleRegistry.builtIn().byId(owner).isPresent()
                        || io.github.reformplan.diff.ChangeCatalogue.builtIn().byId(owner).isPresent())
                        .as("rule or change check owning message key " + key + " (" + locale + ")").isTrue();
            }
        }
    }

    /** The keys the bundle file of that language defines itself (not those it inherits from English). */
    private static Set<String> keys(Locale locale) {
        return MessagesTest.ownKeys(locale);
    }

    // ---- the fixed structure of a page ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void everyPageHasTheFixedParts(String id, Language language) {
        String text = page(id, language);
        String name = language.folder.isEmpty() ? id + ".md" : language.folder + "/" + id + ".md";
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(name + " is NFC").isTrue();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).as("first line of " + name).isEqualTo("# " + id);
        Matcher header = language.header.matcher(lines.get(1));
        assertThat(header.matches()).as("second line of " + name + ": " + language.header).isTrue();
        if (language == Language.EN) {
            assertThat(header.group(1)).as("default severity stated in " + name).isEqualTo(rule(id).defaultSeverity().id());
            assertThat(header.group(2)).as("family stated in " + name).isEqualTo(family(id));
        } else {
            assertThat(header.group(1)).as("default severity stated in " + name)
                    .isEqualTo(Messages.severity(VI, rule(id).defaultSeverity()));
            assertThat(header.group(2)).as("default severity's id in " + name).isEqualTo(rule(id).defaultSeverity().id());
            assertThat(header.group(3)).as("family stated in " + name).isEqualTo(FAMILY_VI.get(family(id)));
            assertThat(header.group(4)).as("family's id in " + name).isEqualTo(family(id));
        }

        Map<String, List<String>> sections = sections(lines);
        assertThat(sections.keySet()).as("headings of " + name + ", in order").containsExactlyElementsOf(
                Stream.concat(Stream.of("summary"), language.headings.stream()).toList());
        sections.forEach((heading, body) -> assertThat(body).as(heading + " of " + name).anyMatch(l -> !l.isBlank()));
        assertThat(blocks(sections.get(language.failing()))).as("failing example of " + name)
                .anyMatch(b -> b.lang().equals("yaml")).anyMatch(b -> b.lang().equals("text"));
        assertThat(blocks(sections.get(language.passing()))).as("passing example of " + name)
                .anyMatch(b -> b.lang().equals("yaml"));
    }

    /** The Vietnamese page shows the English page's examples: the same YAML, from the same fixtures. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void theVietnamesePageHasTheSameExamples(String id) {
        Map<String, List<String>> en = sections(id, Language.EN);
        Map<String, List<String>> vi = sections(id, Language.VI);
        for (int i = 0; i < Language.EN.headings.size(); i++) {
            List<Block> enBlocks = blocks(en.get(Language.EN.headings.get(i)));
            List<Block> viBlocks = blocks(vi.get(Language.VI.headings.get(i)));
            String section = Language.VI.headings.get(i) + " of vi/" + id + ".md";
            assertThat(viBlocks).as(section + ": code blocks (language, fixture)")
                    .extracting(b -> b.lang() + " " + b.fixture())
                    .containsExactlyElementsOf(enBlocks.stream().map(b -> b.lang() + " " + b.fixture()).toList());
            for (int b = 0; b < enBlocks.size(); b++) {
                if (!enBlocks.get(b).lang().equals("text")) {
                    assertThat(viBlocks.get(b).lines()).as(section + ": block " + (b + 1) + " as on the English page")
                            .containsExactlyElementsOf(enBlocks.get(b).lines());
                }
            }
        }
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
        Map<String, List<String>> sections = sections(id, Language.EN);
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

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void everyFindingQuotedIsReformplansOutputInThePagesLanguage(String id, Language language) {
        List<String> quoted = quoted(id, language);
        assertThat(quoted).as(id + ": the failing example quotes the findings").isNotEmpty();
    }

    /** The Vietnamese page quotes the findings the English page quotes: same places, same rule, same order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void theVietnamesePageQuotesTheSameFindings(String id) {
        assertThat(quoted(id, Language.VI).stream().map(RuleDocsTest::place).toList()).as("findings quoted in vi/" + id + ".md")
                .containsExactlyElementsOf(quoted(id, Language.EN).stream().map(RuleDocsTest::place).toList());
    }

    private static String place(String line) {
        return line.substring(0, line.indexOf(": "));
    }

    /** The findings quoted in a page's failing example, each checked against reformplan's output in its language. */
    private static List<String> quoted(String id, Language language) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(sections(id, language).get(language.failing()))) {
            if (!b.lang().equals("text")) {
                continue;
            }
            assertThat(b.fixture()).as(id + ": the findings quoted follow the name of their fixture").isNotNull();
            Set<String> produced = output(id, fixtures().resolve(id).resolve(b.fixture()), language.locale);
            for (String line : b.lines().stream().filter(l -> !l.isBlank()).toList()) {
                Matcher m = language.quoted.matcher(line);
                assertThat(m.matches()).as(id + " (" + language + "): '" + line + "' has the form "
                        + language.quoted).isTrue();
                assertThat(m.group(5)).as(id + ": rule of '" + line + "'").isEqualTo(id);
                assertThat(produced).as(id + ": '" + line + "' is what reformplan reports on " + b.fixture()
                        + " in " + language + "; it reports:\n" + String.join("\n", produced)).contains(line);
                out.add(line);
            }
        }
        return out;
    }

    /** The findings of rule {@code id} on a fixture as the text report prints them, path relative to the rule's folder. */
    private static Set<String> output(String id, Path fixture, Locale locale) {
        Set<String> out = new LinkedHashSet<>();
        Path base = fixtures().resolve(id);
        for (Finding f : VALIDATOR.validate(files(fixture)).findings()) {
            if (f.rule().equals(id)) {
                String file = f.location().file();
                String rel = base.relativize(Path.of(file)).toString().replace('\\', '/');
                out.add(rel + TextReport.line(f, locale).substring(file.length()));
            }
        }
        return out;
    }

    private static List<Path> files(Path fixture) {
        return Files.isDirectory(fixture) ? PlanFiles.expand(List.of(fixture)) : List.of(fixture);
    }

    // ---- the index ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theIndexListsEveryRuleWithItsSeverityFamilyAndSummary(Language language) {
        Map<String, Matcher> rows = new LinkedHashMap<>();
        for (String line : read(language.dir().resolve("README.md")).lines().toList()) {
            Matcher m = INDEX_ROW.matcher(line);
            if (m.matches()) {
                assertThat(rows.put(m.group(1), m)).as("one row for " + m.group(1)).isNull();
            }
        }
        assertThat(rows.keySet()).as("rules in " + language.dir().resolve("README.md"))
                .containsExactlyInAnyOrderElementsOf(ruleIds().toList());
        rows.forEach((id, m) -> {
            assertThat(m.group(2)).as("link of " + id).isEqualTo(id + ".md");
            if (language == Language.EN) {
                assertThat(m.group(3)).as("default severity of " + id).isEqualTo(rule(id).defaultSeverity().id());
                assertThat(m.group(4)).as("family of " + id).isEqualTo(family(id));
                assertThat(m.group(5)).as("summary of " + id + " (its @RuleInfo summary)").isEqualTo(rule(id).summary());
            } else {
                assertThat(m.group(3)).as("default severity of " + id).isEqualTo(Messages.severity(VI, rule(id).defaultSeverity()));
                assertThat(m.group(4)).as("family of " + id).isEqualTo(FAMILY_VI.get(family(id)));
                assertThat(m.group(5)).as("summary of " + id + " (its Vietnamese summary)")
                        .isEqualTo(RuleSummaries.of(rule(id), VI));
            }
        });
    }
}
