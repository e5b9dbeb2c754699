package io.github.reformplan.cli;

import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.report.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reformplan}: the parent command; each capability is a subcommand. */
@Command(name = "reformplan",
        mixinStandardHelpOptions = true,
        versionProvider = ReformplanCommand.Version.class,
        description = {"Validates Vietnamese administrative reform plans (Kế hoạch cải cách hành chính).",
                "Kiểm tra kế hoạch cải cách hành chính."},
        subcommands = {ValidateCommand.class, DiffCommand.class, FixCommand.class, ImportCommand.class, RulesCommand.class, SchemaCommand.class, InitCommand.class,
                io.github.reformplan.cli.serve.ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on (fix: a file not fixed)",
                "2:usage or environment error (unknown option, missing path, bad configuration or baseline, an output that cannot be written)",
                "3:internal error (a bug in reformplan: please report it)"})
public final class ReformplanCommand implements Runnable {

    static final int USAGE_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    /**
     * A usage or environment problem found while a command runs (an output that is an input, a file that
     * cannot be written, a bad baseline): its message, already in the run's language, and exit code 2,
     * without the usage help a mistyped option gets.
     */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A command that knows the language of its run, for the messages of errors it did not handle itself. */
    interface Localised {
        Locale language();
    }

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
        // Bad input is reported as findings, a bad environment (a file that cannot be read or written) with
        // exit code 2; anything that still escapes is our bug: one line, no stack trace.
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UsageError) {
                err.println("reformplan: " + e.getMessage());
                err.flush();
                return USAGE_ERROR;
            }
            IOException io = e instanceof IOException x ? x : e instanceof UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                err.println("reformplan: " + VisibleText.escape(describe(io)));
                err.flush();
                return USAGE_ERROR;
            }
            err.println(Messages.format(language(commandLine), "cli.internal-error", List.of(String.valueOf(e))));
            if (Boolean.getBoolean("reformplan.trace")) {
                e.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    /** What the system said about a file, with the file named. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": "
                    + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return String.valueOf(e.getMessage());
    }

    /** The language of the run that {@code commandLine} executed (or was executing), else the system's. */
    static Locale language(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null) {
            if (parsed.commandSpec().userObject() instanceof Localised l) {
                return l.language();
            }
            parsed = parsed.subcommand();
        }
        return commandLine.getCommand() instanceof Localised l ? l.language() : ValidatorOptions.systemLocale();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Reformplan.NAME + " " + Reformplan.version()};
        }
    }
}
