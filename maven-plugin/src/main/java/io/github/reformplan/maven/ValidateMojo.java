package io.github.reformplan.maven;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.JsonReport;
import io.github.reformplan.report.ReportWriter;
import io.github.reformplan.report.Summary;
import io.github.reformplan.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    static final List<String> FORMATS = List.of("json", "text");

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

    /** The language of the messages, in the log and the reports: {@code vi} or {@code en}. */
    @Parameter(property = "reformplan.lang", defaultValue = "vi")
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

    /** The project's base directory, to which the plan directory and the paths in the log are relative. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Where the reports are written. */
    @Parameter(defaultValue = "${project.build.directory}/reformplan", readonly = true, required = true)
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("reformplan: skipped (reformplan.skip)");
            return;
        }
        Optional<Severity> threshold;
        try {
            threshold = MavenLog.threshold(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Locale locale = locale(lang);
        List<ReportWriter> writers = new ArrayList<>();
        for (String format : formatList(formats)) {
            writers.add(reportWriter(format));
        }
        PlanValidator validator = validator(locale, rules);

        Path base = basedir.toPath();
        PlanFileSet.Selection selection = select(base);
        for (Path office : selection.officeDocuments()) {
            getLog().warn(MavenLog.displayName(base, office)
                    + " skipped: importing office documents (.docx, .xlsx) is not available yet; convert it to YAML");
        }
        if (selection.plans().isEmpty()) {
            getLog().info("reformplan: no plan files in " + MavenLog.displayName(base, selection.directory()));
        }
        List<PlanSource> sources = selection.plans().stream()
                .<PlanSource>map(p -> new PlanSource.FileSource(p, MavenLog.displayName(base, p)))
                .toList();

        ValidationResult result;
        try {
            result = validator.validateSources(sources);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("reformplan: internal error, please report it: " + e, e);
        }
        for (Finding f : result.findings()) {
            String line = MavenLog.line(f, locale);
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        Summary summary = Summary.of(result);
        if (!selection.plans().isEmpty()) {
            getLog().info(MavenLog.summary(summary));
        }
        for (ReportWriter writer : writers) {
            writeReport(writer, result, locale);
        }
        Optional<String> failure = MavenLog.failure(summary, threshold);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /**
     * The writer of one report format. The single place that knows the formats: a new writer is one case here
     * and one name in {@link #FORMATS}.
     */
    static ReportWriter reportWriter(String format) throws MojoExecutionException {
        return switch (format) {
            case "json" -> new JsonReport();
            case "text" -> new TextReport();
            default -> throw new MojoExecutionException("Unknown report format '" + format
                    + "' in formats (property reformplan.formats): known formats are " + String.join(", ", FORMATS));
        };
    }

    /** The report's file name: {@code reformplan.json}, {@code reformplan.txt}, otherwise the format's name. */
    static String reportFileName(ReportWriter writer) {
        return "reformplan." + (writer.format().equals("text") ? "txt" : writer.format());
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

    static Locale locale(String lang) throws MojoExecutionException {
        String v = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "vi" -> Locale.forLanguageTag("vi");
            case "en" -> Locale.ENGLISH;
            default -> throw new MojoExecutionException("Invalid lang '" + lang
                    + "' (property reformplan.lang): expected vi or en");
        };
    }

    static PlanValidator validator(Locale locale, Map<String, String> rules) throws MojoExecutionException {
        PlanValidator.Builder builder = PlanValidator.builder().locale(locale);
        if (rules != null) {
            for (Map.Entry<String, String> r : rules.entrySet()) {
                String id = r.getKey().trim();
                String severity = r.getValue() == null ? "" : r.getValue().trim().toLowerCase(Locale.ROOT);
                if (RuleRegistry.builtIn().byId(id).isEmpty()) {
                    throw new MojoExecutionException("Unknown rule '" + id + "' in <rules>");
                }
                if (!severity.matches("error|warning|info|off")) {
                    throw new MojoExecutionException("Invalid severity '" + r.getValue() + "' for rule '" + id
                            + "' in <rules>: expected error, warning, info or off");
                }
                builder.rule(id, severity);
            }
        }
        return builder.build();
    }

    private PlanFileSet.Selection select(Path base) throws MojoExecutionException {
        PlanFileSet set = plans == null ? new PlanFileSet() : plans;
        try {
            return set.select(base);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the plan directory " + set.directory(base) + ": " + e, e);
        }
    }

    private void writeReport(ReportWriter writer, ValidationResult result, Locale locale) throws MojoExecutionException {
        Path file = outputDirectory.toPath().resolve(reportFileName(writer));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(result, locale, out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the " + writer.format() + " report " + file + ": " + e, e);
        }
        getLog().info("reformplan: " + writer.format() + " report written to " + MavenLog.displayName(basedir.toPath(), file));
    }
}
