package io.github.reformplan.run;

import io.github.reformplan.engine.ConfigFile;
import io.github.reformplan.engine.InvalidConfigException;
import io.github.reformplan.engine.PlanValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What shapes the validator of a run, whatever the front end: the configuration file (named, or
 * {@code reformplan.yaml} found in a directory), the message language, and rule severity overrides.
 * The language is the one asked for, else the configuration's, else the front end's default.
 *
 * <pre>{@code
 * RunSettings.Resolved s = new RunSettings(null, Path.of(""), null, Locale.ENGLISH, Map.of("task-output-missing", "info"))
 *         .resolve();
 * s.validator().validate(List.of(Path.of("plans")));
 * }</pre>
 *
 * @param config          the configuration file, or {@code null} to look for one in {@code searchDirectory}
 * @param searchDirectory where {@code reformplan.yaml} is looked for when {@code config} is {@code null}
 * @param language        the language asked for, or {@code null}
 * @param defaultLanguage the language when neither the request nor the configuration names one
 * @param rules           rule id to {@code error}, {@code warning}, {@code info} or {@code off}
 */
public record RunSettings(Path config, Path searchDirectory, Locale language, Locale defaultLanguage,
        Map<String, String> rules) {

    public RunSettings {
        Objects.requireNonNull(searchDirectory, "searchDirectory");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        rules = Map.copyOf(new LinkedHashMap<>(rules == null ? Map.of() : rules));
    }

    /** The validator and language these settings give, and the configuration file they read. */
    public record Resolved(PlanValidator validator, Locale locale, Optional<ConfigFile> configFile) {

        /** The baseline the configuration names, if any. */
        public Optional<Path> configuredBaseline() {
            return configFile.flatMap(ConfigFile::baseline);
        }
    }

    /**
     * Reads the configuration and builds the validator.
     *
     * @throws RunException for a missing or invalid configuration, an unknown rule id or severity
     */
    public Resolved resolve() throws RunException {
        Locale messages = language != null ? language : defaultLanguage;
        Optional<ConfigFile> configFile;
        try {
            if (config != null) {
                if (!Files.isRegularFile(config)) {
                    throw new RunException("run.config-missing", List.of(config), null);
                }
                configFile = Optional.of(ConfigFile.load(config));
            } else {
                configFile = ConfigFile.discover(searchDirectory);
            }
        } catch (InvalidConfigException e) {
            throw RunException.literal(e.message(messages), e);
        }
        Locale locale = language != null ? language : configFile.flatMap(ConfigFile::locale).orElse(defaultLanguage);
        PlanValidator.Builder builder = PlanValidator.builder().locale(locale);
        configFile.ifPresent(c -> builder.config(c.validator()));
        for (Map.Entry<String, String> r : rules.entrySet()) {
            try {
                builder.rule(r.getKey(), r.getValue());
            } catch (IllegalArgumentException e) { // in the run's language, with the nearest rule id
                throw RunException.rule(r.getKey() + "=" + r.getValue(), e.getMessage(), e);
            }
        }
        return new Resolved(builder.build(), locale, configFile);
    }
}
