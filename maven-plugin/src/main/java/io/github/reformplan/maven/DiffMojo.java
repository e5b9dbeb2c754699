package io.github.reformplan.maven;

import io.github.reformplan.diff.Change;
import io.github.reformplan.diff.PlanDiff;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.Summary;
import io.github.reformplan.report.TextReport;
import io.github.reformplan.report.VisibleText;
import io.github.reformplan.run.DiffRun;
import io.github.reformplan.run.Revisions;
import io.github.reformplan.run.RunException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares each plan of the project ({@code src/plans}) with its baseline revision, so that CI can fail a
 * pull request that weakens a plan: the same file in a git revision ({@code baselineRef}, e.g.
 * {@code origin/main}) or in a folder ({@code baselineDirectory}, same relative paths). A plan the baseline
 * lacks is new and is not compared. Each change is logged with both places; the build fails per
 * {@code failOn}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** The plan files (default: {@code src/plans}, every plan format). */
    @Parameter
    private PlanFileSet plans;

    /** The git revision to compare with (read with {@code git show REF:./path} in the project's directory). */
    @Parameter(property = "reformplan.diff.baselineRef")
    private String baselineRef;

    /** A folder holding the baseline revision of the plans, at the same paths below it as below the plan directory. */
    @Parameter(property = "reformplan.diff.baselineDirectory")
    private File baselineDirectory;

    /** The least severity that fails the build: error, warning, info or never. */
    @Parameter(property = "reformplan.failOn", defaultValue = "error")
    private String failOn;

    /** The log's language: vi (default) or en. */
    @Parameter(property = "reformplan.lang")
    private String lang;

    /** Change check severities: {@code <task-support-changed>off</task-support-changed>}. */
    @Parameter
    private Map<String, String> rules;

    @Parameter(property = "reformplan.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Locale locale = lang == null ? Locale.forLanguageTag("vi") : ValidateMojo.locale(lang);
        if (skip) {
            getLog().info(Messages.text(locale, "maven.skipped"));
            return;
        }
        if ((baselineRef == null || baselineRef.isBlank()) == (baselineDirectory == null)) {
            throw new MojoExecutionException("reformplan:diff needs exactly one of baselineRef"
                    + " (property reformplan.diff.baselineRef) and baselineDirectory (reformplan.diff.baselineDirectory)");
        }
        Optional<Severity> threshold;
        try {
            threshold = MavenLog.threshold(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        PlanDiff.Builder builder = PlanDiff.builder().locale(locale);
        if (rules != null) {
            for (Map.Entry<String, String> r : rules.entrySet()) {
                try {
                    builder.check(r.getKey(), r.getValue());
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("<rules>: " + e.getMessage());
                }
            }
        }
        PlanDiff diff = builder.build();
        Path base = basedir.toPath();
        PlanFileSet set = plans == null ? new PlanFileSet() : plans;
        PlanFileSet.Selection selection;
        try {
            selection = set.select(base);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the plan directory " + set.directory(base) + ": " + e, e);
        }
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        int compared = 0;
        for (Path plan : selection.plans()) {
            String name = MavenLog.displayName(base, plan);
            String relative = selection.directory().relativize(plan).toString().replace(File.separatorChar, '/');
            PlanSource old;
            try {
                old = baseline(base, name, relative);
            } catch (RunException e) {
                throw new MojoExecutionException("reformplan: " + VisibleText.escape(e.message(locale)), e);
            }
            if (old == null) {
                getLog().info(VisibleText.escape(Messages.format(locale, "maven.diff-new-plan", List.of(name))));
                continue;
            }
            DiffRun.Outcome outcome;
            try {
                outcome = new DiffRun(diff).failOn(threshold.orElse(null)).inputs(List.of(plan))
                        .run(old, new PlanSource.FileSource(plan, name));
            } catch (RunException e) {
                throw new MojoExecutionException("reformplan: " + e.message(locale), e);
            }
            compared++;
            for (Change c : outcome.result().changes()) {
                var f = c.toFinding();
                String line = MavenLog.line(f, locale) + " " + TextReport.related(f, locale).get(0).strip();
                switch (c.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    case INFO -> getLog().info(line);
                }
            }
            errors += outcome.result().count(Severity.ERROR);
            warnings += outcome.result().count(Severity.WARNING);
            infos += outcome.result().count(Severity.INFO);
        }
        Summary summary = new Summary(compared, errors, warnings, infos);
        getLog().info(MavenLog.summary(summary, locale));
        Optional<String> failure = MavenLog.failure(summary, threshold, locale);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /** The baseline revision of a plan, or {@code null} when the baseline has none (a new plan). */
    private PlanSource baseline(Path base, String name, String relative) throws RunException {
        if (baselineDirectory != null) {
            Path old = baselineDirectory.toPath().resolve(relative);
            return Files.isRegularFile(old) ? new PlanSource.FileSource(old, MavenLog.displayName(base, old)) : null;
        }
        String path = "./" + name;
        if (!Revisions.exists(baselineRef, path, base)) {
            return null;
        }
        String spec = baselineRef + ":" + path;
        return PlanSource.of(spec, Revisions.show(spec, base));
    }
}
