package io.github.reformplan.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a placeholder, and that a placeholder is the only finding at its value. */
class PlaceholderUnfilledRuleTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UBND xã ...|...",
        "...|...",
        "…|…",
        ".../QĐ-UBND|...",
        "Số .../KH-UBND ngày .../.../2026|...",
        "Kế hoạch cải cách hành chính tỉnh … năm 2026|…",
        "Cơ quan thực hiện: ...|...",
        "(...)|...",
        "<tên cơ quan>|<tên cơ quan>",
        "<...>|<...>",
        "Sở <ten so> tỉnh|<ten so>",
        "Trước ngày <ngày>/12/2026|<ngày>",
    })
    void placeholders(String text, String placeholder) {
        assertThat(PlaceholderUnfilledRule.find(text)).contains(placeholder);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tổ chức Hội thảo, hội nghị…",
        "phòng cháy chữa cháy... được rà soát",
        "thông tin đã có..., gắn việc số hóa",
        "phân cấp, uỷ quyền;...",
        "Các lớp tập huấn, bồi dưỡng, ...",
        "Sở Tư pháp; ...",
        "Hợp đồng nhà in (tờ rơi, quảng cáo...)",
        "<li>theo quy định</li>",
        "<ul style=\"list-style-type: none\">",
        "tỷ lệ <5% và >3%",
        "Trên 98% hồ sơ được giải quyết đúng hạn",
        "Quý I/2026",
    })
    void notPlaceholders(String text) {
        assertThat(PlaceholderUnfilledRule.find(text)).isEmpty();
    }

    @Test
    void theSkeletonLeftUnfilledHasOnlyPlaceholderFindingsAtErrorInBothLanguages() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/rules/placeholder-unfilled/fires-skeleton-left-unfilled.yaml").toURI());
        List<Finding> findings = VALIDATOR.validate(List.of(fixture)).findings();
        assertThat(findings).extracting(Finding::rule).containsOnly("placeholder-unfilled").hasSize(7);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
        Finding lead = findings.stream().filter(f -> f.location().pointer().toString().equals("/tasks/3/lead/0"))
                .findFirst().orElseThrow();
        assertThat(lead.message(Locale.ENGLISH))
                .isEqualTo("'<tên cơ quan>' is a placeholder still to fill in: write the real text in its place");
        Finding issuer = findings.stream().filter(f -> f.location().pointer().toString().equals("/plan/issuer"))
                .findFirst().orElseThrow();
        assertThat(issuer.message(Locale.forLanguageTag("vi")))
                .isEqualTo("'UBND xã ...' chưa được điền: hãy thay '...' bằng nội dung thật");
    }

    @Test
    void aValueTheSchemaRejectsIsOneSchemaFindingNotAlsoAPlaceholder() throws IOException {
        String plan = clean().replace("id: xa-mau-2026", "id: \"...\"");
        List<Finding> findings = VALIDATOR.validateSources(
                List.of(PlanSource.of("p.yaml", plan.getBytes(StandardCharsets.UTF_8)))).findings();
        assertThat(findings).extracting(f -> f.rule() + " " + f.location().pointer()).containsExactly("schema /plan/id");
    }

    @Test
    void aPlaceholderInAJsonFileIsFoundToo() {
        String json = "{\"schemaVersion\": \"1\", \"plan\": {\"id\": \"x\", \"title\": \"T\", \"issuer\": \"UBND tỉnh ...\","
                + " \"level\": \"province\", \"period\": \"2026\"}}";
        List<Finding> findings = VALIDATOR.validateSources(
                List.of(PlanSource.of("p.json", json.getBytes(StandardCharsets.UTF_8)))).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("placeholder-unfilled"))
                .extracting(f -> f.location().pointer() + " " + f.location().line() + ":" + f.location().column())
                .containsExactly("/plan/issuer 1:68");
    }

    private static String clean() throws IOException {
        try (InputStream in = PlaceholderUnfilledRuleTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ellipsisScanFindsWhatThePatternFinds() {
        // BMP only: the pattern's look-behind measures its bound in chars, so it misses a letter outside the BMP
        // followed by 8 spaces, which the scan sees (below)
        String alphabet = "aĐ7)([{«\"'“:/,;-  \t\n\u00a0..……x\u2160";
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(4) == 0) {
                    s.append(" ".repeat(random.nextInt(10)));
                }
            }
            String text = s.toString();
            assertThat(PlaceholderUnfilledRule.ellipsis(text)).as("\"%s\"", text)
                    .isEqualTo(PlaceholderUnfilledRule.ellipsisByPattern(text));
        }
        assertThat(PlaceholderUnfilledRule.ellipsis("x\uD835\uDC00 " + " ".repeat(7) + "...")).contains("...");
        assertThat(PlaceholderUnfilledRule.ellipsis("x\uD835\uDC00" + " ".repeat(9) + "...")).isEmpty();
    }
}
