package io.github.reformplan.agency;

import java.util.Locale;

/** What sort of body an {@link Agency} entry stands for. Written in lower case with dashes in data files. */
public enum AgencyKind {
    /** A ministry or ministry-level body of the Government (Bộ, Ngân hàng Nhà nước, ...). */
    MINISTRY,
    /** A specialised agency of a provincial people's committee (Sở, Văn phòng UBND tỉnh, Thanh tra tỉnh). */
    DEPARTMENT,
    /** Any other body at province level (HĐND tỉnh, Công an tỉnh, Trung tâm Phục vụ hành chính công tỉnh, ...). */
    PROVINCIAL_BODY,
    /** A body of a commune-level unit (xã, phường, đặc khu), e.g. Phòng Văn hóa - Xã hội. */
    COMMUNE_BODY,
    /** A collective phrase rather than one body ("Các sở, ban, ngành cấp tỉnh"). */
    GROUP,
    /** A people's committee (UBND tỉnh, UBND cấp huyện, UBND cấp xã). */
    PEOPLE_COMMITTEE,
    /** Anything else: the Government, party bodies, officials' titles, consultants. */
    OTHER;

    /** The spelling used in data files: {@code provincial-body}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses the data-file spelling.
     *
     * @throws IllegalArgumentException for an unknown kind
     */
    public static AgencyKind fromId(String id) {
        for (AgencyKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown agency kind '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(AgencyKind::id).toList() + ")");
    }
}
