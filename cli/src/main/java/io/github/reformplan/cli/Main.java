package io.github.reformplan.cli;

import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {

    /** Said when even formatting the message fails: both languages, no allocation needed. */
    private static final String OUT_OF_MEMORY = "reformplan: out of memory / hết bộ nhớ (JAVA_TOOL_OPTIONS=-Xmx1g)";

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        ValidateCommand.interactiveOut = System.console() != null;
        warmUp(args);
        System.exit(run(ReformplanCommand.commandLine(), args));
    }

    /** The commands that validate plans, whose built-in data is worth loading while the options are parsed. */
    private static final Set<String> VALIDATING = Set.of("validate", "fix", "serve");

    /**
     * Loads the validator's data on a second thread while this one parses the command line (one plan: 0.740 →
     * 0.686 s, benchmarks/RESULTS.md). Daemon, so that it never holds the exit back; whatever
     * goes wrong in it goes wrong again, and is reported, on the main thread.
     */
    private static void warmUp(String[] args) {
        String command = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (!VALIDATING.contains(command) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                PlanValidator.warmUp();
            } catch (RuntimeException | Error e) {
                // the main thread meets the same problem where it can report it
            }
        }, "reformplan-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Apache POI (the office readers) logs through the Log4j API, which complains on the console when no
     * logging back end is installed; the command line has none and wants none, so it selects Log4j's own
     * simple provider, switched off. Only when the user has not chosen otherwise (-Dlog4j.provider=...).
     */
    static void quietLogging() {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    /**
     * Executes a command line with the last resort around it: running out of memory or stack is one
     * clear message in the run's language and exit code 3, never a stack trace.
     */
    static int run(CommandLine commandLine, String... args) {
        int exit;
        try {
            exit = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return lastResort(commandLine, e);
        }
        // System.out keeps write errors to itself (a full disk, a closed pipe): a report cut short is not a success.
        if (exit < ReformplanCommand.USAGE_ERROR && System.out.checkError()) {
            commandLine.getErr().println("reformplan: " + Messages.text(ReformplanCommand.language(commandLine), "cli.stdout-failed"));
            commandLine.getErr().flush();
            return ReformplanCommand.USAGE_ERROR;
        }
        return exit;
    }

    private static int lastResort(CommandLine commandLine, VirtualMachineError e) {
        PrintWriter err = commandLine.getErr();
        try {
            String key = e instanceof OutOfMemoryError ? "cli.out-of-memory" : "cli.stack-overflow";
            err.println(Messages.format(ReformplanCommand.language(commandLine), key, List.of()));
            if (Boolean.getBoolean("reformplan.trace")) {
                e.printStackTrace(err);
            }
        } catch (OutOfMemoryError again) {
            err.println(OUT_OF_MEMORY);
        }
        err.flush();
        return ReformplanCommand.INTERNAL_ERROR;
    }
}
