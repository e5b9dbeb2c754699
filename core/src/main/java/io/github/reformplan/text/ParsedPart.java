package io.github.reformplan.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One milestone of a deadline cell, e.g. {@code "Báo cáo kết quả: Tháng 11/2025"} out of
 * {@code "- Kế hoạch: Quý I/2025. - Báo cáo kết quả: Tháng 11/2025."}.
 *
 * @param label  the words before the colon ({@code "Báo cáo kết quả"}), as written; null when the part has none
 * @param kind   {@link Kind#REPORT} when the part is a report on the work, else {@link Kind#WORK}
 * @param text   the part's expression as written, without its bullet, label and trailing punctuation
 * @param offset where {@code text} starts in the cell, in chars: {@code cell.startsWith(text, offset)}
 * @param due    the deadline the expression states; empty when it was not understood
 */
public record ParsedPart(String label, Kind kind, String text, int offset, Optional<Due> due) {

    /** Whether a milestone is the work itself or the report on it (SPEC §3: a label starting with "Báo cáo"). */
    public enum Kind {
        WORK, REPORT
    }

    public ParsedPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset: " + offset);
        }
    }
}
