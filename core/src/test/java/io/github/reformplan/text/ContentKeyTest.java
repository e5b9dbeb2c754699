package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
