package io.github.reformplan.maven;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanFormats;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportWriter;
import io.github.reformplan.report.ReportWriters;
import io.github.reformplan.report.Summary;
import io.github.reformplan.run.RunException;
import io.github.reformplan.run.RunSettings;
import io.github.reformplan.run.ValidationRun;
import io.github.reformplan.report.VisibleText;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's plan files and fails the build on findings at or above {@code failOn}.
 * Each finding is one log line, {@code path:line:col rule message}, at the level of its severity;
 * the reports named in {@code formats} are written to <code>${project.build.directory}/reformplan/</code>.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The report formats this build knows, in the order they are listed to the user. */
    static final List<String> FORMATS = ReportWriters.formats();

    /**
     * The plan files: a {@code directory} (default {@code src/plans}, relative to the project) with Ant-style
     * {@code includes} (default {@code **}/*.yaml, {@code **}/*.yml, {@code **}/*.json, {@code **}/*.docx,
     * {@code **}/*.xlsx) and {@code excludes}. Office documents (.docx, .xlsx) are reported as not readable
     * yet and skipped.
     */
    @Parameter
    private PlanFileSet plans;

    /**
     * The severity that fails the build: {@code error}, {@code warning}, {@code info}, or {@code never}
     * to report findings without ever failing. A file that cannot be read is an error.
     */
    @Parameter(property = "reformplan.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Reports to write, comma-separated: {@code json} (the stable report of the command line's
     * {@code --format json}) and {@code text}, written to <code>${project.build.directory}/reformplan/</code> as
     * {@code reformplan.json} and {@code reformplan.txt}. None by default: the findings are in the log.
     */
    @Parameter(property = "reformplan.formats")
    private String formats;

    /**
     * The language of the messages, in the log and the reports: {@code vi} or {@code en}. Default: the
     * configuration file's {@code language}, else {@code vi}.
     */
    @Parameter(property = "reformplan.lang")
    private String lang;

    /**
     * Rule severities that replace the defaults, one element per rule id:
     * {@code <rules><agency-multiple-leads>off</agency-multiple-leads></rules>}. A severity is
     * {@code error}, {@code warning}, {@code info} or {@code off}.
     */
    @Parameter
    private Map<String, String> rules;

    /** Skips the validation. */
    @Parameter(property = "reformplan.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The configuration file (rule severities, extra agencies, floors, deadlines, baseline). Default:
     * {@code reformplan.yaml} in the project's directory when present.
     */
    @Parameter(property = "reformplan.config")
    private File config;

    /**
     * A baseline written by {@code reformplan validate --write-baseline}: findings recorded there are
     * known and neither logged as findings nor counted against {@code failOn}; entries that no longer
     * match are listed as stale. Default: the configuration's {@code baseline}, if any.
     */
    @Parameter(property = "reformplan.baseline")
    private File baseline;

    /** The project's base directory, to which the plan directory and the paths in the log are relative. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Where the reports are written. */
    @Parameter(defaultValue = "${project.build.directory}/reformplan", readonly = true, required = true)
    private File outputDirectory;

    /**
     * Apache POI (the office readers) logs through the Log4j API, which complains in the build log when no
     * Log4j back end is installed, as in Maven: Log4j's own simple provider is selected, switched off, unless
     * the build chose otherwise. These are system properties, so they hold for the whole Maven JVM.
     */
    private static void quietLogging() {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Messages.text(skipLocale(), "maven.skipped"));
            return;
        }
        Optional<Severity> threshold;
        try {
            threshold = MavenLog.threshold(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        quietLogging();
        Path base = basedir.toPath();
        Locale asked = lang == null ? null : locale(lang);
        Locale fallback = Locale.forLanguageTag("vi");
        RunSettings.Resolved setup;
        try {
            setup = new RunSettings(config == null ? null : config.toPath(), base, asked, fallback, rules).resolve();
        } catch (RunException e) {
            // The message says it all: no cause chain to repeat it.
            throw new MojoExecutionException((e.override().isPresent() ? "<rules>: " : "") + e.message(asked != null ? asked : fallback));
        }
        Locale locale = setup.locale();
        ValidationRun run = new ValidationRun(setup.validator(), locale).failOn(threshold.orElse(null));
        Path baselineFile = baseline != null ? baseline.toPath() : setup.configuredBaseline().orElse(null);
        run.baseline(baselineFile, baselineFile == null ? null : MavenLog.displayName(base, baselineFile));
        List<String> written = new ArrayList<>();
        for (String format : formatList(formats)) {
            ReportWriter writer = reportWriter(format, threshold.orElse(null));
            Path file = outputDirectory.toPath().resolve(ReportWriters.defaultFileName(format));
            run.report(writer, file);
            written.add("reformplan: " + format + " report written to " + MavenLog.displayName(base, file));
        }

        PlanFileSet.Selection selection = select(base);
        // Word and Excel plans are read when a reader for them is installed (reformplan-office is a dependency
        // of this plugin); without one they are reported as skipped.
        List<Path> plans = new ArrayList<>(selection.plans());
        for (Path office : selection.officeDocuments()) {
            if (PlanFormats.forName(office.getFileName().toString()).isPresent()) {
                plans.add(office);
            } else {
                getLog().warn(VisibleText.escape(Messages.format(locale, "maven.office-skipped",
                        List.of(MavenLog.displayName(base, office)))));
            }
        }
        java.util.Collections.sort(plans);
        if (plans.isEmpty()) {
            getLog().info(Messages.format(locale, "maven.no-plans", List.of(MavenLog.displayName(base, selection.directory()))));
        }
        // No report may be written over a plan of this build (the plans directory could hold target/reformplan).
        List<Path> inputs = new ArrayList<>(selection.plans());
        inputs.addAll(selection.officeDocuments());
        inputs.add(selection.directory());
        run.inputs(inputs);
        List<PlanSource> sources = plans.stream()
                .<PlanSource>map(p -> new PlanSource.FileSource(p, MavenLog.displayName(base, p)))
                .toList();

        ValidationRun.Outcome outcome;
        try {
            outcome = run.run(sources);
        } catch (RunException e) {
            throw new MojoExecutionException("reformplan: " + e.message(locale), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("reformplan: internal error, please report it: " + e, e);
        }
        for (ValidationRun.Notice n : outcome.notices()) {
            if (n.warning()) {
                getLog().warn(n.text());
            } else {
                getLog().info(n.text());
            }
        }
        for (Finding f : outcome.result().findings()) {
            String line = MavenLog.line(f, locale);
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        Summary summary = Summary.of(outcome.result());
        if (!selection.plans().isEmpty()) {
            getLog().info(MavenLog.summary(summary, locale));
        }
        written.forEach(getLog()::info);
        Optional<String> failure = MavenLog.failure(summary, threshold, locale);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /** The writer of one report format: the core's writers, shared with the command line. */
    static ReportWriter reportWriter(String format, Severity failOn) throws MojoExecutionException {
        if (!FORMATS.contains(format)) {
            throw new MojoExecutionException("Unknown report format '" + format
                    + "' in formats (property reformplan.formats): known formats are " + String.join(", ", FORMATS));
        }
        return ReportWriters.forFormat(format, failOn);
    }

    static Set<String> formatList(String formats) {
        Set<String> out = new LinkedHashSet<>();
        if (formats != null) {
            for (String f : formats.split(",")) {
                if (!f.isBlank()) {
                    out.add(f.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The language of the one line a skipped run logs: the configured one when valid, else Vietnamese. */
    private Locale skipLocale() {
        try {
            return lang == null ? Locale.forLanguageTag("vi") : locale(lang);
        } catch (MojoExecutionException e) {
            return Locale.forLanguageTag("vi");
        }
    }

    static Locale locale(String lang) throws MojoExecutionException {
        String v = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "vi" -> Locale.forLanguageTag("vi");
            case "en" -> Locale.ENGLISH;
            default -> throw new MojoExecutionException("Invalid lang '" + lang
                    + "' (property reformplan.lang): expected vi or en");
        };
    }

    private PlanFileSet.Selection select(Path base) throws MojoExecutionException {
        PlanFileSet set = plans == null ? new PlanFileSet() : plans;
        try {
            return set.select(base);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the plan directory " + set.directory(base) + ": " + e, e);
        }
    }
}
