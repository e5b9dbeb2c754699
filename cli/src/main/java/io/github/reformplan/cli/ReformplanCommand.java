package io.github.reformplan.cli;

import io.github.reformplan.Reformplan;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reformplan}: the parent command; each capability is a subcommand. */
@Command(name = "reformplan",
        mixinStandardHelpOptions = true,
        versionProvider = ReformplanCommand.Version.class,
        description = {"Validates Vietnamese administrative reform plans (Kế hoạch cải cách hành chính).",
                "Kiểm tra kế hoạch cải cách hành chính."},
        subcommands = {ValidateCommand.class, FixCommand.class, RulesCommand.class, SchemaCommand.class, InitCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error (unknown option, missing path)", "3:internal error (a bug in reformplan: please report it)"})
public final class ReformplanCommand implements Runnable {

    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'reformplan validate PATH'");
    }

    /** A command line configured as users get it; tests use it too, with their own out/err. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReformplanCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Bad input is reported as findings; anything that still escapes is our bug: one line, no stack trace.
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("reformplan: internal error: " + e
                    + " (please report it; run with -Dreformplan.trace=true for details)");
            if (Boolean.getBoolean("reformplan.trace")) {
                e.printStackTrace(commandLine.getErr());
            }
            return INTERNAL_ERROR;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Reformplan.NAME + " " + Reformplan.version()};
        }
    }
}
