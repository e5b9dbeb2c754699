package io.github.reformplan.engine;

import java.util.List;
import java.util.Locale;

/** A rule's one-line summary in the reader's language (the English one is its {@link RuleInfo#summary()}). */
public final class RuleSummaries {

    private RuleSummaries() {
    }

    public static String of(RuleDescriptor rule, Locale locale) {
        return Messages.format(locale, rule.id() + ".summary", List.of());
    }
}
