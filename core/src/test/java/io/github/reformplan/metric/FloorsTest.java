package io.github.reformplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Unit;
import io.github.reformplan.text.TargetParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloorsTest {

    private static final Floors FLOORS = Floors.builtIn();

    @ParameterizedTest(name = "{0} in {1}: {2} {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # metric              | year | comparator | amount | source
            online-services-full  | 2025 | >=         | 80     | NQ 76/NQ-CP
            online-services-full  | 2029 | >=         | 80     | NQ 76/NQ-CP
            online-services-full  | 2030 | >=         | 90     | NQ 76/NQ-CP
            online-payment-tthc   | 2025 | >=         | 80     | NQ 76/NQ-CP
            online-payment-tthc   | 2026 | >=         | 80     | NQ 76/NQ-CP
            online-payment-tthc   | 2030 | >=         | 80     | NQ 76/NQ-CP
            eligible-tthc-online  | 2028 | >=         | 100    | QĐ 282/QĐ-TTg
            eligible-tthc-online  | 2030 | >=         | 100    | QĐ 282/QĐ-TTg
            """)
    void builtInFloorsForMetricAndYear(String metric, int year, String comparator, BigDecimal amount, String source) {
        Floor floor = FLOORS.floorFor(metric, year).orElseThrow();
        assertThat(floor.comparator()).isEqualTo(Comparator.fromSymbol(comparator));
        assertThat(floor.amount()).isEqualByComparingTo(amount);
        assertThat(floor.unit()).isEqualTo(Unit.PERCENT);
        assertThat(floor.source()).isEqualTo(source);
        assertThat(floor.enabled()).isTrue();
    }

    @ParameterizedTest(name = "no floor for {0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # before the national milestones, after the programme, and the switched-off (unverified) figures
            online-services-full | 2024
            online-services-full | 2031
            online-payment-tthc  | 2021
            eligible-tthc-online | 2026
            eligible-tthc-online | 2027
            satisfaction-rate    | 2025
            satisfaction-rate    | 2026
            satisfaction-rate    | 2030
            # provincial practice is not a national floor
            on-time-dossier-rate | 2026
            online-payment-rate  | 2026
            data-reuse-rate      | 2026
            no-such-metric       | 2026
            """)
    void noFloorWhereNoneIsEnabled(String metric, int year) {
        assertThat(FLOORS.floorFor(metric, year)).isEmpty();
    }

    @Test
    void unverifiedFiguresShipDisabled() {
        List<Floor> disabled = FLOORS.all().stream().filter(f -> !f.enabled()).toList();
        assertThat(disabled).extracting(Floor::metric, Floor::from, Floor::amount, Floor::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("eligible-tthc-online", 2026, new BigDecimal("100"), "QĐ 282/QĐ-TTg"),
                        org.assertj.core.groups.Tuple.tuple("satisfaction-rate", 2026, new BigDecimal("95"), "QĐ 282/QĐ-TTg"),
                        org.assertj.core.groups.Tuple.tuple("satisfaction-rate", 2025, new BigDecimal("90"), "NQ 76/NQ-CP"),
                        org.assertj.core.groups.Tuple.tuple("satisfaction-rate", 2030, new BigDecimal("95"), "NQ 76/NQ-CP"));
        assertThat(disabled).allSatisfy(f -> assertThat(f.note()).contains("Chưa xác minh"));
    }

    @Test
    void everyFloorNamesACatalogueMetricAndIsWellFormed() {
        MetricCatalogue catalogue = MetricCatalogue.builtIn();
        assertThat(FLOORS.all()).allSatisfy(f -> {
            assertThat(catalogue.byId(f.metric())).as(f.metric()).isPresent();
            assertThat(f.note()).isNotBlank().isEqualTo(Normalizer.normalize(f.note(), Normalizer.Form.NFC));
            assertThat(f.source()).isIn("NQ 76/NQ-CP", "QĐ 282/QĐ-TTg");
        });
        assertThat(Floors.builtIn()).isSameAs(FLOORS);
    }

    @Test
    void overrideEnablesAnUnverifiedFloor() {
        Floors enabled = FLOORS.withOverrides(List.of(FloorOverride.enable("satisfaction-rate", 2026)));
        // QĐ 282 (95%, 2026-2030) and NQ 76 (90%, 2025-2029) both cover 2026: the stricter one applies
        Floor floor = enabled.floorFor("satisfaction-rate", 2026).orElseThrow();
        assertThat(floor.amount()).isEqualByComparingTo("95");
        assertThat(floor.source()).isEqualTo("QĐ 282/QĐ-TTg");
        assertThat(FLOORS.floorFor("satisfaction-rate", 2026)).as("built-in set unchanged").isEmpty();
    }

    @Test
    void overrideCanBeRestrictedToOneSource() {
        Floors enabled = FLOORS.withOverrides(List.of(new FloorOverride("satisfaction-rate", 2026, true,
                null, null, null, null, "NQ 76/NQ-CP", null)));
        Floor floor = enabled.floorFor("satisfaction-rate", 2026).orElseThrow();
        assertThat(floor.amount()).isEqualByComparingTo("90");
        assertThat(enabled.floorFor("satisfaction-rate", 2030)).as("NQ 76's 2030 entry does not cover 2026").isEmpty();
    }

    @Test
    void overrideDisablesReplacesAndAdds() {
        Floors changed = FLOORS.withOverrides(List.of(
                FloorOverride.disable("online-payment-tthc", 2026),
                FloorOverride.set("online-services-full", 2027, Comparator.AT_LEAST, new BigDecimal("85")),
                FloorOverride.set("on-time-dossier-rate", 2026, Comparator.MORE_THAN, new BigDecimal("98"))));
        assertThat(changed.floorFor("online-payment-tthc", 2026)).isEmpty();
        assertThat(changed.floorFor("online-services-full", 2025).orElseThrow().amount()).isEqualByComparingTo("85");
        Floor added = changed.floorFor("on-time-dossier-rate", 2030).orElseThrow();
        assertThat(added.comparator()).isEqualTo(Comparator.MORE_THAN);
        assertThat(added.from()).isEqualTo(2026);
        assertThat(added.to()).isNull();
        assertThat(changed.floorFor("on-time-dossier-rate", 2025)).isEmpty();
    }

    @Test
    void overrideThatMatchesNothingIsAnError() {
        assertThatThrownBy(() -> FLOORS.withOverrides(List.of(FloorOverride.enable("satisfaction-rate", 2019))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("satisfaction-rate");
    }

    @ParameterizedTest(name = "{0} -> below 80%: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỷ lệ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến đạt tối thiểu 75% | true
            đạt 80%                 | false
            trên 79%                | true
            từ 85% trở lên          | false
            từ 70% đến 90%          | true
            không quá 90%           | false
            đạt 69/69 xã, phường    | false
            ít nhất 03 sáng kiến    | false
            """)
    void floorJudgesATargetByItsLowerBound(String target, boolean below) {
        Floor floor = FLOORS.floorFor("online-payment-tthc", 2026).orElseThrow();
        Quantity q = TargetParser.standard().parse(target).orElseThrow();
        assertThat(floor.isViolatedBy(q)).isEqualTo(below);
    }

    @Test
    void loadsFloorsFromYaml() throws IOException {
        String yaml = """
                floors:
                  - metric: on-time-dossier-rate
                    from: 2026
                    comparator: ">"
                    amount: 98
                    unit: "%"
                    source: Kế hoạch tỉnh
                    enabled: true
                """;
        Floors floors = Floors.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(floors.floorFor("on-time-dossier-rate", 2040)).map(Floor::comparator).contains(Comparator.MORE_THAN);
        assertThatThrownBy(() -> new Floor("x", 2026, 2025, Comparator.AT_LEAST, BigDecimal.ONE, Unit.PERCENT, "s", true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
