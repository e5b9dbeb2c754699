package io.github.reformplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline as the reader understood it: its milestones in order, each with what it states. Computed
 * once, when a plan is bound ({@code PlanReader}, {@code PlanValidator}); rules and integrators read it
 * instead of parsing the text again.
 *
 * <p>A string with several labelled parts ({@code "- Kế hoạch: Quý I/2025. - Báo cáo kết quả: Tháng
 * 11/2025."}) gives one part each, a part whose label starts with <i>Báo cáo</i> being a report;
 * milestones written as a list give one part each, in the same order; a single expression gives one
 * part; no deadline gives no part.
 *
 * <pre>{@code
 * Plan plan = PlanReader.read(Path.of("plans/ha-tinh-2026.yaml"));
 * for (Task task : plan.tasks()) {
 *     task.parsedDeadline().window().ifPresent(w ->
 *             System.out.println(task.id() + ": " + w.earliest() + ".." + w.latest())); // 2.26: 2025-01-01..2025-03-31
 * }
 * }</pre>
 *
 * @param defaultYear the year assumed for a phrase that names none ({@code "Quý I"}, {@code "Trước ngày
 *                    30/11"}): see {@link PlanHeader#defaultYear()}
 * @param parts       the milestones, in the order written
 */
public record ParsedDeadline(int defaultYear, List<Part> parts) {

    public ParsedDeadline {
        parts = List.copyOf(parts);
    }

    /** A deadline with no part (the task states none). */
    public static ParsedDeadline none(int defaultYear) {
        return new ParsedDeadline(defaultYear, List.of());
    }

    /**
     * The window from the earliest start to the latest end of the parts that are date windows; empty when
     * no part is one. For a single expression such as {@code Quý I/2025} this is its window.
     */
    public Optional<Due.Window> window() {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Part p : parts) {
            Optional<Due.Window> w = p.window();
            if (w.isPresent()) {
                earliest = earliest == null || w.get().earliest().isBefore(earliest) ? w.get().earliest() : earliest;
                latest = latest == null || w.get().latest().isAfter(latest) ? w.get().latest() : latest;
            }
        }
        return earliest == null ? Optional.empty() : Optional.of(new Due.Window(earliest, latest));
    }

    /** The parts whose expression was not understood, in order. */
    public List<Part> unparsed() {
        return parts.stream().filter(p -> p.due().isEmpty()).toList();
    }

    /**
     * One milestone of a deadline, e.g. {@code "Báo cáo kết quả: Tháng 11/2025"} out of {@code "- Kế hoạch:
     * Quý I/2025. - Báo cáo kết quả: Tháng 11/2025."}.
     *
     * @param label  the words before the colon ({@code "Báo cáo kết quả"}) or the milestone's label, as
     *               written; null when there is none
     * @param kind   {@link Milestone.Kind#REPORT} when the part reports on the work (a label, or an
     *               unlabelled text, starting with <i>Báo cáo</i>; a milestone of kind {@code report}; every
     *               part of a responsibility's report deadline), else {@link Milestone.Kind#WORK}
     * @param text   the part's expression as written, without its bullet, label and trailing punctuation
     * @param offset where {@code text} starts in the string it was cut from, in chars
     *               ({@code written.startsWith(text, offset)}); 0 for a milestone of a list
     * @param due    what the expression states; empty when it was not understood
     */
    public record Part(String label, Milestone.Kind kind, String text, int offset, Optional<Due> due) {

        public Part {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(due, "due");
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset: " + offset);
            }
        }

        public boolean isReport() {
            return kind == Milestone.Kind.REPORT;
        }

        /** The date window, when the part states one (not a recurrence, an event or another body's plan). */
        public Optional<Due.Window> window() {
            return due.filter(Due.Window.class::isInstance).map(Due.Window.class::cast);
        }

        /** The same part as a report (a responsibility's report deadline holds reports only). */
        public Part asReport() {
            return kind == Milestone.Kind.REPORT ? this : new Part(label, Milestone.Kind.REPORT, text, offset, due);
        }
    }
}
