package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.util.List;

/**
 * A rule's metadata, read once from its {@link RuleInfo}.
 *
 * @param reads the places of the plan the rule's verdict depends on ({@link RuleInfo#reads()})
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String summary, List<String> altIds,
        List<String> reads) {

    public RuleDescriptor {
        altIds = List.copyOf(altIds);
        reads = List.copyOf(reads);
    }

    /** A rule that declares no places it reads. */
    public RuleDescriptor(String id, Severity defaultSeverity, String summary, List<String> altIds) {
        this(id, defaultSeverity, summary, altIds, List.of());
    }

    /** The descriptor a class declares with {@link RuleInfo} (a rule, or a change check of the diff). */
    public static RuleDescriptor of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " lacks @RuleInfo");
        }
        return new RuleDescriptor(info.id(), info.severity(), info.summary(), List.of(info.altIds()),
                List.of(info.reads()));
    }
}
