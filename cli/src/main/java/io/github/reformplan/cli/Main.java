package io.github.reformplan.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ValidateCommand.interactiveOut = System.console() != null;
        System.exit(ReformplanCommand.commandLine().execute(args));
    }
}
