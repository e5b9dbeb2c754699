package io.github.reformplan.agency;

import io.github.reformplan.model.PlanLevel;
import java.time.LocalDate;

/**
 * Where and when a name is read: the level of the plan that names it and the day its agencies must
 * exist on. A commune's plan names its own bodies without the level word ("Phòng Kinh tế", "Trung tâm
 * Phục vụ hành chính công"), so in its scope those names are the commune's; suggestions put the bodies of
 * the plan's level first and leave out agencies that no longer exist (or do not exist yet) on that day.
 *
 * <pre>{@code
 * LookupScope commune = LookupScope.of(PlanLevel.COMMUNE, LocalDate.of(2025, 12, 20));
 * registry.lookup("Trung tâm Phục vụ hành chính công", commune);   // the commune's centre
 * registry.suggest("Ủy ban MTTQ", 1, commune);                     // [Ủy ban Mặt trận Tổ quốc Việt Nam xã]
 * }</pre>
 *
 * @param level the level whose bodies come first; {@link AgencyLevel#ANY} for none
 * @param on    the day agencies must exist on, or {@code null} when not known
 */
public record LookupScope(AgencyLevel level, LocalDate on) {

    /** No level, no date: the plain lookup. */
    public static final LookupScope ANY = new LookupScope(AgencyLevel.ANY, null);

    public LookupScope {
        level = level == null ? AgencyLevel.ANY : level;
    }

    /**
     * The scope of a plan of that level: a department's plan is a province's (its bodies are the province's),
     * a ministry's is central.
     */
    public static LookupScope of(PlanLevel level, LocalDate on) {
        AgencyLevel l = level == null ? AgencyLevel.ANY : switch (level) {
            case PROVINCE, DEPARTMENT -> AgencyLevel.PROVINCE;
            case COMMUNE -> AgencyLevel.COMMUNE;
            case MINISTRY -> AgencyLevel.CENTRAL;
        };
        return new LookupScope(l, on);
    }

    /** Whether a suggestion may name the agency: it exists on the day and does not cease (or has no dates). */
    boolean admits(Agency a) {
        return a.validTo() == null && (on == null || a.validFrom() == null || !a.validFrom().isAfter(on));
    }
}
