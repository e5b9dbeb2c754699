package io.github.reformplan.run;

import io.github.reformplan.diff.DiffResult;
import io.github.reformplan.diff.PlanDiff;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.DiffReports;
import io.github.reformplan.report.OutputException;
import io.github.reformplan.report.ReportFiles;
import io.github.reformplan.report.ReportWriters;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One diff run, whatever the front end: compare two revisions, write the reports (checked before the
 * work so that no output replaces an input, written together as {@link ValidationRun} writes its own),
 * and say whether the run fails.
 *
 * <pre>{@code
 * DiffRun.Outcome o = new DiffRun(PlanDiff.builder().build())
 *         .failOn(Severity.ERROR)
 *         .report(DiffReports.forFormat("json", Severity.ERROR), Path.of("changes.json"))
 *         .run(Revisions.source("HEAD~1:plans/x.yaml", dir), Revisions.source("plans/x.yaml", dir));
 * System.exit(o.failed() ? 1 : 0);
 * }</pre>
 */
public final class DiffRun {

    private final PlanDiff diff;
    private final List<Path> inputs = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private Severity failOn = Severity.ERROR;

    /** A report to write: to a file (atomically) or to a stream the front end owns (left open). */
    public record Report(DiffReports.DiffWriter writer, Path file, Writer stream) {
        public Report {
            Objects.requireNonNull(writer, "writer");
            if ((file == null) == (stream == null)) {
                throw new IllegalArgumentException("A report goes to a file or to a stream");
            }
        }
    }

    /** What the run did: the changes, and whether one is at or above {@code failOn}. */
    public record Outcome(DiffResult result, boolean failed) {
    }

    public DiffRun(PlanDiff diff) {
        this.diff = Objects.requireNonNull(diff);
    }

    /** The least severity that fails the run; {@code null} for never (the default is {@code error}). */
    public DiffRun failOn(Severity threshold) {
        this.failOn = threshold;
        return this;
    }

    /** Files and directories the run reads besides its sources: no report may be written over one. */
    public DiffRun inputs(java.util.Collection<Path> files) {
        inputs.addAll(files);
        return this;
    }

    public DiffRun report(DiffReports.DiffWriter writer, Path file) {
        reports.add(new Report(writer, file, null));
        return this;
    }

    public DiffRun report(DiffReports.DiffWriter writer, Writer stream) {
        reports.add(new Report(writer, null, stream));
        return this;
    }

    /**
     * Runs.
     *
     * @throws RunException when a report is refused or cannot be written
     */
    public Outcome run(PlanSource oldSource, PlanSource newSource) throws RunException {
        List<Path> reads = new ArrayList<>(inputs);
        for (PlanSource s : List.of(oldSource, newSource)) {
            if (s instanceof PlanSource.FileSource f) {
                reads.add(f.path());
            }
        }
        DiffResult[] done = new DiffResult[1];
        ReportFiles.Batch files = new ReportFiles.Batch(reads);
        try {
            for (Report r : reports) {
                if (r.file() != null) {
                    files.add(r.file(), ReportWriters.recognisedAsReport(r.writer().format()),
                            w -> r.writer().write(done[0], diff.locale(), w));
                }
            }
        } catch (OutputException e) {
            throw new RunException(e.key(), e.args(), e);
        }
        DiffResult result = diff.compare(oldSource, newSource);
        done[0] = result;
        for (Report r : reports) {
            if (r.stream() != null) {
                try {
                    r.writer().write(result, diff.locale(), r.stream());
                    r.stream().flush();
                } catch (IOException e) {
                    throw new RunException("run.report-unwritable", List.of(r.writer().format(), "-", reason(e)), e);
                }
            }
        }
        try {
            files.write();
        } catch (OutputException e) {
            throw new RunException(e.key(), e.args(), e);
        } catch (IOException e) {
            throw new RunException("run.reports-unwritable", List.of(reason(e)), e);
        }
        return new Outcome(result, failOn != null && result.hasAtLeast(failOn));
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
