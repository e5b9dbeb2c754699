package io.github.reformplan.cli;

import io.github.reformplan.engine.ConfigFile;
import io.github.reformplan.engine.InvalidConfigException;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.PlanValidator;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Override a rule's severity: error, warning, info or off (repeatable)")
    Map<String, String> rules = Map.of();

    /** What the options resolve to: the validator, its language, and the configuration file if any. */
    record Setup(PlanValidator validator, Locale locale, Optional<ConfigFile> configFile) {
    }

    Setup setup(CommandLine commandLine) {
        Optional<ConfigFile> configFile = configFile(commandLine);
        Locale locale = lang != null ? Locale.forLanguageTag(lang.name())
                : configFile.flatMap(ConfigFile::locale).orElse(systemLocale());
        PlanValidator.Builder builder = PlanValidator.builder().locale(locale);
        configFile.ifPresent(c -> builder.config(c.validator()));
        for (Map.Entry<String, String> r : rules.entrySet()) {
            try {
                builder.rule(r.getKey(), r.getValue());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--rule " + r.getKey() + "=" + r.getValue() + ": " + e.getMessage());
            }
        }
        return new Setup(builder.build(), locale, configFile);
    }

    /** The configuration named by --config, else ./reformplan.yaml when present; a bad one is a usage error. */
    private Optional<ConfigFile> configFile(CommandLine commandLine) {
        try {
            if (config != null) {
                if (!Files.exists(config)) {
                    throw new CommandLine.ParameterException(commandLine, "No such configuration file: " + config);
                }
                return Optional.of(ConfigFile.load(config));
            }
            return ConfigFile.discover(Path.of(""));
        } catch (InvalidConfigException e) {
            throw new CommandLine.ParameterException(commandLine,
                    e.message(lang != null ? Locale.forLanguageTag(lang.name()) : systemLocale()));
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
                throw new CommandLine.ParameterException(commandLine, "No such file or directory: " + p);
            }
            try {
                out.addAll(PlanFiles.expand(List.of(path)));
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(commandLine, "Cannot read " + p + ": " + e.getCause().getMessage());
            }
        }
        return out;
    }
}
