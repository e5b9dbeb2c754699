package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import io.github.reformplan.read.ReadLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a validator: per-rule severity overrides ({@code Optional.empty()} turns a rule
 * off) and read limits. Immutable.
 */
public record ValidatorConfig(Map<String, Optional<Severity>> severities, ReadLimits limits) {

    public static final ValidatorConfig DEFAULTS = new ValidatorConfig(Map.of(), ReadLimits.DEFAULT);

    public ValidatorConfig {
        severities = Map.copyOf(severities);
    }

    /** A copy with one rule's severity set; {@code "off"} disables the rule. */
    public ValidatorConfig withSeverity(String ruleId, String severityOrOff) {
        Map<String, Optional<Severity>> copy = new LinkedHashMap<>(severities);
        copy.put(ruleId, "off".equalsIgnoreCase(severityOrOff.trim())
                ? Optional.empty() : Optional.of(Severity.fromId(severityOrOff)));
        return new ValidatorConfig(copy, limits);
    }

    public ValidatorConfig withLimits(ReadLimits newLimits) {
        return new ValidatorConfig(severities, newLimits);
    }
}
