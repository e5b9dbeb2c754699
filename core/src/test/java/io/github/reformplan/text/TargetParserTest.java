package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Direction;
import io.github.reformplan.model.Quantity.Unit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserTest {

    private final TargetParser parser = TargetParser.standard();

    @ParameterizedTest(name = "[{index}] {0}: {1} #{3}")
    @CsvFileSource(resources = "target-phrases.psv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void readsTheQuantitiesOfRealTargets(String source, String text, int of, int index, String comparator,
            BigDecimal amount, BigDecimal min, BigDecimal max, Unit unit, String noun, BigDecimal numerator,
            BigDecimal denominator, Direction direction, String span) {
        List<Quantity> all = parser.parseAll(text);
        assertThat(all).as("quantities in %s", source).hasSize(of);
        Quantity q = all.get(index);
        assertThat(q.comparator()).isEqualTo(Comparator.fromSymbol(comparator));
        assertDecimal(q.amount(), amount, "amount");
        assertDecimal(q.min(), min, "min");
        assertDecimal(q.max(), max, "max");
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.noun()).isEqualTo(noun);
        assertDecimal(q.numerator(), numerator, "numerator");
        assertDecimal(q.denominator(), denominator, "denominator");
        assertThat(q.direction()).isEqualTo(direction);
        assertThat(text.substring(q.offset(), q.offset() + q.length())).isEqualTo(span);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "target-non-quantities.psv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void findsNoQuantityInReferencesDatesAgesAndPlainTasks(String source, String text) {
        assertThat(parser.parseAll(text)).as(source).isEmpty();
        assertThat(parser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                 | offset | length
            Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 75%                | 42     | 13
            Phấn đấu ít nhất có 03 sáng kiến (hoặc giải pháp mới)                  | 9      | 13
            Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước         | 0      | 19
            Hoàn thiện hệ thống hội nghị truyền hình trực tuyến đến 69/69 xã, phường | 56   | 5
            """)
    void reportsWhereThePhraseIs(String text, int offset, int length) {
        Quantity q = parser.parse(text).orElseThrow();
        assertThat(q.offset()).isEqualTo(offset);
        assertThat(q.length()).isEqualTo(length);
        assertThat(q.located()).isTrue();
    }

    @Test
    void offsetsPointIntoDecomposedInput() {
        String nfc = "Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 75%";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        Quantity q = parser.parse(nfd).orElseThrow();
        assertThat(q.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(q.amount()).isEqualByComparingTo("75");
        String span = nfd.substring(q.offset(), q.offset() + q.length());
        assertThat(Normalizer.normalize(span, Normalizer.Form.NFC)).isEqualTo("tối thiểu 75%");
    }

    @Test
    void toleratesNonBreakingSpacesAndLineBreaks() {
        Quantity q = parser.parse("đạt\u00a0tối\nthiểu  75\u00a0%").orElseThrow();
        assertThat(q.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(q.amount()).isEqualByComparingTo("75");
        assertThat(q.unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void parsePrefersAStrongQuantityOverAnEarlierBareCount() {
        String text = "Hoàn thành 10 nhóm nhiệm vụ, đạt tối thiểu 80% kế hoạch";
        assertThat(parser.parseAll(text)).hasSize(2);
        Quantity first = parser.parse(text).orElseThrow();
        assertThat(first.unit()).isEqualTo(Unit.PERCENT);
        assertThat(first.amount()).isEqualByComparingTo("80");
    }

    @Test
    void joinsAStraySpaceOnlyWhenUnambiguous() {
        assertThat(parser.parse("trên 9 8%").orElseThrow().amount()).isEqualByComparingTo("98");
        // no comparator before it: only the part next to '%' is read
        assertThat(parser.parse("hồ sơ 9 8%").orElseThrow().amount()).isEqualByComparingTo("8");
        // joined value above 100: not a stray space
        assertThat(parser.parse("trên 5 50%").orElseThrow().amount()).isEqualByComparingTo("50");
    }

    @Test
    void emptyAndNullTextsHaveNoQuantity() {
        assertThat(parser.parseAll("")).isEmpty();
        assertThat(parser.parseAll(null)).isEmpty();
        assertThat(parser.parse("   ")).isEmpty();
    }

    @Test
    void boundsForComparisons() {
        Quantity atLeast = parser.parse("tối thiểu 75%").orElseThrow();
        assertThat(atLeast.lowerBound()).contains(new BigDecimal("75"));
        assertThat(atLeast.upperBound()).isEmpty();

        Quantity range = parser.parse("từ 02 đến 03 cuộc").orElseThrow();
        assertThat(range.amount()).isNull();
        assertThat(range.lowerBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(range.upperBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));

        Quantity ratio = parser.parse("23/28 chỉ tiêu").orElseThrow();
        assertThat(ratio.lowerBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("82.14"));
        assertThat(ratio.upperBound()).isEqualTo(ratio.lowerBound());

        Quantity atMost = parser.parse("không quá 5%").orElseThrow();
        assertThat(atMost.lowerBound()).isEmpty();
        assertThat(atMost.upperBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));

        Quantity equal = parser.parse("đạt 70%").orElseThrow();
        assertThat(equal.lowerBound()).isEqualTo(equal.upperBound());
    }

    @Test
    void ratioWithZeroDenominatorHasNoPercentEquivalent() {
        Quantity q = parser.parse("0/0 xã").orElseThrow();
        assertThat(q.unit()).isEqualTo(Unit.RATIO);
        assertThat(q.amount()).isNull();
        assertThat(q.lowerBound()).isEmpty();
    }

    @Test
    void ratioAboveOneIsStillReadSoThatARuleCanReportIt() {
        Quantity q = parser.parse("70/69 xã, phường").orElseThrow();
        assertThat(q.numerator()).isEqualByComparingTo("70");
        assertThat(q.denominator()).isEqualByComparingTo("69");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            >=      | AT_LEAST
            ≥       | AT_LEAST
            >       | MORE_THAN
            =       | EQUAL
            ~       | ABOUT
            <=      | AT_MOST
            <       | LESS_THAN
            between | BETWEEN
            BETWEEN | BETWEEN
            at_least| AT_LEAST
            """)
    void comparatorFromSymbol(String symbol, Comparator expected) {
        assertThat(Comparator.fromSymbol(symbol)).isEqualTo(expected);
        assertThat(Comparator.fromSymbol(expected.symbol())).isEqualTo(expected);
    }

    @Test
    void unknownComparatorSymbolIsRejected() {
        assertThatThrownBy(() -> Comparator.fromSymbol("=>>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitFromSymbol() {
        assertThat(Unit.fromSymbol("%")).isEqualTo(Unit.PERCENT);
        assertThat(Unit.fromSymbol("phần trăm")).isEqualTo(Unit.PERCENT);
        assertThat(Unit.fromSymbol("cuộc")).isEqualTo(Unit.COUNT);
        assertThat(Unit.fromSymbol("ratio")).isEqualTo(Unit.RATIO);
    }

    @Test
    void recordRejectsInconsistentComponents() {
        assertThatThrownBy(() -> new Quantity(Comparator.BETWEEN, BigDecimal.ONE, null, null, Unit.COUNT, null,
                null, null, Direction.NONE, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Quantity.of(Comparator.AT_LEAST, BigDecimal.TEN, Unit.RATIO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Quantity.of(Comparator.AT_LEAST, new BigDecimal("75"), Unit.PERCENT).display()).isEqualTo(">= 75%");
        assertThat(Quantity.between(new BigDecimal("2"), new BigDecimal("3"), Unit.COUNT, "cuộc").display())
                .isEqualTo("2..3 cuộc");
        assertThat(Quantity.ratio(new BigDecimal("69"), new BigDecimal("69"), "xã, phường").display())
                .isEqualTo("= 69/69 xã, phường");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC định kỳ trong năm 2026; 100% các đơn vị";
        List<Quantity> expected = parser.parseAll(text);
        List<List<Quantity>> results = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> parser.parseAll(text)).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void searchStartsNearTheNextDigitWithoutMissingAMatch() {
        String[] pieces = {"giam", "tang", "xuong", "con", "len", "them", "phan", "dau", "dat", "muc", "ty", "le",
            "toi", "thieu", "khong", "vuot", "qua", "thap", "hon", "tren", "duoi", "la", "tu", "den", "tro",
            "ho", "so", "xla", "nam", "75", "2026", "9 8", "99,5", "1.000", "30/11", "06/QD-TTg", "%", "phan tram",
            "-", "\u2013", ",", ";", ".", "(", ")", " ", "  ", "\n", "x"};
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                s.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String f = s.toString();
            for (int pos = 0; pos <= f.length(); pos++) {
                java.util.regex.Matcher everywhere = TargetParser.QUANTITY.matcher(f);
                java.util.regex.Matcher near = TargetParser.QUANTITY.matcher(f);
                int from = TargetParser.searchFrom(f, pos);
                boolean found = everywhere.find(pos);
                assertThat(from >= 0 && near.find(from)).as("\"%s\" from %d", f, pos).isEqualTo(found);
                if (found) {
                    assertThat(near.start()).as("\"%s\" from %d", f, pos).isEqualTo(everywhere.start());
                    assertThat(near.end()).as("\"%s\" from %d", f, pos).isEqualTo(everywhere.end());
                }
            }
        }
    }

    private static void assertDecimal(BigDecimal actual, BigDecimal expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isEqualByComparingTo(expected);
        }
    }
}
