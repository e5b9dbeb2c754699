package io.github.reformplan.agency;

import java.util.Locale;

/** The level of government an {@link Agency} belongs to. Written in lower case in data files. */
public enum AgencyLevel {
    /** Central government. */
    CENTRAL,
    /** Province or centrally-run city. */
    PROVINCE,
    /** District level (huyện, thị xã, thành phố thuộc tỉnh); abolished from 2025-07-01. */
    DISTRICT,
    /** Commune level (xã, phường, đặc khu; thị trấn before 2025-07-01). */
    COMMUNE,
    /** Not tied to one level (most groups). */
    ANY;

    /** The spelling used in data files: {@code province}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the data-file spelling.
     *
     * @throws IllegalArgumentException for an unknown level
     */
    public static AgencyLevel fromId(String id) {
        for (AgencyLevel l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown agency level '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(AgencyLevel::id).toList() + ")");
    }
}
