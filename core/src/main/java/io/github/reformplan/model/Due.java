package io.github.reformplan.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a task or a report is due, as a plan states it.
 *
 * <p>Plans state deadlines in four ways: a calendar window ({@code Quý I/2026}), a recurrence that
 * runs through the plan's period ({@code Thường xuyên}, {@code Hằng quý}), an offset from an event
 * whose date nobody knows yet ({@code 01 tháng sau khi ... công bố chỉ số PCI}), or a reference to
 * someone else's schedule ({@code Theo kế hoạch, hướng dẫn của cấp có thẩm quyền}). Only the first
 * can be compared with dates; the rules decide what to do with the others.
 *
 * <p>Readers compute it once, when a plan is bound: each task's {@link Task#parsedDeadline()} and each
 * responsibility's {@link Responsibility#parsedReportDeadline()} hold one per milestone.
 *
 * <pre>{@code
 * for (ParsedDeadline.Part part : task.parsedDeadline().parts()) {
 *     part.due().ifPresent(due -> {
 *         if (due instanceof Due.Window w) {
 *             System.out.println(part.text() + ": " + w.earliest() + ".." + w.latest()); // Quý I/2025: 2025-01-01..2025-03-31
 *         } else if (due instanceof Due.Recurring r) {
 *             System.out.println(part.text() + ": " + r.recurrence());                   // Hằng quý: QUARTERLY
 *         }
 *     });
 * }
 * }</pre>
 */
public sealed interface Due permits Due.Window, Due.Recurring, Due.EventRelative, Due.Delegated {

    /**
     * A date window, both ends inclusive. A deadline on one day ({@code Trước ngày 15/01/2026}) is a
     * window of that day alone: "before the 15th" is read as "by the 15th", as plans mean it.
     */
    record Window(LocalDate earliest, LocalDate latest) implements Due {

        public Window {
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("window ends before it starts: " + earliest + " > " + latest);
            }
        }

        public static Window day(LocalDate date) {
            return new Window(date, date);
        }

        public static Window month(YearMonth month) {
            return new Window(month.atDay(1), month.atEndOfMonth());
        }

        public static Window year(int year) {
            return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }

        public boolean isSingleDay() {
            return earliest.equals(latest);
        }
    }

    /** How often a recurring deadline comes back; {@code CONTINUOUS} is ongoing work with no cycle. */
    enum Recurrence {
        CONTINUOUS, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
    }

    /** A deadline that recurs (or runs continuously) from the start to the end of the plan's period. */
    record Recurring(Recurrence recurrence) implements Due {

        public Recurring {
            Objects.requireNonNull(recurrence, "recurrence");
        }
    }

    /**
     * Due {@code offset} after an event ({@code event} is the event as written, e.g.
     * {@code "các cơ quan TW công bố chỉ số PCI"}); {@code P0D} for {@code Ngay sau khi ...}.
     */
    record EventRelative(String event, Period offset) implements Due {

        public EventRelative {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(offset, "offset");
            if (offset.isNegative()) {
                throw new IllegalArgumentException("negative offset: " + offset);
            }
        }
    }

    /**
     * Due whenever another body's plan, guidance or roadmap says ({@code authority} is what follows
     * {@code Theo}, as written, e.g. {@code "kế hoạch, hướng dẫn của cấp có thẩm quyền"}).
     */
    record Delegated(String authority) implements Due {

        public Delegated {
            Objects.requireNonNull(authority, "authority");
        }
    }
}
