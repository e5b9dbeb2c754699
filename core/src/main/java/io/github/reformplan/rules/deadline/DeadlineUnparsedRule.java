package io.github.reformplan.rules.deadline;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;

/**
 * A deadline expression is not understood, so no date rule can check it. Recurring ("Thường xuyên"),
 * event-relative ("01 tháng sau khi ...") and delegated ("Theo kế hoạch ...") deadlines are understood.
 */
@RuleInfo(id = "deadline-unparsed", severity = Severity.WARNING,
        reads = {"/tasks/*/deadline", "/responsibilities/*/reportDeadline"}, summary = "A deadline expression is not understood")
public final class DeadlineUnparsedRule implements PlanRule {

    /** A year after a month, a quarter or a date ("9/999999999", "năm 20260"): any run of digits, to be checked. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
            "(?:/\\s?|\\bn(?:ă|a)m\\s+)(\\d{1,12})", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Years the deadline grammar reads; a year outside them is a typing slip, never a real deadline. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        for (DeadlinePart part : ctx.derived(Deadlines.ALL)) {
            java.util.Optional<String> year = impossibleYear(part.text());
            if (year.isPresent()) {
                // read as something else it would mislead (Tháng 9/999999999 is not September of the plan's year)
                sink.at(part.pointer()).variant("year").args(part.describe(), year.get()).report();
            } else if (part.due().isEmpty()) {
                sink.at(part.pointer()).args(part.describe()).report();
            }
        }
    }

    /** A year written in the text that no plan's deadline can have: five digits or more, or before 1900, after 2199. */
    static java.util.Optional<String> impossibleYear(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = YEAR.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        while (m.find()) {
            String digits = m.group(1);
            if (digits.length() < 4 && m.group().startsWith("/")) {
                continue; // 30/6: a day and month, the year comes after
            }
            long year = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (digits.length() >= 4 && (year < FIRST_YEAR || year > LAST_YEAR)) {
                return java.util.Optional.of(digits.length() > 12 ? digits.substring(0, 12) + "…" : digits);
            }
        }
        return java.util.Optional.empty();
    }
}
