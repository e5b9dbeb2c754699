package io.github.reformplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * From "Tổ chức thực hiện": the agency that steers some reform areas, and when it reports.
 *
 * <pre>{@code
 * r.reportDeadline();                                   // "Trước ngày 30/11/2026"
 * r.parsedReportDeadline().parts().get(0).window();     // Optional[Window[earliest=2026-11-30, latest=2026-11-30]]
 * }</pre>
 *
 * @param reportDeadline       when the agency reports, as written; null when not stated
 * @param parsedReportDeadline what {@code reportDeadline} states, every part a report; computed when the plan
 *                             is bound; null only for a responsibility built with the constructor that omits
 *                             it, until {@code PlanReader.complete(plan)} or the validator computes it
 * @param agencies             the agencies {@code agency} names, resolved when the plan is bound (usually one;
 *                             item 0); null only for a responsibility built with a constructor that omits it
 */
public record Responsibility(
        @NotBlank String agency,
        @NotEmpty List<@NotNull ReformArea> areas,
        String reportDeadline,
        @NotNull Position position,
        ParsedDeadline parsedReportDeadline,
        List<ResolvedAgency> agencies) {

    public Responsibility {
        areas = List.copyOf(areas);
        agencies = agencies == null ? null : List.copyOf(agencies);
    }

    /** A responsibility whose report deadline is not parsed yet (see {@link #parsedReportDeadline()}). */
    public Responsibility(String agency, List<ReformArea> areas, String reportDeadline, Position position) {
        this(agency, areas, reportDeadline, position, null, null);
    }

    /** A responsibility whose agency is not resolved yet (see {@link #agencies()}). */
    public Responsibility(String agency, List<ReformArea> areas, String reportDeadline, Position position,
            ParsedDeadline parsedReportDeadline) {
        this(agency, areas, reportDeadline, position, parsedReportDeadline, null);
    }

    /** This responsibility with its report deadline as parsed. */
    public Responsibility withParsedReportDeadline(ParsedDeadline parsed) {
        return new Responsibility(agency, areas, reportDeadline, position, parsed, agencies);
    }

    /** This responsibility with its agency as resolved. */
    public Responsibility withAgencies(List<ResolvedAgency> resolved) {
        return new Responsibility(agency, areas, reportDeadline, position, parsedReportDeadline, resolved);
    }
}
