package io.github.reformplan.text;

import java.util.Optional;

/**
 * Reads the Vietnamese deadline phrases of a plan ({@code Quý I/2026}, {@code Trước ngày 30/6/2025},
 * {@code Thường xuyên}, {@code 01 tháng sau khi ...}, {@code Theo kế hoạch ...}).
 *
 * <p>Stateless and thread-safe: the patterns are compiled once, in {@link DeadlineGrammar}. Nothing
 * here throws on bad input; what is not understood comes back empty.
 */
public final class DeadlineParser {

    /** Longer text is not a deadline phrase; refusing it keeps the regex work bounded. */
    static final int MAX_EXPRESSION_LENGTH = 1_000;

    private static final String LEADING = "-+•*·\u25cf ";
    private static final String TRAILING = " .;,:!?/…";

    /**
     * The deadline one expression states. When the text holds more than the expression
     * ({@code "Báo cáo định kỳ hàng Quý"}, {@code "Hoàn thành trong Quý II/2026"}), the expression is
     * looked for inside it; a match of the whole text is preferred.
     *
     * @param expression  e.g. {@code "Chậm nhất trong Quý I/2025"}; accents, case, Unicode form and
     *                    bullets or trailing punctuation do not matter
     * @param defaultYear the year of a phrase that names none ({@code "Quý I"}, {@code "Trước ngày 30/11"}),
     *                    normally the plan's year
     * @return empty when the expression is not understood or names a date that does not exist
     */
    public Optional<Due> parse(String expression, int defaultYear) {
        if (expression == null || expression.length() > MAX_EXPRESSION_LENGTH) {
            return Optional.empty();
        }
        FoldedText text = FoldedText.of(expression);
        String folded = text.text();
        int start = 0;
        while (start < folded.length() && LEADING.indexOf(folded.charAt(start)) >= 0) {
            start++;
        }
        int end = folded.length();
        while (end > start && TRAILING.indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return start < end ? DeadlineGrammar.read(text, start, end, defaultYear) : Optional.empty();
    }
}
