package io.github.reformplan.cli;

import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.report.VisibleText;
import io.github.reformplan.run.RunException;
import io.github.reformplan.run.RunSettings;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that shape a validator, shared by {@code validate} and {@code fix}. */
final class ValidatorOptions {

    enum Lang { vi, en }

    @Option(names = "--lang", description = "Message language: ${COMPLETION-CANDIDATES} (default: the configuration's, else vi when the system language is Vietnamese, else en)")
    Lang lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./reformplan.yaml when present)")
    Path config;

    /** Rule severity overrides (--rule ID=SEVERITY), which each command declares: fix also takes --rule ID. */
    Map<String, String> rules = Map.of();

    /** The run's language once {@link #setup} resolved it. */
    private Locale resolved;

    /** The run's language: as resolved, else as given with --lang, else the system's. */
    Locale language() {
        return resolved != null ? resolved : lang != null ? Locale.forLanguageTag(lang.name()) : systemLocale();
    }

    /** The validator, its language and the configuration file the options give; a bad one is a usage error. */
    RunSettings.Resolved setup(CommandLine commandLine) {
        Locale language = lang == null ? null : Locale.forLanguageTag(lang.name());
        try {
            RunSettings.Resolved r = new RunSettings(config, Path.of(""), language, systemLocale(), rules).resolve();
            resolved = r.locale();
            return r;
        } catch (RunException e) {
            String message = e.message(language != null ? language : systemLocale());
            throw new CommandLine.ParameterException(commandLine,
                    e.override().map(o -> "--rule " + VisibleText.escape(o) + ": " + message).orElse(message));
        }
    }

    /** Vietnamese on a Vietnamese system, English elsewhere. */
    static Locale systemLocale() {
        return Locale.forLanguageTag("vi".equals(Locale.getDefault().getLanguage()) ? "vi" : "en");
    }

    /** Plan files under the given paths; a path that does not exist is a usage error. */
    static List<Path> files(CommandLine commandLine, List<String> paths) {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(commandLine, "No such file or directory: " + VisibleText.escape(p));
            }
            try {
                out.addAll(PlanFiles.expand(List.of(path)));
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(commandLine,
                        VisibleText.escape("Cannot read " + p + ": " + e.getCause().getMessage()));
            }
        }
        return out;
    }
}
