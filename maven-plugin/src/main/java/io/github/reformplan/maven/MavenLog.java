package io.github.reformplan.maven;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Severity;
import io.github.reformplan.report.Summary;
import io.github.reformplan.report.TextReport;
import io.github.reformplan.report.VisibleText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What the plugin writes to the Maven log, as plain functions of the result (the Mojo only logs them). */
final class MavenLog {

    private MavenLog() {
    }

    /**
     * {@code path:line:col rule message [suggestion]}: the log level stands for the severity. The path is the
     * name the file was validated under (relative to the project); a finding about the whole file has no line.
     * Control characters are escaped as in the text report ({@link VisibleText}): one finding, one log line.
     */
    static String line(Finding f, Locale locale) {
        return TextReport.location(f, locale) + ' ' + f.rule() + ' ' + VisibleText.escape(TextReport.messageWithSuggestion(f, locale));
    }

    /** A file's name in the log and the reports: relative to the project's base directory, with forward slashes. */
    static String displayName(Path basedir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return PlanFileSet.slashes(Objects.equals(abs.getRoot(), base.getRoot()) ? base.relativize(abs) : abs);
    }

    /** {@code reformplan: 3 files: 1 error, 2 warnings, no info}, in the run's language, as the text report ends. */
    static String summary(Summary s, Locale locale) {
        return "reformplan: " + Messages.format(locale, "report.summary", List.of(s.files(), s.errors(), s.warnings(), s.infos()));
    }

    /** The severity that fails the build for a {@code failOn} value; empty for {@code never}. */
    static Optional<Severity> threshold(String failOn) {
        String v = failOn == null ? "" : failOn.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error", "warning", "info" -> Optional.of(Severity.fromId(v));
            case "never" -> Optional.empty();
            default -> throw new IllegalArgumentException("Invalid failOn '" + failOn
                    + "' (property reformplan.failOn): expected error, warning, info or never");
        };
    }

    /**
     * The message of the build failure, in the run's language, naming the findings at or above the threshold,
     * or empty when none is.
     */
    static Optional<String> failure(Summary s, Optional<Severity> threshold, Locale locale) {
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        List<String> counts = new ArrayList<>();
        long[] bySeverity = {s.errors(), s.warnings(), s.infos()};
        for (Severity severity : Severity.values()) {
            long n = bySeverity[severity.ordinal()];
            if (severity.atLeast(threshold.get()) && n > 0) {
                counts.add(Messages.format(locale, "maven.count." + severity.id(), List.of(n)));
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.format(locale, "maven.failure", List.of(String.join(", ", counts), threshold.get().id())));
    }
}
