package io.github.reformplan.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/** The years a plan covers: one year ({@code "2026"}) or a range ({@code "2026-2030"}). */
public record PlanPeriod(int fromYear, int toYear) {

    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

    public PlanPeriod {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("period ends before it starts: " + fromYear + "-" + toYear);
        }
    }

    public static Optional<PlanPeriod> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return to < from ? Optional.empty() : Optional.of(new PlanPeriod(from, to));
    }

    public LocalDate start() {
        return LocalDate.of(fromYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(toYear, 12, 31);
    }

    @Override
    public String toString() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }
}
