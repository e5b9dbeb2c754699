package io.github.reformplan.text;

import io.github.reformplan.model.Due;
import io.github.reformplan.model.Due.Delegated;
import io.github.reformplan.model.Due.EventRelative;
import io.github.reformplan.model.Due.Recurrence;
import io.github.reformplan.model.Due.Recurring;
import io.github.reformplan.model.Due.Window;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline phrases a plan uses, as patterns over {@link FoldedText} (lower case, no accents,
 * single spaces), each with the reader that turns a match into a {@link Due}.
 *
 * <p>A phrase is first matched as a whole, trying the rules in order; only when no rule covers the
 * whole text is the expression searched for inside it ({@code Theo dõi thường xuyên}), the leftmost
 * and then longest match winning. Once a rule matches, its reader has the last word: {@code Quý V}
 * or {@code 31/2/2026} give nothing rather than falling through to a looser rule that would find a
 * year somewhere in the text.
 */
final class DeadlineGrammar {

    private DeadlineGrammar() {
    }

    @FunctionalInterface
    private interface Reader {
        /** The deadline a match denotes, or empty when the match names no real date. */
        Optional<Due> read(Matcher m, FoldedText text, int defaultYear);
    }

    /**
     * {@code searchable}: may be looked for inside other words, not only matched as the whole text.
     * {@code needle} (or null) and {@code digit}: a literal and an ASCII digit every match holds, so that a
     * rule is tried only on a text that has them (most deadlines are short and only a few rules could match).
     */
    private record Rule(Pattern pattern, boolean searchable, String needle, boolean digit, Reader reader) {

        boolean possible(String folded, int start, int end, boolean hasDigit) {
            if (digit && !hasDigit) {
                return false;
            }
            if (needle == null) {
                return true;
            }
            int at = folded.indexOf(needle, start);
            return at >= 0 && at + needle.length() <= end;
        }
    }

    private static final boolean ANYWHERE = true;
    private static final boolean WHOLE_ONLY = false;
    private static final boolean DIGIT = true;
    private static final boolean ANY = false;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    /** Words that may precede any expression without changing it: "Chậm nhất trong", "Trước ngày", "Hoàn thành". */
    private static final String PREFIX =
            "(?:(?:hoan thanh|thuc hien|cham nhat|muon nhat|thoi han|truoc|trong|vao|den|het|ngay|la|han)\\s)*";
    /** Between a month or quarter and its year: "3/2026", "3 / 2026", "11 năm 2026". */
    private static final String YEAR_SEP = "(?:\\s?/\\s?|\\snam\\s)";
    /** A quarter numeral; V and 5-9 are matched so that they can be refused. */
    private static final String QUARTER = "(iv|i{1,3}|v|\\d)\\b";
    /** Day and month of a numeric date may carry one stray space ("ngày 1 6/6/2025"). */
    private static final String DAY_OR_MONTH = "(\\d(?:\\s?\\d)?)";
    private static final String SPACED_YEAR = "(\\d(?:\\s?\\d){3})";
    private static final String UNIT = "(?:0?6\\sthang|9\\sthang|thang|qu[yi]|ca\\snam|nam)\\b(?!\\s?\\d)";
    private static final String UNIT_JOIN = "\\s?(?:,|\\bva\\b|\\bhoac\\b)\\s?";
    private static final String UNITS = "(" + UNIT + "(?:" + UNIT_JOIN + "(?:hang\\s)?" + UNIT + ")*)";
    private static final String PERIOD = "(\\d{1,3})\\s(ngay|tuan|thang|nam)";
    private static final Pattern UNIT_TOKEN = Pattern.compile("0?6\\sthang|9\\sthang|thang|qu[yi]|ca\\snam|nam");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");

