package io.github.reformplan.engine;

import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.metric.Floors;
import io.github.reformplan.metric.MetricCatalogue;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.ReadLimits;
import java.nio.file.Path;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a validator. Immutable; each {@code with...} method returns a changed copy.
 *
 * @param severities   per-rule severity overrides; {@code Optional.empty()} turns a rule off
 * @param limits       bounds on what a file may cost to read
 * @param leadTimeDays fewer days than this between the decision and a deadline is {@code deadline-lead-time}
 * @param reportGrace  how long after the period a report may still fall due ({@code deadline-outside-period})
 * @param agencies     the agencies the agency rules know: the built-in registry, possibly extended
 * @param metrics      the metrics targets are recognised by
 * @param floors       the national floors of {@code target-below-floor}
 */
public record ValidatorConfig(Map<String, Optional<Severity>> severities, ReadLimits limits, int leadTimeDays,
        Period reportGrace, AgencyRegistry agencies, MetricCatalogue metrics, Floors floors) {

    public static final ValidatorConfig DEFAULTS = new ValidatorConfig(Map.of(), ReadLimits.DEFAULT, 7, Period.ofMonths(3),
            AgencyRegistry.builtIn(), MetricCatalogue.builtIn(), Floors.builtIn());

    public ValidatorConfig {
        severities = Map.copyOf(severities);
        if (leadTimeDays < 0 || reportGrace.isNegative()) {
            throw new IllegalArgumentException("lead time and report grace must not be negative");
        }
    }

    /**
     * The validator settings of a configuration file ({@code reformplan.yaml}): {@link #DEFAULTS} with the
     * file's rules, agencies, floors, deadlines and limits applied. {@link ConfigFile#load(Path)} also gives
     * the file's language and baseline.
     *
     * @throws InvalidConfigException when the file is missing, unreadable or invalid
     */
    public static ValidatorConfig load(Path file) {
        return ConfigFile.load(file).validator();
    }

    /** A copy with one rule's severity set; {@code "off"} disables the rule. */
    public ValidatorConfig withSeverity(String ruleId, String severityOrOff) {
        Map<String, Optional<Severity>> copy = new LinkedHashMap<>(severities);
        copy.put(ruleId, "off".equalsIgnoreCase(severityOrOff.trim())
                ? Optional.empty() : Optional.of(Severity.fromId(severityOrOff)));
        return new ValidatorConfig(copy, limits, leadTimeDays, reportGrace, agencies, metrics, floors);
    }

    public ValidatorConfig withLimits(ReadLimits newLimits) {
        return new ValidatorConfig(severities, newLimits, leadTimeDays, reportGrace, agencies, metrics, floors);
    }

    public ValidatorConfig withLeadTimeDays(int days) {
        return new ValidatorConfig(severities, limits, days, reportGrace, agencies, metrics, floors);
    }

    public ValidatorConfig withReportGrace(Period grace) {
        return new ValidatorConfig(severities, limits, leadTimeDays, grace, agencies, metrics, floors);
    }

    public ValidatorConfig withFloors(Floors newFloors) {
        return new ValidatorConfig(severities, limits, leadTimeDays, reportGrace, agencies, metrics, newFloors);
    }

    public ValidatorConfig withMetrics(MetricCatalogue catalogue) {
        return new ValidatorConfig(severities, limits, leadTimeDays, reportGrace, agencies, catalogue, floors);
    }

    public ValidatorConfig withAgencies(AgencyRegistry registry) {
        return new ValidatorConfig(severities, limits, leadTimeDays, reportGrace, registry, metrics, floors);
    }
}
