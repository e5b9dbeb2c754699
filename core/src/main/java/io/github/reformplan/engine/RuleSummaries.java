package io.github.reformplan.engine;

import java.util.List;
import java.util.Locale;

/**
 * A rule's one-line summary in the reader's language (the English one is its {@link RuleInfo#summary()}); a
 * rule with no summary in the bundles (one of a third-party pack) has its own.
 */
public final class RuleSummaries {

    private RuleSummaries() {
    }

    public static String of(RuleDescriptor rule, Locale locale) {
        String key = rule.id() + ".summary";
        return Messages.has(locale, key) ? Messages.format(locale, key, List.of()) : rule.summary();
    }
}
