package io.github.reformplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Quantity.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MetricCatalogueTest {

    private static final MetricCatalogue CATALOGUE = MetricCatalogue.builtIn();
    /** Metrics identified by the table below: every metric must be identified by some real sentence. */
    private static final Set<String> IDENTIFIED = new HashSet<>();

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @CsvFileSource(resources = "metric-sentences.psv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void identifiesTheMetricOfARealTargetSentence(String source, String text, String metric) {
        if (metric == null) {
            assertThat(CATALOGUE.identify(text)).as(source).isEmpty();
        } else {
            assertThat(CATALOGUE.identify(text)).as(source).map(Metric::id).contains(metric);
            IDENTIFIED.add(metric);
        }
    }

    @AfterAll
    static void everyMetricIsIdentifiedBySomeSentence() {
        if (!IDENTIFIED.isEmpty()) { // only when the table ran (not when a single test was selected)
            assertThat(IDENTIFIED).containsExactlyInAnyOrderElementsOf(
                    CATALOGUE.all().stream().map(Metric::id).toList());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "metric-mentions.psv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void pairsEachQuantityWithTheMetricOfItsClause(String source, String text, String mentions) {
        List<String> expected = mentions == null ? List.of()
                : List.of(mentions.split("\\s*;\\s*"));
        List<String> actual = CATALOGUE.identifyAll(text).stream()
                .map(m -> m.quantity().display() + " -> " + m.metric().map(Metric::id).orElse("-"))
                .toList();
        assertThat(actual).as(source).containsExactlyElementsOf(expected);
    }

    @Test
    void accentsAndUnicodeFormDoNotMatter() {
        String nfd = Normalizer.normalize("Tỷ lệ hồ sơ TTHC được giải quyết trước, đúng hạn trên 99%.", Normalizer.Form.NFD);
        assertThat(CATALOGUE.identify(nfd)).map(Metric::id).contains("on-time-dossier-rate");
        assertThat(CATALOGUE.identify("TY LE GIAO DICH THANH TOAN TRUC TUYEN DAT TOI THIEU 75%"))
                .map(Metric::id).contains("online-payment-rate");
    }

    @Test
    void unrelatedSentencesIdentifyNothing() {
        assertThat(CATALOGUE.identify("Tổ chức hội nghị tổng kết công tác năm 2025")).isEmpty();
        assertThat(CATALOGUE.identify("")).isEmpty();
        assertThat(CATALOGUE.identify(null)).isEmpty();
        assertThat(CATALOGUE.identifyAll("Hoàn thành việc kiện toàn tổ chức bộ máy")).isEmpty();
    }

    @Test
    void theMoreSpecificWordingWins() {
        // "TTHC đủ điều kiện ... trực tuyến toàn trình" contains "trực tuyến toàn trình"
        assertThat(CATALOGUE.identify("100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình"))
                .map(Metric::id).contains("eligible-tthc-online");
        assertThat(CATALOGUE.identify("Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình đạt 80%"))
                .map(Metric::id).contains("online-services-full");
        // "hài lòng" + "y tế" contains "hài lòng"
        assertThat(CATALOGUE.identify("Mức độ hài lòng về dịch vụ y tế đạt 90%"))
                .map(Metric::id).contains("public-service-satisfaction");
    }

    @Test
    void catalogueHasTheCommonMetrics() {
        assertThat(CATALOGUE.all()).hasSizeBetween(10, 15);
        assertThat(CATALOGUE.all()).extracting(Metric::id).contains(
                "on-time-dossier-rate", "online-payment-rate", "full-process-online-rate", "eligible-tthc-online",
                "data-reuse-rate", "digitised-results", "satisfaction-rate");
        assertThat(CATALOGUE.all()).allSatisfy(m -> {
            assertThat(m.id()).matches("[a-z0-9-]+");
            assertThat(m.nameVi()).isEqualTo(Normalizer.normalize(m.nameVi(), Normalizer.Form.NFC));
            assertThat(m.unit()).isEqualTo(Unit.PERCENT);
        });
        assertThat(CATALOGUE.byId("online-payment-rate")).map(Metric::nameVi)
                .contains("Tỷ lệ giao dịch thanh toán trực tuyến");
        assertThat(CATALOGUE.byId("no-such-metric")).isEmpty();
        assertThat(MetricCatalogue.builtIn()).isSameAs(CATALOGUE);
    }

    @Test
    void userMetricsExtendTheCatalogue() throws IOException {
        String yaml = """
                metrics:
                  - id: inspection-coverage
                    name: {en: Bodies inspected, vi: "Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC"}
                    unit: percent
                    area: direction
                    wording:
                      - ["được kiểm tra CCHC|được kiểm tra cải cách hành chính"]
                """;
        MetricCatalogue custom = MetricCatalogue.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        MetricCatalogue merged = CATALOGUE.withMetrics(custom.all());
        assertThat(merged.all()).hasSize(CATALOGUE.all().size() + 1);
        assertThat(merged.identify("Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC định kỳ trong năm 2026"))
                .map(Metric::id).contains("inspection-coverage");
        assertThat(CATALOGUE.identify("Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC định kỳ trong năm 2026"))
                .isEmpty();
    }

    @Test
    void invalidMetricsAreRejected() {
        assertThatThrownBy(() -> new Metric("Bad Id", "x", "x", Unit.PERCENT, null, List.of(List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Metric("ok", "x", "x", Unit.PERCENT, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Metric m = new Metric("dup", "x", "x", Unit.PERCENT, null, List.of(List.of("a")));
        assertThatThrownBy(() -> MetricCatalogue.of(List.of(m, m))).isInstanceOf(IllegalArgumentException.class);
        String unknownField = "metrics:\n  - id: x\n    colour: red\n";
        assertThatThrownBy(() -> MetricCatalogue.load(
                new ByteArrayInputStream(unknownField.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class);
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Bảo đảm trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn; tỷ lệ giao dịch thanh toán "
                + "trực tuyến đạt từ 30% trở lên";
        List<MetricMention> expected = CATALOGUE.identifyAll(text);
        Set<List<MetricMention>> results = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> CATALOGUE.identifyAll(text)).collect(Collectors.toSet());
        assertThat(results).containsExactly(expected);
    }

    @Test
    void searchingNearTheKeywordsWordsFindsWhatASearchEverywhereFinds() {
        List<String> words = new java.util.ArrayList<>(List.of(",", ";", ".", "(", ")", " ", "  ", "-", "/", "%", "75",
                "x", "tỷ lệ", "đạt"));
        for (String keyword : CATALOGUE.keywordTexts()) {
            words.addAll(List.of(keyword.split("\\||\\.\\.\\.|\u2026")));
        }
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) {
                s.append(words.get(random.nextInt(words.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            assertThat(CATALOGUE.keywordsSearchedAmiss(s.toString())).as("\"%s\"", s).isEmpty();
        }
    }

    /** A text read again answers from the cache: the very same result, equal to a first reading. */
    @Test
    void aTextReadAgainGetsTheSameAnswer() {
        String text = "Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu từ 55% trở lên; 100% hồ sơ được số hóa";
        MetricCatalogue fresh = MetricCatalogue.of(CATALOGUE.all()); // its own, empty caches
        List<MetricMention> first = CATALOGUE.identifyAll(text);
        assertThat(first).isNotEmpty().isSameAs(CATALOGUE.identifyAll(text));
        assertThat(CATALOGUE.identify(text)).isSameAs(CATALOGUE.identify(text));
        assertThat(CATALOGUE.identify(null)).isEqualTo(CATALOGUE.identify(""));
        assertThat(fresh.identifyAll(text)).isEqualTo(first);
    }
}
