package io.github.reformplan.model;

import java.util.Locale;
import java.util.Optional;

/** The level of government a plan belongs to. */
public enum PlanLevel {
    PROVINCE, COMMUNE, DEPARTMENT, MINISTRY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlanLevel> fromId(String id) {
        for (PlanLevel l : values()) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
