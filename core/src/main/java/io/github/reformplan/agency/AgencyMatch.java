package io.github.reformplan.agency;

import java.util.Objects;

/**
 * The result of {@link AgencyRegistry#lookup(String)}.
 *
 * @param agency    the agency the name refers to
 * @param written   the part of the looked-up text that names the agency, exactly as written (trimmed
 *                  of bullets, list numbering and trailing punctuation); a substring of the input
 * @param canonical true when {@code written} is the canonical name up to case, spacing, Unicode form
 *                  and tone placement ({@code "Uỷ"}/{@code "Ủy"}); false for an abbreviation, another
 *                  spelling, or a name typed without accents. For a name that embeds a place
 *                  ("Đài Phát thanh và Truyền hình Thanh Hóa"), true when it begins with the canonical
 *                  name less its level word ("Đài Phát thanh và Truyền hình")
 * @param remark    what the text says besides the name, e.g. {@code "(chủ trì, phối hợp kiểm tra)"},
 *                  {@code "tổng hợp, báo cáo"}, {@code "tỉnh Hà Tĩnh"}; empty when the text is just the name
 */
public record AgencyMatch(Agency agency, String written, boolean canonical, String remark) {

    public AgencyMatch {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(written, "written");
        remark = remark == null ? "" : remark;
    }

    /** A match with no remark. */
    public AgencyMatch(Agency agency, String written, boolean canonical) {
        this(agency, written, canonical, "");
    }
}
