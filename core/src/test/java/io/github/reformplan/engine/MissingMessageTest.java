package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/**
 * A message key without a message fails loudly in the build (every test runs with {@value Messages#STRICT})
 * and, in a user's run, never shows the raw key.
 */
class MissingMessageTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void inTheBuildAMissingKeyThrows() {
        assertThat(Boolean.getBoolean(Messages.STRICT)).as("the build sets " + Messages.STRICT).isTrue();
        assertThatThrownBy(() -> Messages.format(Locale.ENGLISH, "deadline-order.no-such-variant", List.of("x")))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("deadline-order.no-such-variant");
    }

    @Test
    void forAUserAMissingKeyReadsAsTheRulesSummaryOrAPleaToReportIt() {
        String saved = System.getProperty(Messages.STRICT);
        System.clearProperty(Messages.STRICT);
        try {
            assertThat(Messages.format(Locale.ENGLISH, "deadline-order.no-such-variant", List.of("x")))
                    .isEqualTo("A report is due before the work it reports on");
            assertThat(Messages.format(VI, "deadline-order.no-such-variant", List.of("x")))
                    .isEqualTo(Messages.text(VI, "deadline-order.summary"));
            String plea = Messages.format(VI, "no-such-rule.x", List.of("x"));
            assertThat(plea).isEqualTo(Messages.text(VI, "report.message-missing")).doesNotContain("no-such-rule");
        } finally {
            if (saved != null) {
                System.setProperty(Messages.STRICT, saved);
            }
        }
    }

    @Test
    void aRuleWithoutASummaryInTheBundlesHasItsOwn() {
        RuleDescriptor pack = new RuleDescriptor("pack-rule", Severity.WARNING, "A rule of a third-party pack", List.of());
        assertThat(RuleSummaries.of(pack, VI)).isEqualTo("A rule of a third-party pack");
    }
}
