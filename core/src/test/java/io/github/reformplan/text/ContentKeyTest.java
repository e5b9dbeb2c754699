package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rà soát văn bản QPPL | rà soát văn bản quy phạm pháp luật.",
        "2.1. Ban hành Kế hoạch CCHC năm 2026 | Ban hành kế hoạch cải cách hành chính năm 2026",
        "3.52. Thực hiện rà soát, đánh giá TTHC | thuc hien ra soat danh gia thu tuc hanh chinh",
        "a) Tăng cường ứng dụng CNTT | - Tăng cường ứng dụng công nghệ thông tin",
        "Phối hợp với Sở KH&CN | phối hợp với Sở khoa học và công nghệ",
        "Uỷ ban nhân dân xã | UBND xã",
    })
    void sameContent(String a, String b) {
        assertThat(ContentKey.of(a)).isEqualTo(ContentKey.of(b)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kế hoạch kiểm tra năm 2026 | Kế hoạch kiểm tra năm 2027",
        "Rà soát văn bản QPPL | Ban hành văn bản QPPL",
    })
    void differentContent(String a, String b) {
        assertThat(ContentKey.of(a)).isNotEqualTo(ContentKey.of(b));
    }

    /** The one-pass key is the key of the step-by-step definition, for any text. */
    @Test
    void onePassAgreesWithTheDefinition() {
        String[] pieces = {"2.1.", "3.52", "1..2", "a)", "đ)", "A)", "- ", "• ", "* ", "+", " ", "\u00a0", "\n", "QPPL", "KH&CN",
            "kh&cn.", "UBND,", "(TTHC)", "Sở", "Ủy", "Uỷ", "ban", "nhân", "dân", "2026", "50%", "\u0301", "\u0323", "x", ".", ",",
            ";", ":", "(", ")", "–", "/", "İ", "한", "\uD835\uDC00", "½", "Ⅻ", "Ω"};
        Random random = new Random(20261202);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                s.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    s.append(' ');
                }
            }
            String text = s.toString();
            assertThat(ContentKey.of(text)).as("\"%s\"", text).isEqualTo(ContentKey.ofByNormalising(text));
        }
    }
}
