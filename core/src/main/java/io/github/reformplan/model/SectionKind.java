package io.github.reformplan.model;

import java.util.Locale;
import java.util.Optional;

/** The standard parts of a plan document. */
public enum SectionKind {
    PURPOSE, TARGETS, TASKS, FUNDING, IMPLEMENTATION, APPENDIX, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SectionKind> fromId(String id) {
        for (SectionKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
