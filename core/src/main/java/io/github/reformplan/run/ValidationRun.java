package io.github.reformplan.run;

import io.github.reformplan.baseline.Baseline;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.OutputException;
import io.github.reformplan.report.ReportFiles;
import io.github.reformplan.report.ReportWriters;
import io.github.reformplan.report.VisibleText;
import io.github.reformplan.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * One run: validate the sources, record or apply a baseline, write the reports, and say whether the
 * run fails. The command line, the Maven plugin and the server all run this, so they cannot drift.
 *
 * <pre>{@code
 * RunSettings.Resolved s = settings.resolve();
 * ValidationRun.Outcome o = new ValidationRun(s.validator(), s.locale())
 *         .failOn(Severity.ERROR)
 *         .report(ReportWriters.forFormat("sarif", Severity.ERROR), Path.of("target/reformplan.sarif"))
 *         .run(List.of(PlanSource.of(Path.of("plans/ha-tinh-2026.yaml"))));
 * o.notices().forEach(System.err::println);
 * System.exit(o.failed() ? 1 : 0);
 * }</pre>
 *
 * <p>Not thread-safe while being configured; {@link #run} may be called once per configured instance.
 */
public final class ValidationRun {

    private final PlanValidator validator;
    private final Locale locale;
    private final List<Report> reports = new ArrayList<>();
    private final List<Path> inputs = new ArrayList<>();
    private Severity failOn = Severity.ERROR;
    private Path baseline;
    private String baselineName;
    private Path writeBaseline;
    private IntConsumer progress = done -> { };
    private boolean keepPlans;

    /** A report to write: to a file (atomically) or to a stream the front end owns (left open). */
    public record Report(ReportWriter writer, Path file, Writer stream) {
        public Report {
            Objects.requireNonNull(writer, "writer");
            if ((file == null) == (stream == null)) {
                throw new IllegalArgumentException("A report goes to a file or to a stream");
            }
        }
    }

    /**
     * What the run did.
     *
     * @param result   the findings reported (after the baseline, if any)
     * @param failed   whether a finding is at or above the run's {@code failOn}
     * @param notices  what the user should read besides the reports, in the run's language
     *                 (baseline written, known findings, stale entries)
     * @param baseline what applying the baseline did, or {@code null} without one
     */
    public record Outcome(ValidationResult result, boolean failed, List<Notice> notices, Baseline.Outcome baseline) {
        public Outcome {
            notices = List.copyOf(notices);
        }
    }

    /** A line for the user besides the reports; {@code warning} for what needs their action (a stale entry). */
    public record Notice(boolean warning, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public ValidationRun(PlanValidator validator, Locale locale) {
        this.validator = Objects.requireNonNull(validator);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * The files and directories the run reads besides its sources' (a configuration file, the plan
     * directories): no report or baseline may be written over one of them, nor over a source.
     */
    public ValidationRun inputs(java.util.Collection<Path> files) {
        inputs.addAll(files);
        return this;
    }

    /** The least severity that fails the run; {@code null} for never (the default is {@code error}). */
    public ValidationRun failOn(Severity threshold) {
        this.failOn = threshold;
        return this;
    }

    /** Reports and fails on findings this baseline does not know; lists its stale entries. */
    public ValidationRun baseline(Path file) {
        return baseline(file, file == null ? null : file.toString());
    }

    /** As {@link #baseline(Path)}, naming the file as the user knows it (relative to a project). */
    public ValidationRun baseline(Path file, String displayName) {
        this.baseline = file;
        this.baselineName = displayName;
        return this;
    }

    /** Records the findings in this baseline instead of reporting them; the run then never fails. */
    public ValidationRun writeBaseline(Path file) {
        this.writeBaseline = file;
        return this;
    }

    /** Told how many files have been read so far (from any thread). */
    public ValidationRun progress(IntConsumer p) {
        this.progress = Objects.requireNonNull(p);
        return this;
    }

    /** Keeps each file's plan in the outcome's result even without an HTML report (the server shows it). */
    public ValidationRun keepPlans(boolean keep) {
        this.keepPlans = keep;
        return this;
    }

    public ValidationRun report(ReportWriter writer, Path file) {
        reports.add(new Report(writer, file, null));
        return this;
    }

    public ValidationRun report(ReportWriter writer, Writer stream) {
        reports.add(new Report(writer, null, stream));
        return this;
    }

    /**
     * Runs.
     *
     * @throws RunException when the baseline cannot be read or written, or a report cannot be written
     */
    public Outcome run(List<PlanSource> sources) throws RunException {
        // Every output is checked before the work, so that a refused one costs nothing and harms nothing.
        List<Path> reads = new ArrayList<>(inputs);
        if (writeBaseline == null && baseline != null) {
            reads.add(baseline);
        }
        ValidationResult[] done = new ValidationResult[1];
        ReportFiles.Batch files = new ReportFiles.Batch(reads);
        try {
            if (writeBaseline != null) {
                files.add(writeBaseline, true, w -> Baseline.of(done[0]).write(w));
            } else {
                for (Report r : reports) {
                    if (r.file() != null) {
                        files.add(r.file(), ReportWriters.recognisedAsReport(r.writer().format()),
                                w -> r.writer().write(done[0], locale, w));
                    }
                }
            }
        } catch (OutputException e) {
            throw new RunException(e.key(), e.args(), e);
        }
        // Plans are kept only for a report that shows findings beside tasks: a batch stays small.
        boolean keepPlans = reports.stream().anyMatch(r -> r.writer().format().equals("html"));
        ValidationResult result = validator.validateSources(sources, progress, keepPlans || this.keepPlans);
        List<Notice> notices = new ArrayList<>();
        if (writeBaseline != null) {
            done[0] = result;
            write(files);
            notices.add(new Notice(false, Messages.format(locale, "report.baseline-written",
                    List.of(result.findings().size(), VisibleText.escape(writeBaseline.toString())))));
            return new Outcome(result, false, notices, null);
        }
        Baseline.Outcome applied = null;
        if (baseline != null) {
            try {
                applied = Baseline.read(baseline).apply(result);
            } catch (Baseline.InvalidBaselineException e) {
                throw RunException.literal(e.message(locale), e);
            } catch (IOException e) {
                throw new RunException("report.baseline-unreadable", List.of(baseline, reason(e)), e);
            }
            result = applied.result();
            notices.add(new Notice(false, Messages.format(locale, "report.baseline-known",
                    List.of(applied.known(), VisibleText.escape(baselineName)))));
            for (Baseline.Entry stale : applied.stale()) {
                notices.add(new Notice(true, VisibleText.escape(Messages.format(locale, "report.baseline-stale",
                        List.of(stale.file(), Objects.toString(stale.pointer(), ""), stale.rule(),
                                Objects.toString(stale.message(), ""))))));
            }
        }
        done[0] = result;
        for (Report r : reports) {
            if (r.stream() != null) {
                try {
                    r.writer().write(result, locale, r.stream());
                    r.stream().flush();
                } catch (IOException e) {
                    throw new RunException("run.report-unwritable", List.of(r.writer().format(), "-", reason(e)), e);
                }
            }
        }
        write(files);
        return new Outcome(result, failOn != null && result.hasAtLeast(failOn), notices, applied);
    }

    private void write(ReportFiles.Batch files) throws RunException {
        try {
            files.write();
        } catch (OutputException e) {
            throw new RunException(e.key(), e.args(), e);
        } catch (IOException e) {
            throw new RunException("run.reports-unwritable", List.of(reason(e)), e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
