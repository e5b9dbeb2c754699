package io.github.reformplan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reformplan.model.Due;
import io.github.reformplan.model.Due.Delegated;
import io.github.reformplan.model.Due.EventRelative;
import io.github.reformplan.model.Due.Recurring;
import io.github.reformplan.model.Due.Window;
import io.github.reformplan.model.Milestone.Kind;
import io.github.reformplan.model.ParsedDeadline.Part;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deadline phrases as real plans write them. The phrases are copied verbatim from the appendix
 * tables and the "Tổ chức thực hiện" sections of Thanh Hóa's 2025 plan (seed 002) and Hà Tĩnh's
 * 2026 plan (seed 004), and from the phrase lists of DOMAIN.md and SPEC.md §3.
 *
 * <p>Expected results are written compactly: {@code 2025-01-01/2025-03-31} a window,
 * {@code QUARTERLY} a recurrence, {@code P1M after <event>} an event-relative deadline,
 * {@code per <authority>} a delegated one, {@code none} not understood.
 */
class DeadlineParserTest {

    /** The year a phrase without one falls in: the plan's year. */
    private static final int PLAN_YEAR = 2026;

    private final DeadlineParser parser = new DeadlineParser();

    @Nested
    class Phrases {

        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                # Thanh Hóa 2025 (seed 002), appendix "Thời gian hoàn thành" cells and their parts
                Chậm nhất trong Quý I/2025                   | 2025-01-01/2025-03-31
                thực hiện theo quy định về công tác thống kê, báo cáo của ngành Tư pháp | per quy định về công tác thống kê, báo cáo của ngành Tư pháp
                Thường xuyên.                                | CONTINUOUS
                Thường xuyên                                 | CONTINUOUS
                Quý IV/2025.                                 | 2025-10-01/2025-12-31
                Tháng 11/2025.                               | 2025-11-01/2025-11-30
                Thực hiện theo Kế hoạch được ban hành        | per Kế hoạch được ban hành
                Quý I/2025                                   | 2025-01-01/2025-03-31
                Định kỳ hằng tháng.                          | MONTHLY
                Định kỳ hằng Quý.                            | QUARTERLY
                Theo kế hoạch, hướng dẫn của cấp có thẩm quyền. | per kế hoạch, hướng dẫn của cấp có thẩm quyền
                Ngay sau khi có hướng dẫn của Trung ương     | P0D after có hướng dẫn của Trung ương
                Trong năm 2025.                              | 2025-01-01/2025-12-31
                Tháng 12/2025.                               | 2025-12-01/2025-12-31
                Báo cáo kết quả thực hiện: Trước ngày 30/12/2025. | 2025-12-30/2025-12-30
                Chậm nhất Quý II/2025.                       | 2025-04-01/2025-06-30
                Chậm nhất Quý I/2026.                        | 2026-01-01/2026-03-31
                Báo cáo định kỳ hàng Quý.                    | QUARTERLY
                Báo cáo kết quả thực hiện: Quý IV/2025.      | 2025-10-01/2025-12-31
                Tháng 3/2025.                                | 2025-03-01/2025-03-31
                Theo kế hoạch của UBND tỉnh                  | per kế hoạch của UBND tỉnh
                Ngay sau khi được cấp kinh phí thực hiện     | P0D after được cấp kinh phí thực hiện
                Trước ngày 05/01/2025;                       | 2025-01-05/2025-01-05
                Định kỳ hằng Quý hoặc đột xuất theo quy định. | QUARTERLY
                ngay sau khi có chỉ đạo của Chính phủ; Thủ tướng Chính phủ. | P0D after có chỉ đạo của Chính phủ; Thủ tướng Chính phủ
                Báo cáo kết quả thực hiện cùng báo cáo CCHC định kỳ hàng quý. | QUARTERLY
                Trước ngày 30/11/2025;                       | 2025-11-30/2025-11-30
                Trước ngày 15/12/2025;                       | 2025-12-15/2025-12-15
                Định kỳ hằng quý.                            | QUARTERLY
                - Thanh tra, kiểm tra: Trong năm 2025.       | 2025-01-01/2025-12-31
                - Tổ chức các lớp: Thường xuyên.             | CONTINUOUS
                Báo cáo công tác kiểm soát TTHC hằng quý, năm. | QUARTERLY
                # Thanh Hóa 2025, body text (report deadlines, periods)
                trước ngày 30/11/2025                        | 2025-11-30/2025-11-30
                trước ngày 25/12/2025                        | 2025-12-25/2025-12-25
                định kỳ hằng quý, 6 tháng, 9 tháng, cả năm hoặc đột xuất | QUARTERLY
                ngày 18/12/2024                              | 2024-12-18/2024-12-18
                giai đoạn 2023 - 2025                        | 2023-01-01/2025-12-31
                giai đoạn 2022 - 2026                        | 2022-01-01/2026-12-31
                # Hà Tĩnh 2026 (seed 004), appendix column "7- Thời gian hoàn thành"
                Tháng 12/2025                                | 2025-12-01/2025-12-31
                Quý I năm 2026                               | 2026-01-01/2026-03-31
                Quý IV năm 2026                              | 2026-10-01/2026-12-31
                Quý III năm 2026                             | 2026-07-01/2026-09-30
                01 tháng sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS | P1M after các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS
                01 tháng sau khi các cơ quan TW công bố chỉ số PCI | P1M after các cơ quan TW công bố chỉ số PCI
                01 tháng sau khi Bộ Khoa học và Công nghệ công bố chỉ số DTI | P1M after Bộ Khoa học và Công nghệ công bố chỉ số DTI
                Hàng tháng                                   | MONTHLY
                Theo dõi thường xuyên                        | CONTINUOUS
                Đôn đốc tiến độ hàng tháng                   | MONTHLY
                Tháng 01/2026                                | 2026-01-01/2026-01-31
                Tháng 3/2026                                 | 2026-03-01/2026-03-31
                Quý II/2026                                  | 2026-04-01/2026-06-30
                Quý III/2026                                 | 2026-07-01/2026-09-30
                Trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra về văn bản trái pháp luật | P30D after nhận được kết luận kiểm tra về văn bản trái pháp luật
                Tháng 10/2026                                | 2026-10-01/2026-10-31
                Ngay sau khi ban hành văn bản QPPL           | P0D after ban hành văn bản QPPL
                Theo lộ trình đề án được phê duyệt hoặc chủ trương, chỉ đạo của cấp có thẩm quyền | per lộ trình đề án được phê duyệt hoặc chủ trương, chỉ đạo của cấp có thẩm quyền
                Theo lộ trình được cấp có thẩm quyền quy định | per lộ trình được cấp có thẩm quyền quy định
                Quý I/2026                                   | 2026-01-01/2026-03-31
                Năm 2026                                     | 2026-01-01/2026-12-31
                Năm 2025                                     | 2025-01-01/2025-12-31
                2026                                         | 2026-01-01/2026-12-31
                Quý I-IV năm 2026                            | 2026-01-01/2026-12-31
                Quý II- IV năm 2026                          | 2026-04-01/2026-12-31
                # Hà Tĩnh 2026, body text
                trước ngày 31/01/2026                        | 2026-01-31/2026-01-31
                trước ngày 15/01/2026                        | 2026-01-15/2026-01-15
                theo quý, 06 tháng, năm và đột xuất (nếu có) | QUARTERLY
                thường xuyên, liên tục                       | CONTINUOUS
                ngay sau khi Bộ, cơ quan ngang bộ công bố TTHC | P0D after Bộ, cơ quan ngang bộ công bố TTHC
                sau khi Đề án được ban hành                  | P0D after Đề án được ban hành
                giai đoạn 2026-2030                          | 2026-01-01/2030-12-31
                giai đoạn 2026 - 2030                        | 2026-01-01/2030-12-31
                giai đoạn 2021 - 2030                        | 2021-01-01/2030-12-31
                hàng năm                                     | YEARLY
                trong năm 2026                               | 2026-01-01/2026-12-31
                ngày 31/12/2025                              | 2025-12-31/2025-12-31
                ngày 30/12/2025                              | 2025-12-30/2025-12-30
                # Thanh Hóa 2021-2025 news item (seed 003)
                hằng năm                                     | YEARLY
                giai đoạn 2021-2025                          | 2021-01-01/2025-12-31
                # DOMAIN.md "Phrases" and SPEC.md §3 "Deadline expressions"
                trong quý I/2026                             | 2026-01-01/2026-03-31
                tháng 6/2026                                 | 2026-06-01/2026-06-30
                Trước ngày 30/6/2025                         | 2025-06-30/2025-06-30
                ngày 18 tháng 7 năm 2025                     | 2025-07-18/2025-07-18
                6 tháng đầu năm                              | 2026-01-01/2026-06-30
                6 tháng đầu năm 2026                         | 2026-01-01/2026-06-30
                giai đoạn 2026 - 2027                        | 2026-01-01/2027-12-31
                Hằng tháng                                   | MONTHLY
                Định kỳ hằng quý                             | QUARTERLY
                Hằng năm                                     | YEARLY
                Trước ngày 15/01/2026                        | 2026-01-15/2026-01-15
                2026-03-31                                   | 2026-03-31/2026-03-31
                31/3/2026                                    | 2026-03-31/2026-03-31
                Tháng 11 năm 2026                            | 2026-11-01/2026-11-30
                ngày 1 6/6/2025                              | 2025-06-16/2025-06-16
                # the brief's list: variants, noise, phrases without a year
                6 tháng cuối năm                             | 2026-07-01/2026-12-31
                Chậm nhất ngày 31/3/2026                     | 2026-03-31/2026-03-31
                Quý 1/2026                                   | 2026-01-01/2026-03-31
                quý i/2026                                   | 2026-01-01/2026-03-31
                Quí I/2026                                   | 2026-01-01/2026-03-31
                QUÝ IV NĂM 2026                              | 2026-10-01/2026-12-31
                Trong tháng 6/2026                           | 2026-06-01/2026-06-30
                Từ tháng 3 đến tháng 6/2026                  | 2026-03-01/2026-06-30
                Trước 30/11/2026                             | 2026-11-30/2026-11-30
                Quy I/2026                                   | 2026-01-01/2026-03-31
                Thuong xuyen                                 | CONTINUOUS
                THƯỜNG XUYÊN                                 | CONTINUOUS
                Quý I                                        | 2026-01-01/2026-03-31
                Tháng 3                                      | 2026-03-01/2026-03-31
                Trước ngày 30/11                             | 2026-11-30/2026-11-30
                Hoàn thành trong Quý II/2026                 | 2026-04-01/2026-06-30
                Theo quy định                                | per quy định
                Sau khi Kế hoạch được phê duyệt              | P0D after Kế hoạch được phê duyệt
                6 tháng, năm                                 | HALF_YEARLY
                Định kỳ 6 tháng                              | HALF_YEARLY
                - Quý 1/2026                                 | 2026-01-01/2026-03-31
                + Tháng 12/2025                              | 2025-12-01/2025-12-31
                • Quý I/2026                                 | 2026-01-01/2026-03-31
                Theo kế hoạch của Uỷ ban nhân dân tỉnh       | per kế hoạch của Uỷ ban nhân dân tỉnh
                # not deadlines, or dates that do not exist
                Theo dự toán được cấp                        | none
                Sở Nội vụ                                    | none
                31/2/2026                                    | none
                29/2/2025                                    | none
                Quý V/2026                                   | none
                Quý V năm 2026                               | none
                Quý 0/2026                                   | none
                Quý IV-I năm 2026                            | none
                Tháng 13/2026                                | none
                Từ tháng 6 đến tháng 3/2026                  | none
                giai đoạn 2027 - 2026                        | none
                Năm 1066                                     | none
                """)
        void parsesPhrase(String phrase, String expected) {
            assertThat(describe(parser.parse(phrase, PLAN_YEAR))).isEqualTo(expected);
        }
    }

    @Nested
    class Noise {

        @ParameterizedTest
        @ValueSource(strings = {"Chậm nhất trong Quý I/2025", "Thường xuyên", "Định kỳ hằng quý",
            "01 tháng sau khi các cơ quan TW công bố chỉ số PCI", "Trước ngày 1 5/01/2026"})
        void decomposedInputParsesLikeComposed(String phrase) {
            String nfd = Normalizer.normalize(phrase, Normalizer.Form.NFD);
            assertThat(nfd).isNotEqualTo(phrase);
            assertThat(parser.parse(nfd, PLAN_YEAR)).isEqualTo(parser.parse(phrase, PLAN_YEAR)).isPresent();
        }

        @Test
        void eventTextComesBackComposedAndSingleSpaced() {
            String nfd = Normalizer.normalize("Ngay sau khi  ban hành\u00a0văn bản QPPL.", Normalizer.Form.NFD);
            assertThat(parser.parse(nfd, PLAN_YEAR))
                    .contains(new EventRelative("ban hành văn bản QPPL", java.time.Period.ZERO));
        }

        @Test
        void tonePlacementAndMisplacedAccentsDoNotMatter() {
            assertThat(parser.parse("Theo kế hoạch của Ủy ban nhân dân tỉnh", PLAN_YEAR))
                    .contains(new Delegated("kế hoạch của Ủy ban nhân dân tỉnh"));
            assertThat(parser.parse("Thưòng xuyên", PLAN_YEAR)).contains(new Recurring(Due.Recurrence.CONTINUOUS));
        }

        @Test
        void strayDashesAndSpacesFromWord() {
            assertThat(describe(parser.parse("giai đoạn 2026 \u2013 2027", PLAN_YEAR))).isEqualTo("2026-01-01/2027-12-31");
            assertThat(describe(parser.parse("\u2013 Quý II/2026", PLAN_YEAR))).isEqualTo("2026-04-01/2026-06-30");
            assertThat(describe(parser.parse("  Quý\u00a0II / 2026 ./.", PLAN_YEAR))).isEqualTo("2026-04-01/2026-06-30");
        }

        @Test
        void defaultYearFillsOnlyMissingYears() {
            assertThat(describe(parser.parse("Quý I", 2030))).isEqualTo("2030-01-01/2030-03-31");
            assertThat(describe(parser.parse("Quý I/2026", 2030))).isEqualTo("2026-01-01/2026-03-31");
            assertThat(describe(parser.parse("ngày 18 tháng 7", 2030))).isEqualTo("2030-07-18/2030-07-18");
        }
    }

    @Nested
    class Cells {

        @Test
        void thanhHoaPlanAndReport() {
            String cell = "- Kế hoạch của UBND tỉnh: Chậm nhất trong Quý I/2025. - Báo cáo kết quả thực hiện: Tháng 11/2025.";
            assertParts(cell,
                    part("Kế hoạch của UBND tỉnh", Kind.WORK, "Chậm nhất trong Quý I/2025", 26, "2025-01-01/2025-03-31"),
                    part("Báo cáo kết quả thực hiện", Kind.REPORT, "Tháng 11/2025", 83, "2025-11-01/2025-11-30"));
        }

        @Test
        void thanhHoaFirstPartWithoutBulletAndDelegatedReport() {
            String cell = "Kế hoạch kiểm tra, rà soát văn bản QPPL: Chậm nhất trong Quý I/2025. - Báo cáo kết quả rà soát: "
                    + "thực hiện theo quy định về công tác thống kê, báo cáo của ngành Tư pháp.";
            assertParts(cell,
                    part("Kế hoạch kiểm tra, rà soát văn bản QPPL", Kind.WORK, "Chậm nhất trong Quý I/2025", 41,
                            "2025-01-01/2025-03-31"),
                    part("Báo cáo kết quả rà soát", Kind.REPORT,
                            "thực hiện theo quy định về công tác thống kê, báo cáo của ngành Tư pháp", 96,
                            "per quy định về công tác thống kê, báo cáo của ngành Tư pháp"));
        }

        @Test
        void thanhHoaContinuousWorkQuarterlyReport() {
            String cell = "- Tổ chức thực hiện: Thường xuyên. - Báo cáo kết quả: Quý IV/2025.";
            assertParts(cell,
                    part("Tổ chức thực hiện", Kind.WORK, "Thường xuyên", 21, "CONTINUOUS"),
                    part("Báo cáo kết quả", Kind.REPORT, "Quý IV/2025", 54, "2025-10-01/2025-12-31"));
        }

        @Test
        void thanhHoaPartsOnSeparateLines() {
            String cell = "- Tổ chức thực hiện: Thường xuyên.\n- Báo cáo kết quả: Định kỳ hằng tháng.";
            assertParts(cell,
                    part("Tổ chức thực hiện", Kind.WORK, "Thường xuyên", 21, "CONTINUOUS"),
                    part("Báo cáo kết quả", Kind.REPORT, "Định kỳ hằng tháng", 54, "MONTHLY"));
        }

        @Test
        void thanhHoaThreePartsAfterSemicolonsWithCommasInLabels() {
            // the seed's own defect: the summary report (Quý I/2025) is due before the scoring it reports on
            String cell = "- Hoàn thành việc chấm điểm xác định chỉ số cải cách hành chính cấp xã: Trước ngày 30/11/2025; "
                    + "- Báo cáo tự chấm điểm của các sở, ban, ngành cấp tỉnh, UBND cấp huyện: Trước ngày 15/12/2025; "
                    + "- Báo cáo tổng hợp chỉ số cải cách hành chính toàn tỉnh: Quý I/2025.";
            assertParts(cell,
                    part("Hoàn thành việc chấm điểm xác định chỉ số cải cách hành chính cấp xã", Kind.WORK,
                            "Trước ngày 30/11/2025", 72, "2025-11-30/2025-11-30"),
                    part("Báo cáo tự chấm điểm của các sở, ban, ngành cấp tỉnh, UBND cấp huyện", Kind.REPORT,
                            "Trước ngày 15/12/2025", 167, "2025-12-15/2025-12-15"),
                    part("Báo cáo tổng hợp chỉ số cải cách hành chính toàn tỉnh", Kind.REPORT, "Quý I/2025", 247,
                            "2025-01-01/2025-03-31"));
        }

        @Test
        void thanhHoaReportSearchedInsideItsText() {
            String cell = "- Hợp đồng tuyên truyền: Trong năm 2025. - Báo cáo kết quả thực hiện: Định kỳ hằng Quý hoặc đột "
                    + "xuất theo quy định.";
            assertParts(cell,
                    part("Hợp đồng tuyên truyền", Kind.WORK, "Trong năm 2025", 25, "2025-01-01/2025-12-31"),
                    part("Báo cáo kết quả thực hiện", Kind.REPORT, "Định kỳ hằng Quý hoặc đột xuất theo quy định", 70,
                            "QUARTERLY"));
        }

        @Test
        void thanhHoaAnnualPlanDeadlineBeforeThePlanYear() {
            String cell = "- Kế hoạch cải cách hành chính năm 2025 của các cơ quan, đơn vị, địa phương: Trước ngày 05/01/2025;\n"
                    + "- Báo cáo kết quả thực hiện của các cơ quan, đơn vị: Định kỳ hằng Quý hoặc đột xuất theo quy định.";
            assertParts(cell,
                    part("Kế hoạch cải cách hành chính năm 2025 của các cơ quan, đơn vị, địa phương", Kind.WORK,
                            "Trước ngày 05/01/2025", 77, "2025-01-05/2025-01-05"),
                    part("Báo cáo kết quả thực hiện của các cơ quan, đơn vị", Kind.REPORT,
                            "Định kỳ hằng Quý hoặc đột xuất theo quy định", 153, "QUARTERLY"));
        }

        @Test
        void semicolonInsideAnEventDoesNotStartAPart() {
            String cell = "- Văn bản triển khai: ngay sau khi có chỉ đạo của Chính phủ; Thủ tướng Chính phủ. "
                    + "- Báo cáo kết quả thực hiện cùng báo cáo CCHC định kỳ hàng quý.";
            assertParts(cell,
                    part("Văn bản triển khai", Kind.WORK, "ngay sau khi có chỉ đạo của Chính phủ; Thủ tướng Chính phủ", 22,
                            "P0D after có chỉ đạo của Chính phủ; Thủ tướng Chính phủ"),
                    part(null, Kind.REPORT, "Báo cáo kết quả thực hiện cùng báo cáo CCHC định kỳ hàng quý", 84,
                            "QUARTERLY"));
        }

        @Test
        void haTinhTwoUnlabelledParts() {
            String cell = "Theo dõi thường xuyên; Đôn đốc tiến độ hàng tháng";
            assertParts(cell,
                    part(null, Kind.WORK, "Theo dõi thường xuyên", 0, "CONTINUOUS"),
                    part(null, Kind.WORK, "Đôn đốc tiến độ hàng tháng", 23, "MONTHLY"));
        }

        @Test
        void wrappedLineGoesOnInLowerCase() {
            // seed 002 table 3, row 3: the cell breaks across lines in the middle of its first label
            String cell = "- Hoàn thành việc chấm điểm xác định chỉ số cải\ncách hành chính cấp xã: Trước ngày 30/11/2025;\n"
                    + "- Báo cáo tổng hợp chỉ số cải cách hành chính toàn tỉnh: Quý I/2025.";
            assertParts(cell,
                    part("Hoàn thành việc chấm điểm xác định chỉ số cải\ncách hành chính cấp xã", Kind.WORK,
                            "Trước ngày 30/11/2025", 72, "2025-11-30/2025-11-30"),
                    part("Báo cáo tổng hợp chỉ số cải cách hành chính toàn tỉnh", Kind.REPORT, "Quý I/2025", 152,
                            "2025-01-01/2025-03-31"));
            assertParts("Theo dõi thường xuyên\nĐôn đốc tiến độ hàng tháng",
                    part(null, Kind.WORK, "Theo dõi thường xuyên", 0, "CONTINUOUS"),
                    part(null, Kind.WORK, "Đôn đốc tiến độ hàng tháng", 22, "MONTHLY"));
        }

        @Test
        void plusBulletsAfterSemicolon() {
            String cell = "+ Chỉ số CCHC cấp xã: Quý I/2025; + Báo cáo tổng hợp: Tháng 12/2025";
            assertParts(cell,
                    part("Chỉ số CCHC cấp xã", Kind.WORK, "Quý I/2025", 22, "2025-01-01/2025-03-31"),
                    part("Báo cáo tổng hợp", Kind.REPORT, "Tháng 12/2025", 54, "2025-12-01/2025-12-31"));
        }

        @Test
        void singleExpressionsStayWhole() {
            assertParts("01 tháng sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS",
                    part(null, Kind.WORK, "01 tháng sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS", 0,
                            "P1M after các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS"));
            assertParts("Quý IV năm 2026", part(null, Kind.WORK, "Quý IV năm 2026", 0, "2026-10-01/2026-12-31"));
            assertParts("Quý II- IV năm 2026", part(null, Kind.WORK, "Quý II- IV năm 2026", 0, "2026-04-01/2026-12-31"));
            assertParts("giai đoạn 2026 - 2027", part(null, Kind.WORK, "giai đoạn 2026 - 2027", 0, "2026-01-01/2027-12-31"));
            assertParts("Tháng 3/2025.", part(null, Kind.WORK, "Tháng 3/2025", 0, "2025-03-01/2025-03-31"));
            assertParts("Theo kế hoạch, hướng dẫn của cấp có thẩm quyền.",
                    part(null, Kind.WORK, "Theo kế hoạch, hướng dẫn của cấp có thẩm quyền", 0,
                            "per kế hoạch, hướng dẫn của cấp có thẩm quyền"));
        }

        @Test
        void singleLabelledReport() {
            assertParts("Báo cáo kết quả thực hiện: Trước ngày 30/12/2025.",
                    part("Báo cáo kết quả thực hiện", Kind.REPORT, "Trước ngày 30/12/2025", 27, "2025-12-30/2025-12-30"));
        }

        @Test
        void unlabelledReportIsAReport() {
            assertParts("Báo cáo định kỳ hàng Quý.", part(null, Kind.REPORT, "Báo cáo định kỳ hàng Quý", 0, "QUARTERLY"));
        }

        @Test
        void reportLabelWithoutAccents() {
            assertParts("- Ke hoach: Quy I/2025. - BAO CAO ket qua: Thang 11/2025.",
                    part("Ke hoach", Kind.WORK, "Quy I/2025", 12, "2025-01-01/2025-03-31"),
                    part("BAO CAO ket qua", Kind.REPORT, "Thang 11/2025", 43, "2025-11-01/2025-11-30"));
        }

        @Test
        void unparsedPartIsKeptWithEmptyDue() {
            assertParts("- Kế hoạch: Quý I/2025. - Báo cáo: khi có yêu cầu",
                    part("Kế hoạch", Kind.WORK, "Quý I/2025", 12, "2025-01-01/2025-03-31"),
                    part("Báo cáo", Kind.REPORT, "khi có yêu cầu", 35, "none"));
        }

        @Test
        void colonInsideANumberIsNotALabel() {
            assertParts("Áp dụng ISO 9001:2015 trong năm 2026",
                    part(null, Kind.WORK, "Áp dụng ISO 9001:2015 trong năm 2026", 0, "2026-01-01/2026-12-31"));
        }

        @Test
        void emptyCells() {
            assertThat(parser.parseCell(null, PLAN_YEAR)).isEmpty();
            assertThat(parser.parseCell("", PLAN_YEAR)).isEmpty();
            assertThat(parser.parseCell("  ; ;\n - ", PLAN_YEAR)).isEmpty();
        }

        private void assertParts(String cell, ExpectedPart... expected) {
            List<Part> parts = parser.parseCell(cell, PLAN_YEAR);
            assertThat(parts).extracting(p -> new ExpectedPart(p.label(), p.kind(), p.text(), p.offset(), describe(p.due())))
                    .containsExactly(expected);
            assertThat(parts).allSatisfy(p -> assertThat(cell.startsWith(p.text(), p.offset())).isTrue());
        }
    }

    @Nested
    class Negative {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", ".", "-", "abc", "Kinh phí", "Theo", "sau khi", "Quý", "Tháng", "Hằng",
            "32/1/2026", "31/2/2026", "0/1/2026", "Quý 5/2026", "Tháng 0/2026", "ngày 31 tháng 4 năm 2026",
            "99 tháng đầu năm 2026", "9999-99-99", "Trước ngày", "1/2/3/4/5"})
        void notUnderstoodIsEmpty(String phrase) {
            assertThat(parser.parse(phrase, PLAN_YEAR)).isEmpty();
        }

        @Test
        void nullIsEmpty() {
            assertThat(parser.parse(null, PLAN_YEAR)).isEmpty();
        }

        @Test
        void veryLongInputIsRefusedNotScanned() {
            String garbage = "a".repeat(100_000);
            assertThat(parser.parse(garbage, PLAN_YEAR)).isEmpty();
            assertThat(parser.parse("Quý I/2026 ".repeat(10_000), PLAN_YEAR)).isEmpty();
            assertThat(parser.parseCell(garbage, PLAN_YEAR))
                    .singleElement()
                    .satisfies(p -> assertThat(p.due()).isEmpty());
        }

        @Test
        void longCellOfManyPartsStillParses() {
            String cell = "Quý I/2026; ".repeat(9_000);
            assertThat(parser.parseCell(cell, PLAN_YEAR)).hasSize(9_000)
                    .allSatisfy(p -> assertThat(describe(p.due())).isEqualTo("2026-01-01/2026-03-31"));
        }

        @Test
        void repetitiveInputNearTheLimitReturns() {
            assertThat(parser.parse("trước ".repeat(160), PLAN_YEAR)).isEmpty();
            assertThat(parser.parse("1 ".repeat(490), PLAN_YEAR)).isEmpty();
            assertThat(parser.parse("hằng quý, ".repeat(90) + "x", PLAN_YEAR)).isPresent();
        }

        @Test
        void defaultYearOutOfRangeGivesEmptyNotException() {
            assertThat(parser.parse("Quý I", Integer.MAX_VALUE)).isEmpty();
            assertThat(parser.parse("Trước ngày 30/11", -5)).isEmpty();
        }
    }

    @Nested
    class Model {

        @Test
        void windowRefusesInvertedDates() {
            assertThatThrownBy(() -> new Window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void windowHelpers() {
            Window q1 = new Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
            assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
            assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
            assertThat(q1.isSingleDay()).isFalse();
            assertThat(Window.day(LocalDate.of(2026, 1, 15)).isSingleDay()).isTrue();
            assertThat(Window.year(2026)).isEqualTo(new Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        }
    }

    private record ExpectedPart(String label, Kind kind, String text, int offset, String due) {
    }

    private static ExpectedPart part(String label, Kind kind, String text, int offset, String due) {
        return new ExpectedPart(label, kind, text, offset, due);
    }

    /** The compact notation of the tables above. */
    private static String describe(Optional<Due> due) {
        if (due.isEmpty()) {
            return "none";
        }
        Due d = due.get();
        if (d instanceof Window w) {
            return w.earliest() + "/" + w.latest();
        } else if (d instanceof Recurring r) {
            return r.recurrence().name();
        } else if (d instanceof EventRelative e) {
            return e.offset() + " after " + e.event();
        }
        return "per " + ((Delegated) d).authority();
    }

    @Test
    void everyRuleThatMatchesHasItsNeedleAndDigit() {
        String[] pieces = {"hoan thanh", "cham nhat", "truoc", "trong", "ngay", "den", "het", "tu", "thang", "quy",
            "qui", "nam", "ca nam", "i", "ii", "iv", "v", "3", "6", "06", "9", "11", "30", "2026", "2025", "2026-03-31",
            "/", "-", ".", ",", ";", "(", ")", "dau", "cuoi", "giai doan", "thuong xuyen", "lien tuc", "hang ngay",
            "dinh ky", "hang", "moi", "theo", "va", "hoac", "bao cao", "sau khi", "sau", "ke tu", "tinh tu",
            "thoi han", "vong", "tuan", "ke hoach", "quy dinh", "x"};
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                s.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String folded = FoldedText.of(s.toString().strip()).folded();
            assertThat(DeadlineGrammar.hintsBrokenBy(folded)).as("\"%s\"", folded).isEmpty();
        }
    }
}
