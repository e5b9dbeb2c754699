package io.github.reformplan.agency;

import java.util.Objects;

/**
 * The result of {@link AgencyRegistry#lookup(String)}.
 *
 * @param agency    the agency the name refers to
 * @param written   the part of the looked-up text that names the agency, exactly as written (trimmed
 *                  of bullets, list numbering and trailing punctuation); a substring of the input
 * @param canonical true when {@code written} is the canonical name up to case, spacing, Unicode form
 *                  and tone placement ({@code "Uỷ"}/{@code "Ủy"}), or the canonical name of a commune body
 *                  with its level word ({@code "Văn phòng HĐND và UBND xã"}); false for an abbreviation,
 *                  another spelling, or a name typed without accents. For a name that embeds a place
 *                  ("Đài Phát thanh và Truyền hình Thanh Hóa"), true when it begins with the canonical
 *                  name less its level word ("Đài Phát thanh và Truyền hình")
 * @param remark    what the text says besides the name, e.g. {@code "(chủ trì, phối hợp kiểm tra)"},
 *                  {@code "tổng hợp, báo cáo"}, {@code "tỉnh Hà Tĩnh"}; empty when the text is just the name
 * @param how       how the text matched: the whole text is the name ({@link How#EXACT}, {@link How#ALIAS},
 *                  then {@code remark} is empty or the place the name is qualified with), or a known name
 *                  was found inside a longer text ({@link How#CONTAINED})
 */
public record AgencyMatch(Agency agency, String written, boolean canonical, String remark, How how) {

    /** How a text matched a known agency. */
    public enum How {
        /** The text is the canonical name (give or take the place it is qualified with: "Sở Tư pháp tỉnh Hà Tĩnh"). */
        EXACT,
        /** The text is another spelling of the name: an abbreviation, an alias, no accents (or that and a place). */
        ALIAS,
        /** A known name found inside a longer text ("Sở Nội vụ chủ trì đối với ..."): the rest is a remark. */
        CONTAINED
    }

    public AgencyMatch {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(written, "written");
        remark = remark == null ? "" : remark;
        if (how == null) {
            how = !remark.isEmpty() ? How.CONTAINED : canonical ? How.EXACT : How.ALIAS;
        }
    }

    /** A match whose kind follows from the remark: none is a whole-text match, any other is contained. */
    public AgencyMatch(Agency agency, String written, boolean canonical, String remark) {
        this(agency, written, canonical, remark, null);
    }

    /** A match with no remark. */
    public AgencyMatch(Agency agency, String written, boolean canonical) {
        this(agency, written, canonical, "", null);
    }

    /** Whether the whole text names the agency (possibly with its place), so that a fix may replace it all. */
    public boolean whole() {
        return how != How.CONTAINED;
    }

    /** The place the name is qualified with ({@code "tỉnh Hà Tĩnh"}, {@code "huyện Hoằng Hóa"}), or {@code ""}. */
    public String place() {
        return whole() ? remark : "";
    }
}
