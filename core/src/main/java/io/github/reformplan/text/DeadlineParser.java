package io.github.reformplan.text;

import io.github.reformplan.text.CellSegmenter.Segment;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.Due;
import io.github.reformplan.model.Due.Delegated;
import io.github.reformplan.model.Due.EventRelative;
import io.github.reformplan.model.Milestone;
import io.github.reformplan.model.Milestone.Kind;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.ParsedDeadline.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Vietnamese deadline phrases of a plan ({@code Quý I/2026}, {@code Trước ngày 30/6/2025},
 * {@code Thường xuyên}, {@code 01 tháng sau khi ...}, {@code Theo kế hoạch ...}) and whole deadline
 * cells with several labelled milestones.
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
        String folded = text.folded();
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

    /**
     * The milestones of a deadline cell, in order: {@code "- Kế hoạch: Quý I/2025. - Báo cáo kết quả:
     * Tháng 11/2025."} gives two parts, the second a report. A cell with one expression gives one part.
     * Parts are cut as {@link CellSegmenter} says; {@code "Label: expression"} gives a label. A part is a
     * report when its label, or for an unlabelled part its text, starts with "Báo cáo".
     *
     * @return an empty list for a null or blank cell
     */
    public List<Part> parseCell(String cell, int defaultYear) {
        if (cell == null) {
            return List.of();
        }
        return cell.length() > MAX_EXPRESSION_LENGTH ? split(cell, defaultYear)
                : CELLS.get(new Cell(cell, defaultYear), c -> split(c.text(), c.defaultYear()));
    }

    /** Deadline cells repeat across a plan's tasks and a year's plans ("Thường xuyên", "Quý IV/2026"). */
    private static final TextCache<Cell, List<Part>> CELLS = new TextCache<>(4_096);

    private record Cell(String text, int defaultYear) {
    }

    private List<Part> split(String cell, int defaultYear) {
        List<Part> parts = new ArrayList<>();
        for (Segment segment : CellSegmenter.split(cell)) {
            Part part = part(cell, segment, defaultYear);
            int last = parts.size() - 1;
            if (last >= 0 && continuesPrevious(parts.get(last), part, segment)) {
                // "ngay sau khi có chỉ đạo của Chính phủ; Thủ tướng Chính phủ": the ';' was inside the event
                Part previous = parts.get(last);
                String text = cell.substring(previous.offset(), segment.end());
                parts.set(last, new Part(previous.label(), previous.kind(), text, previous.offset(),
                        parse(text, defaultYear)));
            } else {
                parts.add(part);
            }
        }
        return List.copyOf(parts);
    }

    private Part part(String cell, Segment segment, int defaultYear) {
        int colon = labelColon(cell, segment);
        String label = null;
        int start = segment.start();
        if (colon >= 0) {
            int expression = colon + 1;
            while (expression < segment.end() && Character.isWhitespace(cell.charAt(expression))) {
                expression++;
            }
            String candidate = cell.substring(segment.start(), colon).strip();
            if (!candidate.isEmpty() && expression < segment.end()) {
                label = candidate;
                start = expression;
            }
        }
        String text = cell.substring(start, segment.end());
        // An unlabelled "Báo cáo định kỳ hàng Quý" is as much a report as a labelled one.
        Kind kind = isReport(label != null ? label : text) ? Kind.REPORT : Kind.WORK;
        return new Part(label, kind, text, start, parse(text, defaultYear));
    }

    /**
     * What a task's deadline states, as the model holds it ({@link io.github.reformplan.model.Task#parsedDeadline()}):
     * a string is cut into its milestones as {@link #parseCell} does; a list of milestones gives one part per
     * milestone, with the milestone's label and kind; no deadline gives no part.
     */
    public ParsedDeadline parseDeadline(Deadline deadline, int defaultYear) {
        List<Part> parts = new ArrayList<>();
        if (deadline instanceof Deadline.Text text) {
            parts.addAll(parseCell(text.text(), defaultYear));
        } else if (deadline instanceof Deadline.Milestones milestones) {
            for (Milestone m : milestones.milestones()) {
                String due = m.due() == null ? "" : m.due();
                parts.add(new Part(m.label(), m.kind(), due, 0,
                        m.due() == null ? Optional.empty() : parse(m.due(), defaultYear)));
            }
        }
        return new ParsedDeadline(defaultYear, parts);
    }

    /**
     * What a responsibility's report deadline states ({@link
     * io.github.reformplan.model.Responsibility#parsedReportDeadline()}): its parts as {@link #parseCell} cuts
     * them, every one a report; a null or blank text gives no part.
     */
    public ParsedDeadline parseReportDeadline(String text, int defaultYear) {
        if (text == null || text.isBlank()) {
            return ParsedDeadline.none(defaultYear);
        }
        return new ParsedDeadline(defaultYear, parseCell(text, defaultYear).stream().map(Part::asReport).toList());
    }

    /** The first colon of the segment that is not inside a number ("ISO 9001:2015", "14:30"), or -1. */
    private static int labelColon(String cell, Segment segment) {
        for (int i = segment.start(); i < segment.end(); i++) {
            if (cell.charAt(i) == ':'
                    && !(i > 0 && Character.isDigit(cell.charAt(i - 1))
                            && i + 1 < cell.length() && Character.isDigit(cell.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReport(String words) {
        String head = words.length() > 40 ? words.substring(0, 40) : words; // no need to fold a whole essay
        return VietnameseText.foldKey(head).startsWith("bao cao");
    }

    /**
     * Whether an unlabelled, unbulleted part that means nothing on its own is the rest of the
     * previous part's free text (an event or an authority may contain ';' or a line break).
     */
    private static boolean continuesPrevious(Part previous, Part part, Segment segment) {
        boolean openEnded = previous.due().filter(d -> d instanceof EventRelative || d instanceof Delegated).isPresent();
        return openEnded && !segment.bulleted() && part.label() == null && part.due().isEmpty();
    }
}
