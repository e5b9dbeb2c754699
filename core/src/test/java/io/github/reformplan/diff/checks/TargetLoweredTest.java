package io.github.reformplan.diff.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What makes a target weaker, on the quantities the target parser reads: floors, ceilings, ranges, strictness. */
class TargetLoweredTest {

    private static Quantity q(String comparator, String amount) {
        if (comparator.equals("between")) {
            String[] r = amount.split("\\.\\.");
            return Quantity.between(new BigDecimal(r[0]), new BigDecimal(r[1]), Unit.PERCENT, null);
        }
        return Quantity.of(Comparator.fromSymbol(comparator), new BigDecimal(amount), Unit.PERCENT);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}: {4}")
    @CsvSource({
            ">=, 80, >=, 75, true",
            ">=, 80, >=, 80, false",
            ">=, 80, >=, 90, false",
            ">, 80, >=, 80, true",
            ">=, 80, >, 80, false",
            ">=, 80, <=, 80, true",
            "<=, 5, <=, 8, true",
            "<=, 5, <=, 3, false",
            "<, 5, <=, 5, true",
            "between, 80..90, between, 70..90, true",
            "between, 80..90, between, 80..95, true",
            "between, 80..90, between, 82..88, false",
            "=, 100, =, 95, true",
            "=, 100, >=, 100, false",
    })
    void weaker(String c1, String a1, String c2, String a2, boolean weaker) {
        assertThat(TargetLoweredCheck.weaker(q(c1, a1), q(c2, a2))).isEqualTo(weaker);
    }
}
