package io.github.reformplan.cli;

import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportWriter;
import io.github.reformplan.report.ReportWriters;
import io.github.reformplan.report.TextReport;
import io.github.reformplan.run.RunException;
import io.github.reformplan.run.RunSettings;
import io.github.reformplan.run.ValidationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reformplan validate}: checks plan files and reports findings. Options in, findings out. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks plan files (YAML/JSON) against the schema and the rules.",
                "Kiểm tra tệp kế hoạch theo lược đồ và các quy tắc."})
final class ValidateCommand implements Callable<Integer>, ReformplanCommand.Localised {

    enum Format { text, json, sarif, junit, html }

    enum FailOn { error, warning, info, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ValidatorOptions options;

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Override a rule's severity: error, warning, info or off (repeatable)")
    void rules(Map<String, String> overrides) {
        options.rules = overrides;
    }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Plan files or directories (searched for *.yaml, *.yml, *.json, *.docx, *.xlsx); - reads standard input")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}; repeat it with --output to write several reports in one run"
                    + " (default: text, or guessed from the --output file's extension)")
    List<Format> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report of the --format at the same position to FILE (atomically) instead of standard output")
    List<Path> outputs = new ArrayList<>();

    enum StdinFormat { yaml, json, docx, xlsx }

    @Option(names = "--stdin-format", paramLabel = "FORMAT",
            description = "What - (standard input) holds: ${COMPLETION-CANDIDATES} (default: YAML or JSON, by its first character)")
    StdinFormat stdinFormat;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this serious: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Only findings not recorded in this baseline are reported and fail the run; stale entries are listed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE (by fingerprint, robust to line shifts) and exit 0")
    Path writeBaseline;

    @Option(names = "--no-color", description = "No colours, even on a terminal (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary line, no progress")
    boolean quiet;

    /** Set by {@link Main}: picocli's writers wrap System.out, so the console check alone is not enough in tests. */
    static boolean interactiveOut = false;

    @Override
    public Locale language() {
        return options.language();
    }

    /** The result the reports are written from, once validation is done. */
    @Override
    public Integer call() throws IOException {
        RunSettings.Resolved setup = options.setup(spec.commandLine());
        Locale locale = setup.locale();
        List<Report> reports = reports();
        List<Path> inputs = new ArrayList<>();
        List<PlanSource> sources = sources(inputs, setup.validator().config().limits().maxBytes(), locale);
        setup.configFile().ifPresent(c -> inputs.add(c.source()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidationRun run = new ValidationRun(setup.validator(), locale)
                .inputs(inputs)
                .failOn(failOn == FailOn.never ? null : threshold())
                .baseline(baseline != null ? baseline : setup.configuredBaseline().orElse(null))
                .writeBaseline(writeBaseline)
                .progress(progress(sources.size()));
        for (Report report : reports) {
            if (report.file() == null) {
                run.report(writer(report.format()), out);
            } else {
                run.report(writer(report.format()), report.file());
            }
        }
        ValidationRun.Outcome outcome;
        try {
            outcome = run.run(sources);
        } catch (RunException e) {
            throw new ReformplanCommand.UsageError(e.message(locale), e);
        }
        if (out.checkError()) {
            throw new ReformplanCommand.UsageError(Messages.text(locale, "cli.stdout-failed"), null);
        }
        outcome.notices().forEach(err::println);
        err.flush();
        return outcome.failed() ? 1 : 0;
    }

    record Report(Format format, Path file) {
    }

    private List<Report> reports() {
        return reports(spec.commandLine(), formats, outputs);
    }

    /**
     * Pairs each --format with the --output at the same position; the rest go to standard output (shared
     * with {@code diff}).
     */
    static List<Report> reports(CommandLine commandLine, List<Format> formats, List<Path> outputs) {
        List<Report> out = new ArrayList<>();
        if (formats.isEmpty()) {
            for (Path o : outputs) {
                out.add(new Report(guess(o), o));
            }
            if (outputs.isEmpty()) {
                out.add(new Report(Format.text, null));
            }
            return out;
        }
        if (outputs.size() > formats.size()) {
            throw new CommandLine.ParameterException(commandLine, "More --output than --format options");
        }
        for (int i = 0; i < formats.size(); i++) {
            out.add(new Report(formats.get(i), i < outputs.size() ? outputs.get(i) : null));
        }
        if (out.stream().filter(r -> r.file() == null).count() > 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "Only one report can go to standard output: give an --output for each other --format");
        }
        return out;
    }

    private static Format guess(Path file) {
        // "/" or "" has no file name: text, and writing it is refused with the reason
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return Format.sarif;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        if (name.endsWith(".xml")) {
            return Format.junit;
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Format.html : Format.text;
    }

    private ReportWriter writer(Format format) {
        return format == Format.text ? new TextReport(color(), !quiet)
                : ReportWriters.forFormat(format.name(), failOn == FailOn.never ? null : threshold());
    }

    private Severity threshold() {
        return failOn == FailOn.never ? Severity.ERROR : Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
    }

    /** The plans to read; {@code inputs} receives the paths on disk they come from, as given and as found. */
    private List<PlanSource> sources(List<Path> inputs, long limit, Locale locale) throws IOException {
        List<PlanSource> out = new ArrayList<>();
        List<String> onDisk = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                if (StandardInput.isClosed()) {
                    throw new ReformplanCommand.UsageError(Messages.text(locale, "cli.stdin-closed"), null);
                }
                // Read one byte past the limit so that an oversized input is still reported as too large.
                // A named format reads it as a file of that kind would be read: stdin.docx
                String name = stdinFormat == null ? "-" : "stdin." + stdinFormat.name();
                out.add(PlanSource.of(name, System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1))));
            } else {
                onDisk.add(p);
            }
        }
        onDisk.forEach(p -> inputs.add(Path.of(p)));
        for (Path f : ValidatorOptions.files(spec.commandLine(), onDisk)) {
            inputs.add(f);
            out.add(PlanSource.of(f));
        }
        return out;
    }

    /** Colour only for a person at a terminal, and never when they asked for none. */
    private boolean color() {
        return !noColor && interactiveOut && System.getenv("NO_COLOR") == null;
    }

    private IntConsumer progress(int total) {
        if (quiet || total < 20 || !interactiveOut) {
            return done -> { };
        }
        PrintWriter err = spec.commandLine().getErr();
        return done -> {
            if (done % 10 == 0 || done == total) {
                synchronized (err) {
                    err.print("\r" + done + "/" + total + (done == total ? "\r" + " ".repeat(24) + "\r" : ""));
                    err.flush();
                }
            }
        };
    }
}
