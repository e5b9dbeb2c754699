package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reformplan.metric.Floor;
import io.github.reformplan.metric.Floors;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The configuration file: every key applied, every bad file refused with a clear message, the schema itself. */
class ConfigFileTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(ConfigFileTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ConfigFileTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    // ---- every key applied ----

    @Test
    void everyKeyIsApplied() {
        Path file = resource("/config/reformplan.yaml");
        ConfigFile config = ConfigFile.load(file);
        ValidatorConfig v = config.validator();

        assertThat(config.source()).isEqualTo(file);
        assertThat(config.language()).contains("vi");
        assertThat(config.locale()).contains(VI);
        assertThat(config.baseline()).contains(file.getParent().resolve("baselines/reformplan-baseline.json"));

        assertThat(v.severities()).isEqualTo(Map.of(
                "agency-multiple-leads", Optional.empty(),
                "plan-issued-late", Optional.empty(),
                "task-output-missing", Optional.of(Severity.INFO),
                "deadline-unparsed", Optional.of(Severity.ERROR)));

        assertThat(ValidatorConfig.DEFAULTS.agencies().lookup("BQLDA tỉnh")).isEmpty();
        assertThat(v.agencies().lookup("BQLDA tỉnh"))
                .hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("ban-quan-ly-du-an-tinh"));
        assertThat(v.agencies().lookup("Sở Tư pháp")).isPresent(); // the built-in agencies stay

        Floors builtIn = ValidatorConfig.DEFAULTS.floors();
        assertThat(builtIn.floorFor("satisfaction-rate", 2026)).isEmpty(); // ships switched off
        assertThat(v.floors().floorFor("satisfaction-rate", 2026)).map(Floor::amount).contains(new BigDecimal("95"));
        assertThat(builtIn.floorFor("online-payment-tthc", 2026)).map(Floor::amount).contains(new BigDecimal("80"));
        assertThat(v.floors().floorFor("online-payment-tthc", 2026)).map(Floor::amount).contains(new BigDecimal("85"));
        assertThat(v.floors().floorFor("online-payment-tthc", 2026)).map(Floor::source).contains("NQ 76/NQ-CP");
        assertThat(v.floors().floorFor("digitised-dossiers", 2026)).isEmpty();
        assertThat(v.floors().floorFor("digitised-dossiers", 2031)).hasValueSatisfying(f -> {
            assertThat(f.amount()).isEqualByComparingTo("60");
            assertThat(f.source()).isEqualTo("QĐ 1/QĐ-UBND");
            assertThat(f.note()).isEqualTo("Added by the province");
        });

        assertThat(v.leadTimeDays()).isEqualTo(10);
        assertThat(v.reportGrace()).isEqualTo(Period.ofMonths(2));
        assertThat(v.limits()).isEqualTo(ReadLimits.DEFAULT.withMaxBytes(5L * 1024 * 1024));
        assertThat(v.metrics()).isSameAs(ValidatorConfig.DEFAULTS.metrics());
    }

    @Test
    void validatorConfigLoadIsTheValidatorPart() {
        Path file = resource("/config/reformplan.yaml");
        ValidatorConfig v = ValidatorConfig.load(file);
        ValidatorConfig c = ConfigFile.load(file).validator();
        assertThat(v.severities()).isEqualTo(c.severities());
        assertThat(v.limits()).isEqualTo(c.limits());
        assertThat(v.leadTimeDays()).isEqualTo(c.leadTimeDays());
        assertThat(v.reportGrace()).isEqualTo(c.reportGrace());
        assertThat(v.floors().all()).isEqualTo(c.floors().all());
        assertThat(v.agencies().agencies()).isEqualTo(c.agencies().agencies());
    }

    @Test
    void jsonIsAcceptedAndFalseMeansOff() {
        ConfigFile config = ConfigFile.load(resource("/config/json/reformplan.json"));
        assertThat(config.language()).contains("en");
        assertThat(config.baseline()).isEmpty();
        assertThat(config.validator().severities()).isEqualTo(Map.of(
                "task-output-missing", Optional.empty(),
                "agency-alias", Optional.of(Severity.WARNING)));
        assertThat(config.validator().leadTimeDays()).isZero();
        assertThat(config.validator().reportGrace()).isEqualTo(ValidatorConfig.DEFAULTS.reportGrace());
    }

    @Test
    void aFileOfCommentsOrAnEmptyMappingKeepsEveryDefault() throws IOException {
        for (String content : List.of("# nothing configured yet\n", "{}\n", "rules: {}\nfloors: []\n")) {
            ConfigFile config = ConfigFile.load(write("reformplan.yaml", content));
            assertThat(config.validator()).as(content).isEqualTo(ValidatorConfig.DEFAULTS);
            assertThat(config.language()).isEmpty();
            assertThat(config.baseline()).isEmpty();
        }
    }

    @Test
    void pathsAreRelativeToTheConfigFileNotTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("team/agencies"));
        Files.copy(resource("/config/agencies/ha-tinh.yaml"), dir.resolve("team/agencies/ha-tinh.yaml"));
        ConfigFile config = ConfigFile.load(write("team/reformplan.yaml",
                "agencies: agencies/ha-tinh.yaml\nbaseline: ../baselines/b.json\n"));
        assertThat(config.baseline()).contains(dir.resolve("baselines/b.json"));
        assertThat(config.validator().agencies().lookup("BQLDA tỉnh")).isPresent();
        Path absolute = dir.resolve("elsewhere/b.json");
        assertThat(ConfigFile.load(write("abs.yaml", "baseline: '" + absolute + "'\n")).baseline()).contains(absolute);
    }

    @Test
    void aRenamedRuleIsConfiguredByItsFormerId() throws IOException {
        RuleRegistry registry = RuleRegistry.of(List.of(new RenamedRule()));
        Path file = write("reformplan.yaml", "rules:\n  old-name: error\n");
        assertThat(ConfigFile.load(file, registry).validator().severities())
                .isEqualTo(Map.of("new-name", Optional.of(Severity.ERROR)));
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
                () -> ConfigFile.load(write("typo.yaml", "rules:\n  old-nme: off\n"), registry));
        assertThat(e.message(Locale.ENGLISH)).endsWith("Unknown rule id in 'rules.old-nme'; did you mean 'old-name'?");
    }

    @RuleInfo(id = "new-name", altIds = "old-name", severity = Severity.WARNING, summary = "A renamed rule")
    static final class RenamedRule implements PlanRule {
        @Override
        public void check(PlanContext context, FindingSink sink) {
        }
    }

    // ---- discovery ----

    @Test
    void discoverFindsReformplanYamlThenYml() throws IOException {
        assertThat(ConfigFile.discover(dir)).isEmpty();
        write("reformplan.yml", "language: en\n");
        assertThat(ConfigFile.discover(dir)).hasValueSatisfying(c -> {
            assertThat(c.source()).isEqualTo(dir.resolve("reformplan.yml"));
            assertThat(c.language()).contains("en");
        });
        write("reformplan.yaml", "language: vi\n");
        assertThat(ConfigFile.discover(dir)).map(ConfigFile::language).contains(Optional.of("vi"));
    }

    @Test
    void discoverReportsABadFileItFinds() throws IOException {
        write("reformplan.yaml", "language: fr\n");
        assertThatThrownBy(() -> ConfigFile.discover(dir)).isInstanceOf(InvalidConfigException.class);
    }

    // ---- bad configurations ----

    /**
     * Each bad file: its content, the key at fault, where, and the message in English and Vietnamese
     * (after {@code file:line:column: }).
     */
    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("unknown top-level key, with a suggestion", "language: vi\nrule:\n  parse: off\n",
                        "rule", "2:1",
                        "Unknown key 'rule'; did you mean 'rules'?",
                        "Khóa 'rule' không hợp lệ; có phải ý bạn là 'rules'?"),
                Arguments.of("unknown nested key", "deadlines:\n  leadTime: 3\n",
                        "deadlines.leadTime", "2:3",
                        "Unknown key 'deadlines.leadTime'; did you mean 'leadTimeDays'?",
                        "Khóa 'deadlines.leadTime' không hợp lệ; có phải ý bạn là 'leadTimeDays'?"),
                Arguments.of("unknown key, nothing near", "limits:\n  timeoutSeconds: 3\n",
                        "limits.timeoutSeconds", "2:3",
                        "Unknown key 'limits.timeoutSeconds'; the keys allowed here are: maxFileMegabytes",
                        "Khóa 'limits.timeoutSeconds' không hợp lệ; các khóa được phép ở đây là: maxFileMegabytes"),
                Arguments.of("unknown key in a floor", "floors:\n  - { metric: satisfaction-rate, year: 2026, enable: true }\n",
                        "floors[0].enable", "2:46",
                        "Unknown key 'floors[0].enable'; did you mean 'enabled'?",
                        "Khóa 'floors[0].enable' không hợp lệ; có phải ý bạn là 'enabled'?"),
                Arguments.of("unknown rule, with a suggestion", "rules:\n  task-output-missing: info\n  agency-unknwn: off\n",
                        "rules.agency-unknwn", "3:3",
                        "Unknown rule id in 'rules.agency-unknwn'; did you mean 'agency-unknown'?",
                        "Mã quy tắc tại 'rules.agency-unknwn' không tồn tại; có phải ý bạn là 'agency-unknown'?"),
                Arguments.of("unknown rule, in another case", "rules:\n  Task-Output-Missing: info\n",
                        "rules.Task-Output-Missing", "2:3",
                        "Unknown rule id in 'rules.Task-Output-Missing'; did you mean 'task-output-missing'?",
                        "Mã quy tắc tại 'rules.Task-Output-Missing' không tồn tại; có phải ý bạn là 'task-output-missing'?"),
                Arguments.of("unknown rule, cut short", "rules:\n  task-output: info\n",
                        "rules.task-output", "2:3",
                        "Unknown rule id in 'rules.task-output'; did you mean 'task-output-missing'?",
                        "Mã quy tắc tại 'rules.task-output' không tồn tại; có phải ý bạn là 'task-output-missing'?"),
                Arguments.of("unknown rule, nothing near", "rules:\n  spelling: off\n",
                        "rules.spelling", "2:3",
                        "Unknown rule id in 'rules.spelling'; `reformplan rules` lists the rules",
                        "Mã quy tắc tại 'rules.spelling' không tồn tại; lệnh `reformplan rules` liệt kê các quy tắc"),
                Arguments.of("invalid severity", "rules:\n  task-output-missing: warn\n",
                        "rules.task-output-missing", "2:24",
                        "'warn' in 'rules.task-output-missing' is not a severity; use error, warning, info or off",
                        "'warn' tại 'rules.task-output-missing' không phải mức độ hợp lệ; hãy dùng error, warning, info hoặc off"),
                Arguments.of("on is not a severity", "rules:\n  parse: on\n",
                        "rules.parse", "2:10",
                        "'true' in 'rules.parse' is not a severity; use error, warning, info or off",
                        "'true' tại 'rules.parse' không phải mức độ hợp lệ; hãy dùng error, warning, info hoặc off"),
                Arguments.of("unknown language", "language: fr\n",
                        "language", "1:11",
                        "'language' is 'fr'; it must be one of [\"vi\", \"en\"]",
                        "'language' có giá trị 'fr'; giá trị phải thuộc [\"vi\", \"en\"]"),
                Arguments.of("wrong type", "deadlines:\n  leadTimeDays: soon\n",
                        "deadlines.leadTimeDays", "2:17",
                        "'deadlines.leadTimeDays' has the wrong type: string found, integer expected",
                        "'deadlines.leadTimeDays' sai kiểu dữ liệu: có string, cần integer"),
                Arguments.of("below the minimum", "deadlines:\n  reportGraceMonths: -1\n",
                        "deadlines.reportGraceMonths", "2:22",
                        "'deadlines.reportGraceMonths' is -1; it must be at least 0",
                        "'deadlines.reportGraceMonths' là -1; giá trị phải tối thiểu là 0"),
                Arguments.of("above the maximum", "limits:\n  maxFileMegabytes: 4096\n",
                        "limits.maxFileMegabytes", "2:21",
                        "'limits.maxFileMegabytes' is 4096; it must be at most 200",
                        "'limits.maxFileMegabytes' là 4096; giá trị phải tối đa là 200"),
                Arguments.of("empty baseline", "baseline: ''\n",
                        "baseline", "1:11",
                        "'baseline' must not be empty",
                        "'baseline' không được để trống"),
                Arguments.of("floor without metric", "floors:\n  - year: 2026\n    enabled: true\n",
                        "floors[0].metric", "2:5",
                        "'floors[0].metric' is missing; it is required",
                        "Thiếu 'floors[0].metric'; khóa này là bắt buộc"),
                Arguments.of("malformed metric id", "floors:\n  - { metric: Satisfaction Rate, year: 2026 }\n",
                        "floors[0].metric", "2:15",
                        "'floors[0].metric' is 'Satisfaction Rate', which does not have the required form (pattern ^[a-z0-9]+(-[a-z0-9]+)*$)",
                        "'floors[0].metric' có giá trị 'Satisfaction Rate', không đúng định dạng yêu cầu (mẫu ^[a-z0-9]+(-[a-z0-9]+)*$)"),
                Arguments.of("unknown metric", "floors:\n  - { metric: satisfaction-rat, year: 2026, enabled: true }\n",
                        "floors[0].metric", "2:15",
                        "Unknown metric 'satisfaction-rat' in 'floors[0].metric'; did you mean 'satisfaction-rate'?",
                        "Chỉ số 'satisfaction-rat' tại 'floors[0].metric' không tồn tại; có phải ý bạn là 'satisfaction-rate'?"),
                Arguments.of("floor year that no floor covers",
                        "floors:\n  - { metric: online-payment-tthc, year: 2026, enabled: true }\n"
                                + "  - { metric: satisfaction-rate, year: 2024, enabled: true }\n",
                        "floors[1].year", "3:40",
                        "'floors[1]' matches no floor: no floor of satisfaction-rate covers 2024 (its floors cover "
                                + "2026–2030 (QĐ 282/QĐ-TTg), 2025–2029 (NQ 76/NQ-CP), 2030 (NQ 76/NQ-CP)); "
                                + "give comparator and amount to add one",
                        "'floors[1]' không khớp ngưỡng nào: không có ngưỡng nào của satisfaction-rate áp dụng cho năm 2024 "
                                + "(các ngưỡng hiện có: 2026–2030 (QĐ 282/QĐ-TTg), 2025–2029 (NQ 76/NQ-CP), 2030 (NQ 76/NQ-CP)); "
                                + "hãy ghi comparator và amount để thêm ngưỡng mới"),
                Arguments.of("floor of a metric without floors", "floors:\n  - { metric: e-results, year: 2026, enabled: false }\n",
                        "floors[0].year", "2:32",
                        "'floors[0]' matches no floor: there is no floor of e-results to change; give comparator and amount to add one",
                        "'floors[0]' không khớp ngưỡng nào: e-results không có ngưỡng nào để thay đổi; "
                                + "hãy ghi comparator và amount để thêm ngưỡng mới"),
                Arguments.of("floor from another source", "floors:\n  - { metric: online-payment-tthc, year: 2026, source: QĐ 282/QĐ-TTg, enabled: false }\n",
                        "floors[0].year", "2:42",
                        "'floors[0]' matches no floor: no floor of online-payment-tthc from QĐ 282/QĐ-TTg covers 2026 "
                                + "(its floors cover 2025–2030 (NQ 76/NQ-CP)); give comparator and amount to add one",
                        "'floors[0]' không khớp ngưỡng nào: không có ngưỡng nào của online-payment-tthc theo QĐ 282/QĐ-TTg "
                                + "áp dụng cho năm 2026 (các ngưỡng hiện có: 2025–2030 (NQ 76/NQ-CP)); "
                                + "hãy ghi comparator và amount để thêm ngưỡng mới"),
                Arguments.of("floor ending before it starts", "floors:\n  - { metric: online-payment-tthc, year: 2026, to: 2024 }\n",
                        "floors[0]", "2:5",
                        "'floors[0]' is not a valid floor: Floor for online-payment-tthc ends (2024) before it starts (2025)",
                        "'floors[0]' không phải ngưỡng hợp lệ: Floor for online-payment-tthc ends (2024) before it starts (2025)"),
                Arguments.of("the first problem in file order", "language: en\nbaseline: ''\ndeadlines:\n  leadTimeDays: -3\nlanguage2: vi\n",
                        "baseline", "2:11",
                        "'baseline' must not be empty",
                        "'baseline' không được để trống"),
                Arguments.of("not a mapping", "- rules\n- floors\n",
                        null, "",
                        "The configuration must be a mapping of keys (language, rules, agencies, floors, deadlines, limits, baseline), not array",
                        "Tệp cấu hình phải là một ánh xạ các khóa (language, rules, agencies, floors, deadlines, limits, baseline), không phải array"),
                Arguments.of("malformed YAML", "rules:\n  parse: off\n   schema: off\n",
                        null, "3:10",
                        "The configuration file cannot be read: Line 3 (“   schema: off”) is not indented like the lines around it",
                        "Không đọc được tệp cấu hình: Dòng 3 (“   schema: off”) không thụt lề giống các dòng xung quanh"),
                Arguments.of("duplicate key", "rules:\n  parse: off\n  parse: error\n",
                        null, "3:3",
                        "The configuration file cannot be read: Key 'parse' appears twice in the same mapping",
                        "Không đọc được tệp cấu hình: Khóa 'parse' xuất hiện hai lần trong cùng một ánh xạ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigurationIsRefusedNamingTheKey(String name, String content, String key, String at, String en, String vi)
            throws IOException {
        Path file = write("reformplan.yaml", content);
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigFile.load(file));
        assertThat(e).as(name).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.key()).isEqualTo(Optional.ofNullable(key));
        String prefix = file + (at.isEmpty() ? "" : ":" + at) + ": ";
        assertThat(e.line() + ":" + e.column()).isEqualTo(at.isEmpty() ? "0:0" : at);
        if (name.startsWith("malformed")) { // the rest is SnakeYAML's own description
            assertThat(e.message(Locale.ENGLISH)).startsWith(prefix + en);
            assertThat(e.message(VI)).startsWith(prefix + vi);
        } else {
            assertThat(e.message(Locale.ENGLISH)).isEqualTo(prefix + en);
            assertThat(e.message(VI)).isEqualTo(prefix + vi);
        }
        assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH));
        if (key != null) {
            assertThat(e.message(Locale.ENGLISH)).contains(key.replaceAll("\\..*", ""));
        }
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("reformplan.yaml");
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigFile.load(file));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(file + ": The configuration file does not exist or is not a file");
        assertThat(e.message(VI)).isEqualTo(file + ": Tệp cấu hình không tồn tại hoặc không phải là tệp");
        assertThat(e.key()).isEmpty();
        assertThat(e.line()).isZero();
        assertThat(e.messageKey()).isEqualTo("config.missing");
    }

    @Test
    void malformedJson() throws IOException {
        Path file = write("reformplan.json", "{ \"rules\": { \"parse\": \"off\", } }");
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigFile.load(file));
        assertThat(e.message(Locale.ENGLISH)).startsWith(file + ":1:").contains("The configuration file cannot be read");
    }

    @Test
    void missingAgenciesFile() throws IOException {
        Path file = write("reformplan.yaml", "language: vi\nagencies: agencies/none.yaml\n");
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigFile.load(file));
        Path agencies = dir.resolve("agencies/none.yaml");
        assertThat(e.key()).contains("agencies");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo(file + ":2:11: The agencies file " + agencies + " named by 'agencies' does not exist");
        assertThat(e.message(VI))
                .isEqualTo(file + ":2:11: Không tìm thấy tệp cơ quan " + agencies + " được khai báo tại 'agencies'");
    }

    @Test
    void invalidAgenciesFile() throws IOException {
        Files.createDirectories(dir.resolve("agencies"));
        Files.copy(resource("/config/agencies/broken.yaml"), dir.resolve("agencies/broken.yaml"));
        Path file = write("reformplan.yaml", "agencies: agencies/broken.yaml\n");
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigFile.load(file));
        Path agencies = dir.resolve("agencies/broken.yaml");
        assertThat(e.key()).contains("agencies");
        assertThat(e.getCause()).isInstanceOf(io.github.reformplan.agency.AgencyDataException.class);
        assertThat(e.message(Locale.ENGLISH))
                .startsWith(file + ":1:11: The agencies file " + agencies + " named by 'agencies' is invalid: ")
                .contains("so-khong-co");
        assertThat(e.message(VI))
                .startsWith(file + ":1:11: Tệp cơ quan " + agencies + " được khai báo tại 'agencies' không hợp lệ: ")
                .contains("so-khong-co");
    }

    @Test
    void everyConfigMessageHasBothLanguages() {
        var en = Messages.bundle(Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        en.getKeys().asIterator().forEachRemaining(k -> {
            if (k.startsWith("config.")) {
                keys.add(k);
            }
        });
        assertThat(keys).hasSizeGreaterThan(20);
        for (String k : keys) {
            assertThat(Messages.bundle(VI).getString(k)).as(k).isNotEqualTo(en.getString(k));
        }
    }

    // ---- end to end ----

    private static List<Finding> validate(ValidatorConfig config, String plan) {
        return PlanValidator.builder().config(config).build()
                .validateSources(List.of(PlanSource.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8))))
                .findings();
    }

    @Test
    void aLoadedConfigTurnsARuleOffAndChangesAnother() throws IOException {
        String plan = text("/clean-plan.yaml")
                .replace("    outputs: [Kế hoạch kiểm tra]\n", "")          // task-output-missing (warning)
                .replace("date: 2025-12-20", "date: 2026-01-15");               // plan-issued-late (warning)
        assertThat(validate(ValidatorConfig.DEFAULTS, plan)).extracting(Finding::rule, Finding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("task-output-missing", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("plan-issued-late", Severity.WARNING));

        Path file = write("reformplan.yaml", "rules:\n  task-output-missing: off\n  plan-issued-late: error\n");
        assertThat(validate(ValidatorConfig.load(file), plan)).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan-issued-late", Severity.ERROR));
    }

    @Test
    void aLoadedConfigBringsItsAgenciesAndFloors() throws IOException {
        String plan = text("/clean-plan.yaml")
                .replace("tasks:\n", "  - id: \"3\"\n    area: procedures\n"
                        + "    text: Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt từ 85% trở lên\n"
                        + "tasks:\n")
                .replace("targets: [\"1\"]", "targets: [\"1\", \"3\"]")
                .replace("lead: [Phòng Kinh tế]", "lead: [BQLDA tỉnh]");
        assertThat(plan).contains("lead: [BQLDA tỉnh]").contains("targets: [\"1\", \"3\"]");
        assertThat(validate(ValidatorConfig.DEFAULTS, plan)).extracting(Finding::rule).containsOnly("agency-unknown");

        ValidatorConfig config = ValidatorConfig.load(resource("/config/reformplan.yaml"));
        assertThat(validate(config, plan)).extracting(Finding::rule)
                .containsOnly("agency-alias", "target-below-floor");
    }

    // ---- the schema ----

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(text("/" + ConfigLoader.SCHEMA_RESOURCE));
    }

    @Test
    void schemaIsValidAgainstTheMetaSchema() throws IOException {
        String text = text("/" + ConfigLoader.SCHEMA_RESOURCE);
        JsonNode schema = schema();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo("https://reformplan.github.io/schema/1/config.schema.json");
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
    }

    @Test
    void everyKeyHasADescriptionAndEveryObjectIsClosed() throws IOException {
        List<String> faults = new ArrayList<>();
        walk(schema(), "#", faults);
        assertThat(faults).isEmpty();
    }

    private static void walk(JsonNode schema, String at, List<String> faults) {
        if ("object".equals(schema.path("type").asText())
                && !schema.path("additionalProperties").isBoolean()) {
            faults.add(at + " lacks additionalProperties: false");
        }
        for (var p : schema.path("properties").properties()) {
            if (!p.getValue().path("description").isTextual()) {
                faults.add(at + "/properties/" + p.getKey() + " lacks a description");
            }
            walk(p.getValue(), at + "/properties/" + p.getKey(), faults);
        }
        for (var d : schema.path("$defs").properties()) {
            if (!d.getValue().path("description").isTextual()) {
                faults.add(at + "/$defs/" + d.getKey() + " lacks a description");
            }
            walk(d.getValue(), at + "/$defs/" + d.getKey(), faults);
        }
        if (schema.has("items")) {
            walk(schema.get("items"), at + "/items", faults);
        }
    }

    /** The schema lists the rules for editor completion: when a rule is added, add it to config.schema.json. */
    @Test
    void theSchemaListsEveryRuleWithItsDefault() throws IOException {
        JsonNode rules = schema().path("properties").path("rules").path("properties");
        TreeSet<String> listed = new TreeSet<>();
        rules.properties().forEach(p -> listed.add(p.getKey()));
        TreeSet<String> known = new TreeSet<>();
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            known.add(d.id());
            known.addAll(d.altIds());
            assertThat(rules.path(d.id()).path("description").asText()).as(d.id())
                    .contains("(default: " + d.defaultSeverity().id() + ")");
        }
        assertThat(listed).isEqualTo(known);
    }

    @Test
    void theExampleConfigurationMatchesTheSchema() throws IOException {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + ConfigLoader.SCHEMA_RESOURCE));
        assertThat(schema.validate(text("/config/reformplan.yaml"), InputFormat.YAML)).isEmpty();
        assertThat(schema.validate(text("/config/json/reformplan.json"), InputFormat.JSON)).isEmpty();
    }
}
