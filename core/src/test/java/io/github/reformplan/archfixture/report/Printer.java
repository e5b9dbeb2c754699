package io.github.reformplan.archfixture.report;

import io.github.reformplan.archfixture.rules.LeakyRule;

/** A writer that knows a rule back: with LeakyRule, a cycle for the layering test to find. */
public final class Printer {

    private Printer() {
    }

    public static String print(LeakyRule rule) {
        return rule.getClass().getSimpleName();
    }
}