    private static final List<Rule> RULES = List.of(
            // 2026-03-31
            rule(ANYWHERE, "-", DIGIT, "(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
                    (m, t, y) -> day(num(m, 1), num(m, 2), num(m, 3))),
            // 31/3/2026, 15/01/2026, 1 6/6/2025, 31.3.2026
            rule(ANYWHERE, null, DIGIT, DAY_OR_MONTH + "\\s?([/.-])\\s?" + DAY_OR_MONTH + "\\s?\\2\\s?" + SPACED_YEAR + "\\b",
                    (m, t, y) -> day(num(m, 4), num(m, 3), num(m, 1))),
            // ngày 18 tháng 7 năm 2025
            rule(ANYWHERE, "thang", DIGIT, "(\\d{1,2})\\sthang\\s(\\d{1,2})(?:\\s?,?\\snam\\s(\\d{4}))?\\b",
                    (m, t, y) -> day(num(m, 3, y), num(m, 2), num(m, 1))),
            // Trước ngày 30/11 (the plan's year)
            rule(ANYWHERE, "/", DIGIT, "(?:ngay|truoc)\\s(\\d{1,2})\\s?/\\s?(\\d{1,2})\\b(?!\\s?[/.-]\\s?\\d)",
                    (m, t, y) -> day(y, num(m, 2), num(m, 1))),
            // 30/11 on its own
            rule(WHOLE_ONLY, "/", DIGIT, "(\\d{1,2})/(\\d{1,2})", (m, t, y) -> day(y, num(m, 2), num(m, 1))),
            // 3/2026 on its own
            rule(WHOLE_ONLY, "/", DIGIT, "(\\d{1,2})/(\\d{4})", (m, t, y) -> months(num(m, 2), num(m, 1), num(m, 2), num(m, 1))),
            // Từ tháng 3 đến tháng 6/2026
            rule(ANYWHERE, "thang", DIGIT, "(?:tu\\s)?thang\\s(\\d{1,2})(?:" + YEAR_SEP + "(\\d{4}))?\\s?(?:-|den(?:\\shet)?)\\s?"
                            + "(?:thang\\s)?(\\d{1,2})(?:" + YEAR_SEP + "(\\d{4}))?\\b",
                    (m, t, y) -> {
                        int toYear = num(m, 4, y);
                        return months(num(m, 2, toYear), num(m, 1), toYear, num(m, 3));
                    }),
            // Tháng 3/2026, Tháng 11 năm 2026, Trong tháng 6
            rule(ANYWHERE, "thang", DIGIT, "thang\\s(\\d{1,2})(?:" + YEAR_SEP + "(\\d{4}))?\\b",
                    (m, t, y) -> months(num(m, 2, y), num(m, 1), num(m, 2, y), num(m, 1))),
            // Quý I-IV năm 2026, Quý II- IV năm 2026
            rule(ANYWHERE, "qu", ANY, "qu[yi]\\s?" + QUARTER + "\\s?(?:-|den(?:\\shet)?)\\s?(?:qu[yi]\\s?)?" + QUARTER
                            + "(?:" + YEAR_SEP + "(\\d{4}))?\\b",
                    (m, t, y) -> quarters(num(m, 3, y), quarter(m.group(1)), quarter(m.group(2)))),
            // Quý I/2026, Quý IV năm 2026, Quý 1/2026, Quí I
            rule(ANYWHERE, "qu", ANY, "qu[yi]\\s?" + QUARTER + "(?:" + YEAR_SEP + "(\\d{4}))?\\b",
                    (m, t, y) -> quarters(num(m, 2, y), quarter(m.group(1)), quarter(m.group(1)))),
            // 6 tháng đầu năm 2026, 6 tháng cuối năm
            rule(ANYWHERE, "thang", DIGIT, "(\\d{1,2})\\sthang\\s(dau|cuoi)\\s(?:cua\\s)?nam(?:\\s(\\d{4}))?\\b",
                    (m, t, y) -> monthsOfYear(num(m, 3, y), num(m, 1), m.group(2).equals("dau"))),
            // giai đoạn 2026 - 2027, 2026-2030, từ năm 2026 đến năm 2027
            rule(ANYWHERE, null, DIGIT, "(?:giai doan\\s|tu\\s)?(?:nam\\s)?(\\d{4})\\s?(?:-|den)\\s?(?:nam\\s)?(\\d{4})\\b",
                    (m, t, y) -> months(num(m, 1), 1, num(m, 2), 12)),
            // Năm 2026, Trong năm 2025
            rule(ANYWHERE, "nam", DIGIT, "nam\\s(\\d{4})\\b", (m, t, y) -> months(num(m, 1), 1, num(m, 1), 12)),
            // 2026 on its own: inside other text a bare number is too often a document number
            rule(WHOLE_ONLY, null, DIGIT, "(\\d{4})", (m, t, y) -> months(num(m, 1), 1, num(m, 1), 12)),
            // Thường xuyên, Thường xuyên, liên tục; daily work ("Hằng ngày") is continuous too, no finer cycle exists
            rule(ANYWHERE, null, ANY, "(?:thuong xuyen(?:\\s?,?\\s?lien tuc)?|lien tuc|hang ngay)\\b",
                    (m, t, y) -> Optional.of(new Recurring(Recurrence.CONTINUOUS))),
            // Hằng tháng, Định kỳ hằng quý, hằng quý, 6 tháng, 9 tháng, cả năm
            rule(ANYWHERE, null, ANY, "(?:dinh ky\\s(?:hang\\s|moi\\s)?|hang\\s|moi\\s)" + UNITS, (m, t, y) -> recurring(m.group(1))),
            // theo quý, 06 tháng, năm (but not "theo quy định")
            rule(ANYWHERE, "theo", ANY, "theo\\s" + UNITS + "(?=\\s?(?:[,;.()]|$|va\\b|hoac\\b))", (m, t, y) -> recurring(m.group(1))),
            // 6 tháng, năm
            rule(WHOLE_ONLY, null, ANY, "(?:bao cao\\s)?(" + UNIT + "(?:" + UNIT_JOIN + UNIT + ")+)", (m, t, y) -> recurring(m.group(1))),
            // 01 tháng sau khi ..., Ngay sau khi ..., Sau khi ... được phê duyệt
            rule(ANYWHERE, "sau khi", ANY, "(?:" + PERIOD + "\\s)?sau\\skhi\\s(.+)",
                    (m, t, y) -> event(t, m, 3, m.group(1) == null ? Period.ZERO : period(m, 1, 2))),
            // Trong thời hạn 30 ngày kể từ ngày ..., Sau 15 ngày kể từ ...
            rule(ANYWHERE, null, DIGIT, "(?:thoi han|vong|sau)\\s" + PERIOD + "\\s(?:ke tu|tinh tu|sau)\\s(?:(?:ngay|khi)\\s)?(.+)",
                    (m, t, y) -> event(t, m, 3, period(m, 1, 2))),
            // Theo kế hoạch, hướng dẫn của cấp có thẩm quyền; Theo lộ trình ...; Theo quy định
            rule(ANYWHERE, "theo", ANY, "theo\\s((?:ke hoach|huong dan|tien do|quy dinh|lo trinh|chi dao|yeu cau|de an"
                            + "|chuong trinh|van ban|quyet dinh|thong bao|lich|chu truong)\\b.*)",
                    (m, t, y) -> text(t, m, 1).map(Delegated::new)));

