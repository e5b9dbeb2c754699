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

    /** The character table behind foldKey gives what normalising the whole text gives, for any text. */
    @Test
    void foldKeyTableAgreesWithNormalising() {
        for (char c = 0; c < 0x2100; c++) {
            for (String s : new String[] {String.valueOf(c), "a" + c, c + "\u0301", " " + c + " x", c + "\u0323 "}) {
                assertThat(VietnameseText.foldKey(s)).as("U+%04X in \"%s\"", (int) c, s)
                        .isEqualTo(VietnameseText.foldKeyByNormalising(s));
            }
        }
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:()-–&/%\u00a0\n\t"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
                + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠỲÝỶỸỴİıßǅ한가\uD835\uDC00Ωﬁ";
        java.util.Random random = new java.util.Random(20261202);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(VietnameseText.foldKey(text)).as("\"%s\"", text)
                    .isEqualTo(VietnameseText.foldKeyByNormalising(text));
        }
    }
}
