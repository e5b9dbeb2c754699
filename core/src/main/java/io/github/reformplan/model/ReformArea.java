package io.github.reformplan.model;

import java.util.Optional;

/**
 * The seven reform areas of Resolution 76/NQ-CP (2021-2030), scored by the PAR INDEX.
 * The Vietnamese name is plan data, used in reports as written in the resolution.
 */
public enum ReformArea {
    DIRECTION("direction", "Công tác chỉ đạo, điều hành"),
    INSTITUTIONS("institutions", "Cải cách thể chế"),
    PROCEDURES("procedures", "Cải cách thủ tục hành chính"),
    ORGANIZATION("organization", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    CIVIL_SERVICE("civil-service", "Cải cách chế độ công vụ"),
    PUBLIC_FINANCE("public-finance", "Cải cách tài chính công"),
    DIGITAL_GOVERNMENT("digital-government", "Xây dựng và phát triển chính quyền điện tử, chính quyền số");

    private final String id;
    private final String vietnameseName;

    ReformArea(String id, String vietnameseName) {
        this.id = id;
        this.vietnameseName = vietnameseName;
    }

    public String id() {
        return id;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Optional<ReformArea> fromId(String id) {
        for (ReformArea a : values()) {
            if (a.id.equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
