package io.github.reformplan.archfixture.rules;

import io.github.reformplan.archfixture.cli.Console;
import io.github.reformplan.archfixture.report.Printer;

/** A rule that prints through the front end and a writer: what the layering test must refuse. */
public final class LeakyRule {

    public String check() {
        return Console.say("checked") + Printer.print(this);
    }
}
