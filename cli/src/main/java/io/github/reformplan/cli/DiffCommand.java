package io.github.reformplan.cli;

import io.github.reformplan.diff.PlanDiff;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.DiffReports;
import io.github.reformplan.report.VisibleText;
import io.github.reformplan.run.DiffRun;
import io.github.reformplan.run.Revisions;
import io.github.reformplan.run.RunException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reformplan diff OLD NEW}: what changed between two revisions of a plan, and whether it weakens it. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two revisions of a plan (files, or git revisions REV:path) with the change checks.",
                "So sánh hai phiên bản của kế hoạch (tệp, hoặc phiên bản git REV:đường-dẫn) theo các phép kiểm tra thay đổi."})
final class DiffCommand implements Callable<Integer>, ReformplanCommand.Localised {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old revision: a plan file, or REV:path read with git show")
    String oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new revision: a plan file, or REV:path read with git show")
    String newSpec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}; repeat it with --output to write several reports in one run")
    List<ValidateCommand.Format> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report of the --format at the same position to FILE (atomically); never OLD or NEW")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit with 1 when a change is at least this serious: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ValidateCommand.FailOn failOn;

    @Option(names = "--lang", description = "Message language: ${COMPLETION-CANDIDATES} (default: vi when the system language is Vietnamese, else en)")
    ValidatorOptions.Lang lang;

    @Option(names = "--rule", paramLabel = "CHECK=SEVERITY",
            description = "Override a change check's severity: error, warning, info or off (repeatable)")
    Map<String, String> rules = Map.of();

    @Option(names = "--repo", paramLabel = "DIR",
            description = "The git working tree REV:path revisions are read from (default: the current directory)")
    Path repo = Path.of("");

    @Option(names = "--no-color", description = "No colours, even on a terminal (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print changes only: no summary line")
    boolean quiet;

    @Override
    public Locale language() {
        return lang != null ? Locale.forLanguageTag(lang.name()) : ValidatorOptions.systemLocale();
    }

    @Override
    public Integer call() {
        Locale locale = language();
        PlanDiff.Builder builder = PlanDiff.builder().locale(locale);
        for (Map.Entry<String, String> r : rules.entrySet()) {
            try {
                builder.check(r.getKey(), r.getValue());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rule "
                        + VisibleText.escape(r.getKey() + "=" + r.getValue()) + ": " + e.getMessage());
            }
        }
        Severity threshold = failOn == ValidateCommand.FailOn.never ? null
                : Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        List<ValidateCommand.Report> reports = ValidateCommand.reports(spec.commandLine(), formats, outputs);
        PrintWriter out = spec.commandLine().getOut();
        DiffRun run = new DiffRun(builder.build()).failOn(threshold);
        boolean color = !noColor && ValidateCommand.interactiveOut && System.getenv("NO_COLOR") == null;
        for (ValidateCommand.Report report : reports) {
            DiffReports.DiffWriter w = DiffReports.forFormat(report.format().name(),
                    threshold == null ? Severity.ERROR : threshold, color && report.file() == null, !quiet);
            if (report.file() == null) {
                run.report(w, out);
            } else {
                run.report(w, report.file());
            }
        }
        DiffRun.Outcome outcome;
        try {
            PlanSource oldSource = source(oldSpec);
            PlanSource newSource = source(newSpec);
            outcome = run.run(oldSource, newSource);
        } catch (RunException e) {
            throw new ReformplanCommand.UsageError(VisibleText.escape(e.message(locale)), e);
        }
        if (out.checkError()) {
            throw new ReformplanCommand.UsageError(Messages.text(locale, "cli.stdout-failed"), null);
        }
        return outcome.failed() ? 1 : 0;
    }

    /** A revision in git (read in --repo), else a file (as given, from the current directory). */
    private PlanSource source(String spec) throws RunException {
        return Revisions.isRevision(spec, Path.of("")) ? Revisions.source(spec, repo) : Revisions.source(spec, Path.of(""));
    }
}
