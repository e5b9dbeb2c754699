package io.github.reformplan.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded configuration file ({@code reformplan.yaml}, or JSON), documented by
 * {@code io/github/reformplan/schema/config.schema.json} and schema/README.md:
 *
 * <pre>{@code
 * language: vi                          # default message language: vi | en
 * rules: { agency-multiple-leads: off, task-output-missing: info }
 * agencies: agencies/ha-tinh.yaml       # extra agencies, relative to this file
 * floors:
 *   - { metric: satisfaction-rate, year: 2026, enabled: true }
 * deadlines: { leadTimeDays: 7, reportGraceMonths: 3 }
 * limits: { maxFileMegabytes: 50 }
 * baseline: reformplan-baseline.json    # relative to this file
 * }</pre>
 *
 * @param validator the validator settings: {@link ValidatorConfig#DEFAULTS} with the file's settings applied
 * @param language  the default message language ({@code vi} or {@code en}), when the file sets one
 * @param baseline  the default baseline file, resolved against the folder of the configuration file
 * @param source    the configuration file, as given
 */
public record ConfigFile(ValidatorConfig validator, Optional<String> language, Optional<Path> baseline, Path source) {

    /** The names {@link #discover(Path)} looks for, in order. */
    public static final List<String> FILE_NAMES = List.of("reformplan.yaml", "reformplan.yml");

    public ConfigFile {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Reads a configuration file (YAML, or JSON for a {@code .json} file), checks it against the
     * configuration schema, and applies it to {@link ValidatorConfig#DEFAULTS}. A file with nothing but
     * comments keeps every default.
     *
     * @throws InvalidConfigException when the file is missing, unreadable or invalid; the message names
     *                                the file, the line and column, and the key at fault
     */
    public static ConfigFile load(Path path) {
        return load(path, RuleRegistry.installed());
    }

    /** {@link #load(Path)} with the rule ids of another registry (tests). */
    static ConfigFile load(Path path, RuleRegistry rules) {
        return new ConfigLoader(Objects.requireNonNull(path, "path"), rules, ValidatorConfig.DEFAULTS).load();
    }

    /**
     * The configuration file of a working directory: {@code reformplan.yaml}, else {@code reformplan.yml},
     * loaded; empty when there is neither.
     *
     * @throws InvalidConfigException when the file found is unreadable or invalid
     */
    public static Optional<ConfigFile> discover(Path workingDirectory) {
        for (String name : FILE_NAMES) {
            Path candidate = workingDirectory.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(load(candidate));
            }
        }
        return Optional.empty();
    }

    /** The default message language as a locale, when the file sets one. */
    public Optional<Locale> locale() {
        return language.map(Locale::forLanguageTag);
    }
}