    /** The deadline {@code text[start, end)} states, whole-text match first, then searched. */
    static Optional<Due> read(FoldedText text, int start, int end, int defaultYear) {
        String f = text.folded();
        boolean hasDigit = false;
        for (int i = start; i < end && !hasDigit; i++) {
            hasDigit = f.charAt(i) >= '0' && f.charAt(i) <= '9';
        }
        for (Rule rule : RULES) {
            if (!rule.possible(f, start, end, hasDigit)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(f).region(start, end);
            if (m.matches()) {
                return rule.reader.read(m, text, defaultYear);
            }
        }
        Rule best = null;
        Matcher bestMatch = null;
        for (Rule rule : RULES) {
            if (!rule.searchable || !rule.possible(f, start, end, hasDigit)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(f).region(start, end);
            if (m.find() && (bestMatch == null || m.start() < bestMatch.start()
                    || m.start() == bestMatch.start() && m.end() > bestMatch.end())) {
                best = rule;
                bestMatch = m;
            }
        }
        return best == null ? Optional.empty() : best.reader.read(bestMatch, text, defaultYear);
    }

    /**
     * The rules that match somewhere in {@code folded} (as a whole or searched) although it lacks their needle
     * or digit: none, or {@link #read} would miss a deadline. For tests.
     */
    static List<String> hintsBrokenBy(String folded) {
        List<String> broken = new java.util.ArrayList<>();
        boolean hasDigit = folded.chars().anyMatch(c -> c >= '0' && c <= '9');
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(folded);
            if ((m.matches() || m.find(0)) && !rule.possible(folded, 0, folded.length(), hasDigit)) {
                broken.add(rule.pattern.pattern());
            }
        }
        return broken;
    }

    private static Rule rule(boolean searchable, String needle, boolean digit, String regex, Reader reader) {
        return new Rule(Pattern.compile("\\b" + PREFIX + regex), searchable, needle, digit, reader);
    }

    // --- readers' helpers: each returns empty for a date that does not exist, never throws

    private static Optional<Due> day(int year, int month, int day) {
        if (!validYear(year)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Window.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** From the first day of {@code fromYear-fromMonth} to the last day of {@code toYear-toMonth}. */
    private static Optional<Due> months(int fromYear, int fromMonth, int toYear, int toMonth) {
        if (!validYear(fromYear) || !validYear(toYear) || !validMonth(fromMonth) || !validMonth(toMonth)) {
            return Optional.empty();
        }
        LocalDate from = YearMonth.of(fromYear, fromMonth).atDay(1);
        LocalDate to = YearMonth.of(toYear, toMonth).atEndOfMonth();
        return to.isBefore(from) ? Optional.empty() : Optional.of(new Window(from, to));
    }

    private static Optional<Due> quarters(int year, int from, int to) {
        if (from < 1 || to > 4) {
            return Optional.empty();
        }
        return months(year, 3 * from - 2, year, 3 * to);
    }

    /** The first (or last) {@code count} months of a year: "6 tháng đầu năm" is January to June. */
    private static Optional<Due> monthsOfYear(int year, int count, boolean first) {
        if (count < 1 || count > 12) {
            return Optional.empty();
        }
        return first ? months(year, 1, year, count) : months(year, 13 - count, year, 12);
    }

    /** The finest cycle named: a report due "hằng quý, 6 tháng, cả năm" comes back every quarter. */
    private static Optional<Due> recurring(String units) {
        Recurrence finest = null;
        Matcher unit = UNIT_TOKEN.matcher(units);
        while (unit.find()) {
            Recurrence r = switch (unit.group()) {
                case "thang" -> Recurrence.MONTHLY;
                case "quy", "qui" -> Recurrence.QUARTERLY;
                case "6 thang", "06 thang" -> Recurrence.HALF_YEARLY;
                case "nam", "ca nam" -> Recurrence.YEARLY;
                default -> null; // "9 tháng" is a report, not a cycle of its own
            };
            if (r != null && (finest == null || r.compareTo(finest) < 0)) {
                finest = r;
            }
        }
        return Optional.ofNullable(finest).map(Recurring::new);
    }

    private static Optional<Due> event(FoldedText text, Matcher m, int group, Period offset) {
        return text(text, m, group).map(event -> new EventRelative(event, offset));
    }

    /** The original words behind a group, NFC and single-spaced, without trailing punctuation. */
    private static Optional<String> text(FoldedText text, Matcher m, int group) {
        String words = VietnameseText.clean(text.originalSlice(m.start(group), m.end(group)));
        words = TRAILING_PUNCTUATION.matcher(words).replaceFirst("");
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static Period period(Matcher m, int countGroup, int unitGroup) {
        int n = num(m, countGroup);
        return switch (m.group(unitGroup)) {
            case "ngay" -> Period.ofDays(n);
            case "tuan" -> Period.ofWeeks(n);
            case "thang" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            default -> Integer.parseInt(numeral);
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group).replace(" ", ""));
    }

    private static int num(Matcher m, int group, int fallback) {
        return m.group(group) == null ? fallback : num(m, group);
    }

    private static boolean validYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static boolean validMonth(int month) {
        return month >= 1 && month <= 12;
    }
}
