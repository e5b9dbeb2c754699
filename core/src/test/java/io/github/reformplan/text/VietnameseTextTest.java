package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void cleanCollapsesWhitespaceAndComposes() {
        String nfd = Normalizer.normalize("Sở  Tư\u00a0pháp\n", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(nfd)).isEqualTo("Sở Tư pháp");
        assertThat(VietnameseText.clean(null)).isEmpty();
    }

    @Test
    void matchKeyIgnoresTonePlacementCaseAndForm() {
        assertThat(VietnameseText.matchKey("Uỷ ban nhân dân"))
                .isEqualTo(VietnameseText.matchKey("ỦY BAN NHÂN DÂN"));
        assertThat(VietnameseText.matchKey("Văn hoá")).isEqualTo(VietnameseText.matchKey("Văn hóa"));
        assertThat(VietnameseText.matchKey(Normalizer.normalize("Thuỷ lợi", Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.matchKey("thủy  lợi"));
    }

    @Test
    void matchKeyKeepsAccents() {
        assertThat(VietnameseText.matchKey("Sở Tư pháp")).isNotEqualTo(VietnameseText.matchKey("So Tu phap"));
        assertThat(VietnameseText.matchKey("tháng")).isNotEqualTo(VietnameseText.matchKey("thang"));
    }

    @Test
    void foldKeyIgnoresAccents() {
        assertThat(VietnameseText.foldKey("Sở Tư pháp")).isEqualTo("so tu phap");
        assertThat(VietnameseText.foldKey("Đà Nẵng")).isEqualTo("da nang");
        assertThat(VietnameseText.foldKey("Quý I/2026")).isEqualTo(VietnameseText.foldKey("QUY I/2026"));
    }

    @Test
    void stripAccentsKeepsCase() {
        assertThat(VietnameseText.stripAccents("Đổi mới")).isEqualTo("Doi moi");
    }
}
