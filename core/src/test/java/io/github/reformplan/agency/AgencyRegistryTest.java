package io.github.reformplan.agency;

import io.github.reformplan.model.PlanLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyRegistryTest {

    private static final AgencyRegistry REGISTRY = AgencyRegistry.builtIn();

    /** Parts of the seed cells that are not agency names; agency-unknown reports them on the examples. */
    static final Set<String> SEED_UNKNOWNS = Set.of(
            "Sở Sở Khoa học và Công nghệ", // typo in Hà Tĩnh 2026, task 2.57
            "Chỉ số cải cách hành chính cấp xã", // Thanh Hóa 2025, appendix 07 task 3: prose, not a name
            "Chỉ số cải cách hành chính của các sở, ban, ngành cấp tỉnh");

    private static String id(String name) {
        return REGISTRY.lookup(name).map(m -> m.agency().id()).orElse("<unknown>");
    }

    private static Agency agency(String id) {
        return REGISTRY.byId(id).orElseThrow(() -> new AssertionError("no agency " + id));
    }

    static List<SeedCell> seedCells() throws IOException {
        try (InputStream in = AgencyRegistryTest.class.getResourceAsStream("/agency/seed-cells.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<SeedCell> out = new ArrayList<>();
            for (JsonNode c : root.get("cells")) {
                out.add(new SeedCell(c.get("seed").asText(), c.get("role").asText(), c.get("cell").asText()));
            }
            return out;
        }
    }

    record SeedCell(String seed, String role, String cell) {
        @Override
        public String toString() {
            return seed + " " + role + ": " + cell.replace('\n', '⏎');
        }
    }

    @Nested
    class Lookup {

        @ParameterizedTest(name = "{0} -> {1} canonical={2}")
        @CsvSource(delimiter = '|', textBlock = """
                # canonical names, as the seeds write them
                Sở Tư pháp                                           | so-tu-phap                          | true
                Sở Nội vụ                                            | so-noi-vu                           | true
                Sở Tài chính                                         | so-tai-chinh                        | true
                Sở Khoa học và Công nghệ                             | so-khoa-hoc-cong-nghe               | true
                Sở Kế hoạch và Đầu tư                                | so-ke-hoach-dau-tu                  | true
                Sở Thông tin và Truyền thông                         | so-thong-tin-truyen-thong           | true
                Văn phòng UBND tỉnh                                  | van-phong-ubnd-tinh                 | true
                UBND tỉnh                                            | ubnd-tinh                           | true
                UBND cấp huyện                                       | ubnd-cap-huyen                      | true
                UBND cấp xã                                          | ubnd-cap-xa                         | true
                Chủ tịch UBND cấp huyện                              | chu-tich-ubnd-cap-huyen             | true
                Chủ tịch UBND cấp xã                                 | chu-tich-ubnd-cap-xa                | true
                Trung tâm Phục vụ hành chính công tỉnh               | trung-tam-phuc-vu-hcc-tinh          | true
                Trung tâm phục vụ Hành Chính công tỉnh               | trung-tam-phuc-vu-hcc-tinh          | true
                Trung tâm Tư vấn dịch vụ tài chính                   | trung-tam-tu-van-dich-vu-tai-chinh  | true
                Tổ công tác Đề án 06                                 | to-cong-tac-de-an-06                | true
                Đơn vị tư vấn                                        | don-vi-tu-van                       | true
                # groups
                Các sở, ban, ngành cấp tỉnh                          | cac-so-ban-nganh-cap-tinh           | true
                Các Sở, ban, ngành cấp tỉnh                          | cac-so-ban-nganh-cap-tinh           | true
                Các cơ quan, đơn vị có liên quan                     | cac-co-quan-don-vi-lien-quan        | true
                Các cơ quan, đơn vị, địa phương                      | cac-co-quan-don-vi-dia-phuong       | true
                Các cơ quan chủ trì CCHC của tỉnh                    | cac-co-quan-chu-tri-cchc            | true
                các cơ quan Trung ương đóng trên địa bàn tỉnh        | cac-co-quan-trung-uong-tren-dia-ban | true
                Các đơn vị sự nghiệp công lập                        | cac-don-vi-su-nghiep-cong-lap       | true
                Các cơ quan, đơn vị thuộc diện sắp xếp               | cac-co-quan-don-vi-thuoc-dien-sap-xep | true
                Các doanh nghiệp nhà nước                            | cac-doanh-nghiep-nha-nuoc           | true
                Các cơ quan được giao chủ trì                        | cac-co-quan-duoc-giao-chu-tri       | true
                các đơn vị được kiểm tra                             | cac-don-vi-duoc-kiem-tra            | true
                # abbreviations and other spellings found in the seeds and the brief
                Sở KH&CN                                             | so-khoa-hoc-cong-nghe               | false
                Sở KHCN                                              | so-khoa-hoc-cong-nghe               | false
                Sở Khoa học & Công nghệ                              | so-khoa-hoc-cong-nghe               | false
                VP UBND tỉnh                                         | van-phong-ubnd-tinh                 | false
                Văn phòng Ủy ban nhân dân tỉnh                       | van-phong-ubnd-tinh                 | false
                SNV                                                  | so-noi-vu                           | false
                Sở NN&MT                                             | so-nong-nghiep-moi-truong           | false
                Sở Tài nguyên Môi trường                             | so-tai-nguyen-moi-truong            | false
                UBND các huyện, thị xã, thành phố                    | ubnd-cap-huyen                      | false
                UBND xã, phường                                      | ubnd-cap-xa                         | false
                UBND các xã, phường                                  | ubnd-cap-xa                         | false
                Văn phòng Đăng ký đất đai                            | van-phong-dang-ky-dat-dai-tinh      | false
                Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố | chi-nhanh-van-phong-dang-ky-dat-dai | false
                Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố | chi-nhanh-van-phong-dang-ky-dat-dai | false
                Sở, ban, ngành cấp tỉnh                              | cac-so-ban-nganh-cap-tinh           | false
                Sở, ban, ngành                                       | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ban, ngành                                   | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ban ngành cấp tỉnh                           | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ban ngành                                    | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ngành                                        | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ngành cấp tỉnh                               | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ngành, đơn vị                                | cac-so-ban-nganh-cap-tinh           | false
                Các sở, ban, ngành, đơn vị cấp tỉnh                  | cac-so-ban-nganh-cap-tinh           | false
                Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh | cac-so-ban-nganh-cap-tinh        | false
                Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh  | cac-so-ban-nganh-cap-tinh           | false
                Các Sở, ban, ngành cấp tỉnh có liên quan             | cac-so-ban-nganh-lien-quan          | false
                Các Sở, ban, ngành liên quan                         | cac-so-ban-nganh-lien-quan          | false
                sở, ban ngành có liên quan                           | cac-so-ban-nganh-lien-quan          | false
                Các cơ quan, đơn vị liên quan                        | cac-co-quan-don-vi-lien-quan        | false
                Cơ quan, đơn vị có liên quan                         | cac-co-quan-don-vi-lien-quan        | false
                Cơ quan, đơn vị liên quan                            | cac-co-quan-don-vi-lien-quan        | false
                Các cơ quan liên quan                                | cac-co-quan-don-vi-lien-quan        | false
                các cơ quan liên quan khác                           | cac-co-quan-don-vi-lien-quan        | false
                Các cơ quan, đơn vị                                  | cac-co-quan-don-vi-dia-phuong       | false
                cơ quan, đơn vị, địa phương                          | cac-co-quan-don-vi-dia-phuong       | false
                Địa phương                                           | cac-dia-phuong                      | false
                Các cơ quan chủ trì các lĩnh vực CCHC tỉnh           | cac-co-quan-chu-tri-cchc            | false
                đơn vị sự nghiệp                                     | cac-don-vi-su-nghiep-cong-lap       | false
                Các cơ quan, đơn vị áp dụng                          | cac-co-quan-don-vi-ap-dung-iso      | false
                thành viên HĐTĐ                                      | thanh-vien-hoi-dong-tham-dinh       | false
                tổ chức đào tạo, chứng nhận hệ thống                 | to-chuc-dao-tao-chung-nhan-iso      | false
                Đài PT&TH tỉnh                                       | dai-phat-thanh-truyen-hinh-tinh     | false
                Đài truyền thanh các huyện, thị xã, thành phố        | dai-truyen-thanh-cap-huyen          | false
                các cơ quan thông tin, báo chí trên địa bàn tỉnh     | cac-co-quan-thong-tin-bao-chi       | false
                Ủy ban Mặt trận Tổ quốc và các tổ chức đoàn thể cấp tỉnh | uy-ban-mttq-va-doan-the-tinh    | false
                Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 | ban-chi-dao-khcn-cds-de-an-06-tinh | false
                # names that embed a place (patterns)
                Báo và Phát thanh, Truyền hình Hà Tĩnh               | bao-va-phat-thanh-truyen-hinh-tinh  | true
                Đài Phát thanh và Truyền hình Thanh Hóa              | dai-phat-thanh-truyen-hinh-tinh     | true
                Báo Thanh Hóa                                        | bao-tinh                            | true
                Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp | ban-quan-ly-khu-kinh-te-tinh     | true
                Tổ công tác theo Quyết định số 2088/QĐ- UBND ngày 14/5/2021 của UBND tỉnh | to-cong-tac    | true
                Trung tâm Phục vụ hành chính công xã Cẩm Vân         | trung-tam-phuc-vu-hcc-xa            | true
                UBND xã Hoằng Lộc                                    | ubnd-cap-xa                         | true
                UBND huyện Hoằng Hóa                                 | ubnd-cap-huyen                      | true
                Phòng Tư pháp thuộc UBND cấp huyện                   | phong-chuyen-mon-cap-huyen          | false
                Chi cục Thuế khu vực X                               | chi-cuc-thue-khu-vuc                | true
                # ministries before and after 2025-03-01
                Bộ Nội vụ                                            | bo-noi-vu                           | true
                Bộ Nông nghiệp và Môi trường                         | bo-nong-nghiep-moi-truong           | true
                Bộ Thông tin và Truyền thông                         | bo-thong-tin-truyen-thong           | true
                Bộ KH&ĐT                                             | bo-ke-hoach-dau-tu                  | false
                Ủy ban Dân tộc                                       | uy-ban-dan-toc                      | true
                Ngân hàng Nhà nước                                   | ngan-hang-nha-nuoc                  | false
                """)
        void knowsTheNamesPlansUse(String written, String expectedId, boolean canonical) {
            assertThat(REGISTRY.lookup(written))
                    .hasValueSatisfying(m -> {
                        assertThat(m.agency().id()).isEqualTo(expectedId);
                        assertThat(m.canonical()).as("canonical").isEqualTo(canonical);
                    });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                - Sở Tư pháp.                          | Sở Tư pháp
                + Sở Nội vụ;                           | Sở Nội vụ
                •Sở Y tế                               | Sở Y tế
                ' • Sở Y tế. '                         | Sở Y tế
                5.1. Trung tâm Tư vấn dịch vụ tài chính | Trung tâm Tư vấn dịch vụ tài chính
                a) UBND cấp xã                         | UBND cấp xã
                """)
        void ignoresBulletsNumberingAndTrailingPunctuation(String written, String name) {
            assertThat(REGISTRY.lookup(written)).hasValueSatisfying(m -> {
                assertThat(m.written()).isEqualTo(name);
                assertThat(m.canonical()).isTrue();
                assertThat(m.remark()).isEmpty();
            });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                So Tu phap                             | so-tu-phap
                SO NOI VU                              | so-noi-vu
                So Khoa hoc va Cong nghe               | so-khoa-hoc-cong-nghe
                Van phong UBND tinh                    | van-phong-ubnd-tinh
                UBND cap xa                            | ubnd-cap-xa
                Cac so, ban, nganh cap tinh            | cac-so-ban-nganh-cap-tinh
                So Lao dong - Thuong binh va Xa hoi    | so-lao-dong-thuong-binh-xa-hoi
                Bao va Phat thanh, Truyen hinh Ha Tinh | bao-va-phat-thanh-truyen-hinh-tinh
                """)
        void findsNamesTypedWithoutAccentsButNotAsCanonical(String written, String expectedId) {
            assertThat(REGISTRY.lookup(written)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo(expectedId);
                assertThat(m.canonical()).isFalse();
            });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Sở Văn hoá, Thể thao và Du lịch          | so-van-hoa-the-thao-du-lich
                Uỷ ban Dân tộc                           | uy-ban-dan-toc
                Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh    | uy-ban-mttq-tinh
                sở  tư   PHÁP                            | so-tu-phap
                Sở Văn hóa,Thể thao và Du lịch           | so-van-hoa-the-thao-du-lich
                Sở Lao động-Thương binh và Xã hội        | so-lao-dong-thuong-binh-xa-hoi
                'Sở Tư\u00a0pháp'                        | so-tu-phap
                """)
        void canonicalIgnoresTonePlacementCaseAndSpacing(String written, String expectedId) {
            assertThat(REGISTRY.lookup(written)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo(expectedId);
                assertThat(m.canonical()).isTrue();
            });
        }

        @Test
        void canonicalIgnoresUnicodeForm() {
            String nfd = Normalizer.normalize("Sở Giáo dục và Đào tạo", Normalizer.Form.NFD);
            assertThat(REGISTRY.lookup(nfd)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo("so-giao-duc-dao-tao");
                assertThat(m.canonical()).isTrue();
                assertThat(m.written()).isEqualTo(nfd);
            });
        }

        @Test
        void anotherDashOrAmpersandIsFoundButIsNotCanonical() {
            assertThat(REGISTRY.lookup("Sở Lao động – Thương binh và Xã hội"))
                    .hasValueSatisfying(m -> assertThat(m.canonical()).isFalse());
            assertThat(REGISTRY.lookup("Sở Giáo dục & Đào tạo"))
                    .hasValueSatisfying(m -> {
                        assertThat(m.agency().id()).isEqualTo("so-giao-duc-dao-tao");
                        assertThat(m.canonical()).isFalse();
                    });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Sở Khoa học và Công nghệ (chủ trì, phối hợp kiểm tra) | so-khoa-hoc-cong-nghe | Sở Khoa học và Công nghệ | true  | (chủ trì, phối hợp kiểm tra)
                Sở Tài chính (đối với các đơn vị SNCL thuộc cấp tỉnh) | so-tai-chinh          | Sở Tài chính             | true  | (đối với các đơn vị SNCL thuộc cấp tỉnh)
                Sở Nội vụ: theo dõi, kiểm tra, giám sát, tổng hợp.    | so-noi-vu             | Sở Nội vụ                | true  | theo dõi, kiểm tra, giám sát, tổng hợp
                Cơ quan thực hiện: Văn phòng Đăng ký đất đai          | van-phong-dang-ky-dat-dai-tinh | Văn phòng Đăng ký đất đai | false | Cơ quan thực hiện
                Sở Nội vụ chủ trì đối với nhân rộng mô hình hay       | so-noi-vu             | Sở Nội vụ                | true  | chủ trì đối với nhân rộng mô hình hay
                UBND cấp xã thực hiện mở rộng hệ thống                | ubnd-cap-xa           | UBND cấp xã              | true  | thực hiện mở rộng hệ thống
                Sở Nội vụ tổng hợp, báo cáo.                          | so-noi-vu             | Sở Nội vụ                | true  | tổng hợp, báo cáo
                Sở KHCN phối hợp                                      | so-khoa-hoc-cong-nghe | Sở KHCN                  | false | phối hợp
                Sở Tư pháp tỉnh Hà Tĩnh                               | so-tu-phap            | Sở Tư pháp               | true  | tỉnh Hà Tĩnh
                Sở Nội vụ tỉnh                                        | so-noi-vu             | Sở Nội vụ                | true  | tỉnh
                UBND tỉnh Hà Tĩnh                                     | ubnd-tinh             | UBND tỉnh                | true  | Hà Tĩnh
                Ủy ban nhân dân tỉnh Thanh Hóa                        | ubnd-tinh             | Ủy ban nhân dân tỉnh     | false | Thanh Hóa
                Văn phòng UBND tỉnh Hà Tĩnh                           | van-phong-ubnd-tinh   | Văn phòng UBND tỉnh      | true  | Hà Tĩnh
                Công an tỉnh Thanh Hóa                                | cong-an-tinh          | Công an tỉnh             | true  | Thanh Hóa
                Văn phòng HĐND và UBND xã Hoằng Lộc                   | van-phong-hdnd-ubnd-xa | Văn phòng HĐND và UBND xã | true | Hoằng Lộc
                """)
        void findsTheNameInsideACommentedCell(String written, String id, String name, boolean canonical, String remark) {
            assertThat(REGISTRY.lookup(written)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo(id);
                assertThat(m.written()).isEqualTo(name);
                assertThat(m.canonical()).as("canonical").isEqualTo(canonical);
                assertThat(m.remark()).isEqualTo(remark);
            });
        }

        @ParameterizedTest(name = "[{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {
            "   ", "- ", "Sở", "Chi nhánh", "Sở Sở Khoa học và Công nghệ", "Chỉ số cải cách hành chính cấp xã",
            "Sở Văn hóa và Thể thao và Du lịch", "Bộ Tư pháp Hà Tĩnh, UBND",
            // a list is not one name: split it first
            "Sở Tư pháp, Sở Nội vụ", "Văn phòng UBND tỉnh, Sở KH&CN",
            // "Thành phố" may be a district-level city or a centrally-run city: not guessed
            "UBND thành phố Sầm Sơn"})
        void doesNotGuess(String written) {
            assertThat(REGISTRY.lookup(written)).isEmpty();
        }

        @Test
        void writtenIsASubstringOfTheInput() {
            String input = "  - Sở KH&CN (chủ trì).";
            AgencyMatch m = REGISTRY.lookup(input).orElseThrow();
            assertThat(m.written()).isEqualTo("Sở KH&CN");
            assertThat(input).contains(m.written());
        }

        @Test
        void groupsAreKnownNeverUnknown() throws IOException {
            Set<String> groups = new TreeSet<>();
            for (SeedCell c : seedCells()) {
                for (NamePart p : REGISTRY.split(c.cell())) {
                    REGISTRY.lookup(p.name()).filter(m -> m.agency().kind() == AgencyKind.GROUP)
                            .ifPresent(m -> groups.add(m.agency().id()));
                }
            }
            assertThat(groups).contains("cac-so-ban-nganh-cap-tinh", "cac-so-ban-nganh-lien-quan",
                    "cac-co-quan-don-vi-dia-phuong", "cac-co-quan-don-vi-lien-quan", "cac-co-quan-chu-tri-cchc",
                    "cac-co-quan-trung-uong-tren-dia-ban", "cac-don-vi-su-nghiep-cong-lap",
                    "cac-co-quan-don-vi-thuoc-dien-sap-xep", "cac-doanh-nghiep-nha-nuoc", "cac-co-quan-duoc-giao-chu-tri",
                    "cac-dia-phuong", "cac-co-quan-thong-tin-bao-chi", "to-cong-tac-de-an-06", "to-cong-tac");
        }
    }

    @Nested
    class Validity {

        @ParameterizedTest(name = "{0} on {1}: {2}")
        @CsvSource(textBlock = """
                so-thong-tin-truyen-thong,       2025-02-28, true
                so-thong-tin-truyen-thong,       2025-03-01, false
                so-ke-hoach-dau-tu,              2025-02-28, true
                so-ke-hoach-dau-tu,              2025-03-01, false
                so-lao-dong-thuong-binh-xa-hoi,  2025-03-01, false
                so-tai-nguyen-moi-truong,        2025-03-01, false
                so-nong-nghiep-phat-trien-nong-thon, 2025-03-01, false
                so-giao-thong-van-tai,           2025-03-01, false
                ban-dan-toc,                     2025-02-28, true
                ban-dan-toc,                     2025-03-01, false
                so-nong-nghiep-moi-truong,       2025-02-28, false
                so-nong-nghiep-moi-truong,       2025-03-01, true
                so-dan-toc-ton-giao,             2025-02-28, false
                so-dan-toc-ton-giao,             2025-03-01, true
                so-khoa-hoc-cong-nghe,           2025-02-28, true
                so-khoa-hoc-cong-nghe,           2025-03-01, true
                bo-ke-hoach-dau-tu,              2025-03-01, false
                bo-nong-nghiep-moi-truong,       2025-03-01, true
                uy-ban-dan-toc,                  2025-03-01, false
                bo-dan-toc-ton-giao,             2025-02-28, false
                ubnd-cap-huyen,                  2025-06-30, true
                ubnd-cap-huyen,                  2025-07-01, false
                phong-chuyen-mon-cap-huyen,      2025-07-01, false
                dai-truyen-thanh-cap-huyen,      2025-07-01, false
                ubnd-cap-xa,                     2024-12-31, true
                ubnd-cap-xa,                     2025-06-30, true
                ubnd-cap-xa,                     2025-07-01, true
                phong-van-hoa-xa-hoi,            2025-06-30, false
                phong-van-hoa-xa-hoi,            2025-07-01, true
                van-phong-hdnd-ubnd-xa,          2025-07-01, true
                trung-tam-phuc-vu-hcc-xa,        2025-06-30, false
                cac-so-ban-nganh-cap-tinh,       2020-01-01, true
                van-phong-ubnd-tinh,             2030-12-31, true
                """)
        void existsOn(String id, LocalDate date, boolean exists) {
            assertThat(agency(id).existsOn(date)).isEqualTo(exists);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(textBlock = """
                so-thong-tin-truyen-thong,          so-khoa-hoc-cong-nghe
                so-ke-hoach-dau-tu,                 so-tai-chinh
                so-lao-dong-thuong-binh-xa-hoi,     so-noi-vu
                so-tai-nguyen-moi-truong,           so-nong-nghiep-moi-truong
                so-nong-nghiep-phat-trien-nong-thon, so-nong-nghiep-moi-truong
                so-giao-thong-van-tai,              so-xay-dung
                ban-dan-toc,                        so-dan-toc-ton-giao
                bo-ke-hoach-dau-tu,                 bo-tai-chinh
                bo-thong-tin-truyen-thong,          bo-khoa-hoc-cong-nghe
                bo-lao-dong-thuong-binh-xa-hoi,     bo-noi-vu
                bo-tai-nguyen-moi-truong,           bo-nong-nghiep-moi-truong
                bo-nong-nghiep-phat-trien-nong-thon, bo-nong-nghiep-moi-truong
                bo-giao-thong-van-tai,              bo-xay-dung
                uy-ban-dan-toc,                     bo-dan-toc-ton-giao
                ubnd-cap-huyen,                     ubnd-cap-xa
                chu-tich-ubnd-cap-huyen,            chu-tich-ubnd-cap-xa
                van-phong-hdnd-ubnd-cap-huyen,      van-phong-hdnd-ubnd-xa
                """)
        void successors(String id, String successor) {
            Agency gone = agency(id);
            assertThat(REGISTRY.successorsOf(gone)).extracting(Agency::id).containsExactly(successor);
            assertThat(REGISTRY.successorsOf(gone).get(0).existsOn(gone.validTo().plusDays(1))).isTrue();
            assertThat(gone.basis()).isNotBlank();
        }

        @Test
        void restructuringDatesAreTheLegalOnes() {
            assertThat(REGISTRY.agencies()).filteredOn(a -> a.kind() == AgencyKind.DEPARTMENT && a.validTo() != null)
                    .extracting(Agency::validTo, Agency::basis)
                    .containsOnly(tuple(LocalDate.of(2025, 2, 28), "NĐ 45/2025/NĐ-CP"));
            assertThat(REGISTRY.agencies()).filteredOn(a -> a.kind() == AgencyKind.MINISTRY && a.validTo() != null)
                    .extracting(Agency::validTo, Agency::basis)
                    .containsOnly(tuple(LocalDate.of(2025, 2, 28), "NQ 176/2025/QH15"));
            assertThat(REGISTRY.agencies()).filteredOn(a -> a.level() == AgencyLevel.DISTRICT && a.validTo() != null)
                    .extracting(Agency::validTo)
                    .containsOnly(LocalDate.of(2025, 6, 30));
        }

        @Test
        void successorsOfACurrentAgencyIsEmpty() {
            assertThat(REGISTRY.successorsOf(agency("so-tu-phap"))).isEmpty();
        }

        @Test
        void theGovernmentFrom2025HasFourteenMinistriesAndThreeMinistryLevelBodies() {
            LocalDate day = LocalDate.of(2025, 3, 1);
            assertThat(REGISTRY.agencies()).filteredOn(a -> a.kind() == AgencyKind.MINISTRY && a.existsOn(day))
                    .extracting(Agency::name)
                    .containsExactlyInAnyOrder("Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp",
                            "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng",
                            "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
                            "Bộ Y tế", "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
                            "Văn phòng Chính phủ");
        }

        @Test
        void everyProvinceHasTheTwelveDepartments() {
            LocalDate day = LocalDate.of(2026, 1, 1);
            for (String name : List.of("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương",
                    "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
                    "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra tỉnh",
                    "Văn phòng UBND tỉnh")) {
                AgencyMatch m = REGISTRY.lookup(name).orElseThrow(() -> new AssertionError(name));
                assertThat(m.canonical()).as(name).isTrue();
                assertThat(m.agency().kind()).as(name).isEqualTo(AgencyKind.DEPARTMENT);
                assertThat(m.agency().existsOn(day)).as(name).isTrue();
            }
        }

        @Test
        void existsOnIsInclusiveAtBothEnds() {
            Agency a = Agency.builder("x", "X", AgencyKind.OTHER, AgencyLevel.ANY)
                    .validFrom(LocalDate.of(2025, 3, 1)).validTo(LocalDate.of(2025, 3, 1)).build();
            assertThat(a.existsOn(LocalDate.of(2025, 3, 1))).isTrue();
            assertThat(a.existsOn(LocalDate.of(2025, 2, 28))).isFalse();
            assertThat(a.existsOn(LocalDate.of(2025, 3, 2))).isFalse();
        }
    }

    @Nested
    class Splitting {

        static Stream<Arguments> cells() {
            return Stream.of(
                    // commas: split only where the parts are agencies
                    Arguments.of("Văn phòng UBND tỉnh, Sở KH&CN", List.of("Văn phòng UBND tỉnh@0", "Sở KH&CN@21")),
                    Arguments.of("Sở Văn hóa, Thể thao và Du lịch", List.of("Sở Văn hóa, Thể thao và Du lịch@0")),
                    Arguments.of("Các sở, ban, ngành cấp tỉnh", List.of("Các sở, ban, ngành cấp tỉnh@0")),
                    Arguments.of("UBND các huyện, thị xã, thành phố", List.of("UBND các huyện, thị xã, thành phố@0")),
                    Arguments.of("Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội",
                            List.of("Phòng Kinh tế, Hạ tầng và Đô thị@0", "Phòng Văn hóa - Xã hội@34")),
                    Arguments.of("Các sở, ban ngành cấp tỉnh, UBND cấp xã; thành viên HĐTĐ",
                            List.of("Các sở, ban ngành cấp tỉnh@0", "UBND cấp xã@28", "thành viên HĐTĐ@41")),
                    Arguments.of("Sở, ban, ngành cấp tỉnh, UBND cấp xã", List.of("Sở, ban, ngành cấp tỉnh@0", "UBND cấp xã@25")),
                    Arguments.of("Các sở, ngành, UBND cấp huyện.", List.of("Các sở, ngành@0", "UBND cấp huyện@15")),
                    Arguments.of("Sở Nội vụ, sở, ban ngành có liên quan", List.of("Sở Nội vụ@0", "sở, ban ngành có liên quan@11")),
                    Arguments.of("Địa phương, sở, ban ngành có liên quan", List.of("Địa phương@0", "sở, ban ngành có liên quan@12")),
                    Arguments.of("Các cơ quan chủ trì CCHC của tỉnh, các cơ quan liên quan khác",
                            List.of("Các cơ quan chủ trì CCHC của tỉnh@0", "các cơ quan liên quan khác@35")),
                    Arguments.of("Sở KHCN, các cơ quan liên quan", List.of("Sở KHCN@0", "các cơ quan liên quan@9")),
                    // an unknown part stays one part (the typo of Hà Tĩnh task 2.57)
                    Arguments.of("Sở Sở Khoa học và Công nghệ, các sở, ban, ngành, UBND cấp xã",
                            List.of("Sở Sở Khoa học và Công nghệ@0", "các sở, ban, ngành@29", "UBND cấp xã@49")),
                    Arguments.of("Sở Tư pháp phối hợp, Sở Nội vụ", List.of("Sở Tư pháp phối hợp@0", "Sở Nội vụ@21")),
                    // semicolons, line breaks and bullets
                    Arguments.of("Các sở, ban, ngành; UBND cấp xã", List.of("Các sở, ban, ngành@0", "UBND cấp xã@20")),
                    Arguments.of("- Các sở, ban, ngành cấp tỉnh;\n- UBND cấp huyện.",
                            List.of("Các sở, ban, ngành cấp tỉnh@2", "UBND cấp huyện@33")),
                    Arguments.of("- Sở Tư pháp; - Văn phòng UBND tỉnh.", List.of("Sở Tư pháp@2", "Văn phòng UBND tỉnh@16")),
                    Arguments.of("- Văn phòng UBND tỉnh. - Các cơ quan, đơn vị liên quan.",
                            List.of("Văn phòng UBND tỉnh@2", "Các cơ quan, đơn vị liên quan@25")),
                    Arguments.of("- Các sở, ban, ngành cấp tỉnh; - UBND cấp huyện; - UBND cấp xã; - Báo Thanh Hóa, Đài PT&TH tỉnh.",
                            List.of("Các sở, ban, ngành cấp tỉnh@2", "UBND cấp huyện@33", "UBND cấp xã@51", "Báo Thanh Hóa@66",
                                    "Đài PT&TH tỉnh@81")),
                    Arguments.of("• Sở Nội vụ • Sở Tư pháp", List.of("Sở Nội vụ@2", "Sở Tư pháp@14")),
                    Arguments.of("+ Sở Y tế\r\n+ Sở Công Thương", List.of("Sở Y tế@2", "Sở Công Thương@13")),
                    Arguments.of("Sở Lao động - Thương binh và Xã hội; Sở Y tế",
                            List.of("Sở Lao động - Thương binh và Xã hội@0", "Sở Y tế@37")),
                    Arguments.of("Báo Thanh Hóa, Đài Phát thanh và Truyền hình Thanh Hóa; Đài truyền thanh các huyện, thị xã, "
                                    + "thành phố; các cơ quan thông tin, báo chí trên địa bàn tỉnh",
                            List.of("Báo Thanh Hóa@0", "Đài Phát thanh và Truyền hình Thanh Hóa@15",
                                    "Đài truyền thanh các huyện, thị xã, thành phố@56",
                                    "các cơ quan thông tin, báo chí trên địa bàn tỉnh@103")),
                    // headings, remarks and parentheses
                    Arguments.of("- Cơ quan chủ trì, chỉ đạo: Sở Tài nguyên Môi trường\n- Cơ quan thực hiện: Văn phòng Đăng ký "
                                    + "đất đai; Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố.",
                            List.of("Sở Tài nguyên Môi trường@28", "Văn phòng Đăng ký đất đai@74",
                                    "Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố@101")),
                    Arguments.of("Cơ quan thực hiện tự đánh giá:\n- Các sở, ban, ngành cấp tỉnh; - UBND cấp huyện; - UBND cấp xã.",
                            List.of("Các sở, ban, ngành cấp tỉnh@33", "UBND cấp huyện@64", "UBND cấp xã@82")),
                    Arguments.of("- Sở Nội vụ: theo dõi, kiểm tra, giám sát, tổng hợp.\n- Các cơ quan, đơn vị có liên quan.",
                            List.of("Sở Nội vụ: theo dõi, kiểm tra, giám sát, tổng hợp@2", "Các cơ quan, đơn vị có liên quan@55")),
                    Arguments.of("Sở Nội vụ:", List.of("Sở Nội vụ@0")),
                    Arguments.of("Sở Khoa học và Công nghệ (chủ trì, phối hợp kiểm tra)",
                            List.of("Sở Khoa học và Công nghệ (chủ trì, phối hợp kiểm tra)@0")),
                    Arguments.of("5.2. Sở Tài chính (đối với các đơn vị SNCL thuộc cấp tỉnh); UBND cấp xã",
                            List.of("Sở Tài chính (đối với các đơn vị SNCL thuộc cấp tỉnh)@5", "UBND cấp xã@60")),
                    Arguments.of("Các sở, ngành, đơn vị, UBND cấp xã (cơ quan được giao quản lý, sử dụng vốn NSNN)",
                            List.of("Các sở, ngành, đơn vị@0", "UBND cấp xã (cơ quan được giao quản lý, sử dụng vốn NSNN)@23")),
                    Arguments.of("Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ chủ trì đối với áp dụng "
                                    + "các sáng kiến CCHC",
                            List.of("Sở Nội vụ chủ trì đối với nhân rộng mô hình hay@0",
                                    "Sở Khoa học và Công nghệ chủ trì đối với áp dụng các sáng kiến CCHC@49")),
                    Arguments.of("Văn phòng UBND tỉnh; Tổ công tác theo Quyết định số 2088/QĐ- UBND ngày 14/5/2021 của UBND tỉnh",
                            List.of("Văn phòng UBND tỉnh@0",
                                    "Tổ công tác theo Quyết định số 2088/QĐ- UBND ngày 14/5/2021 của UBND tỉnh@21")),
                    Arguments.of("", List.of()),
                    Arguments.of(" ;\n - ", List.of()));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("cells")
        void splitsRealCells(String cell, List<String> expected) {
            assertThat(REGISTRY.split(cell)).extracting(p -> p.text() + "@" + p.offset()).containsExactlyElementsOf(expected);
        }

        @Test
        void enumeratedDepartmentsGetTheirFullNames() {
            String cell = "các Sở: Tài chính, Tư pháp, Khoa học và Công nghệ; Văn phòng UBND tỉnh";
            assertThat(REGISTRY.split(cell))
                    .extracting(NamePart::text, NamePart::offset, NamePart::name)
                    .containsExactly(
                            tuple("Tài chính", 8, "Sở Tài chính"),
                            tuple("Tư pháp", 19, "Sở Tư pháp"),
                            tuple("Khoa học và Công nghệ", 28, "Sở Khoa học và Công nghệ"),
                            tuple("Văn phòng UBND tỉnh", 51, "Văn phòng UBND tỉnh"));
            assertThat(REGISTRY.split("Các Sở: Văn hóa, Thể thao và Du lịch, Y tế"))
                    .extracting(NamePart::name)
                    .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế");
        }

        @Test
        void anEnumerationOfUnknownNamesIsLeftAsAHeadingAndItsList() {
            assertThat(REGISTRY.split("Các Sở: Ngoại thương, Hàng hải"))
                    .extracting(NamePart::text)
                    .containsExactly("Ngoại thương, Hàng hải");
        }

        @Test
        void offsetsPointIntoTheCellAsGiven() throws IOException {
            List<SeedCell> cells = new ArrayList<>(seedCells());
            cells.add(new SeedCell("nfd", "lead", Normalizer.normalize(
                    "- Sở Tư pháp; - Văn phòng Ủy ban nhân dân tỉnh, Sở KH&CN", Normalizer.Form.NFD)));
            for (SeedCell c : cells) {
                for (NamePart p : REGISTRY.split(c.cell())) {
                    assertThat(c.cell().substring(p.offset(), p.offset() + p.text().length())).as(c.toString()).isEqualTo(p.text());
                    assertThat(p.text()).as(c.toString()).isEqualTo(p.text().strip()).doesNotEndWith(".").doesNotEndWith(";");
                }
            }
        }

        @Test
        void everySeedNameIsKnownExceptTheListedProse() throws IOException {
            Set<String> unknown = new TreeSet<>();
            int parts = 0;
            for (SeedCell c : seedCells()) {
                for (NamePart p : REGISTRY.split(c.cell())) {
                    parts++;
                    if (REGISTRY.lookup(p.name()).isEmpty()) {
                        unknown.add(p.name());
                    }
                }
            }
            assertThat(parts).isGreaterThan(200);
            assertThat(unknown).containsExactlyInAnyOrderElementsOf(SEED_UNKNOWNS);
        }

        @Test
        void splitIsSafeForConcurrentUse() throws Exception {
            List<SeedCell> cells = seedCells();
            AgencyRegistry fresh = AgencyRegistry.builtIn().withExtra(List.of(
                    Agency.builder("khac", "Cơ quan khác", AgencyKind.OTHER, AgencyLevel.ANY).build()));
            Map<String, List<NamePart>> expected = new HashMap<>();
            for (SeedCell c : cells) {
                expected.put(c.cell(), REGISTRY.split(c.cell()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    results.add(pool.submit(() -> {
                        for (SeedCell c : cells) {
                            if (!fresh.split(c.cell()).equals(expected.get(c.cell()))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : results) {
                    assertThat(f.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Names read as a plan of some level and date reads them (issue 11: fixes that are right). */
    @Nested
    class InAPlansScope {

        private final LookupScope commune = LookupScope.of(PlanLevel.COMMUNE, LocalDate.of(2025, 12, 20));
        private final LookupScope province = LookupScope.of(PlanLevel.PROVINCE, LocalDate.of(2025, 12, 31));

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Phòng Nội vụ huyện Hoằng Hóa     | phong-noi-vu-huyen             | Phòng Nội vụ               | huyện Hoằng Hóa
                Phòng Tài chính - Kế hoạch huyện | phong-tai-chinh-ke-hoach-huyen | Phòng Tài chính - Kế hoạch | huyện
                Phòng Tư pháp huyện Nga Sơn      | phong-tu-phap-huyen            | Phòng Tư pháp              | huyện Nga Sơn
                Sở Tư pháp tỉnh Hà Tĩnh          | so-tu-phap                     | Sở Tư pháp                 | tỉnh Hà Tĩnh
                """)
        void aDistrictOfficeWithItsPlaceIsTheWholeOffice(String written, String id, String name, String place) {
            assertThat(REGISTRY.lookup(written, commune)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo(id);
                assertThat(m.written()).isEqualTo(name);
                assertThat(m.whole()).as("the whole mention names it").isTrue();
                assertThat(m.how()).isEqualTo(AgencyMatch.How.EXACT);
                assertThat(m.place()).isEqualTo(place);
            });
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Phòng Nội vụ tỉnh Thanh Hóa", "Phòng Tài chính - Kế hoạch tỉnh", "Sở Tư pháp huyện Hoằng Hóa",
            "Sở Nội vụ xã"})
        void aNameWithAnotherLevelsWordIsNotGuessed(String written) {
            assertThat(REGISTRY.lookup(written, commune)).isEmpty();
        }

        @Test
        void aKnownNameInsideALongerTextIsContainedNotWhole() {
            AgencyMatch m = REGISTRY.lookup("Sở Nội vụ chủ trì đối với nhân rộng mô hình hay", province).orElseThrow();
            assertThat(m.how()).isEqualTo(AgencyMatch.How.CONTAINED);
            assertThat(m.whole()).isFalse();
            assertThat(m.place()).isEmpty();
            assertThat(REGISTRY.lookup("Sở KHCN", province).orElseThrow().how()).isEqualTo(AgencyMatch.How.ALIAS);
            assertThat(REGISTRY.lookup("Sở Tư pháp", province).orElseThrow().how()).isEqualTo(AgencyMatch.How.EXACT);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Trung tâm Phục vụ hành chính công | trung-tam-phuc-vu-hcc-xa | true
                Phòng Kinh tế                     | phong-kinh-te-xa         | true
                Ủy ban MTTQ                       | uy-ban-mttq-xa           | true
                Ủy ban MTTQ xã                    | uy-ban-mttq-xa           | false
                Văn phòng HĐND và UBND xã         | van-phong-hdnd-ubnd-xa   | true
                Phòng Văn hóa - Xã hội xã         | phong-van-hoa-xa-hoi     | true
                """)
        void aCommunePlansOwnBodiesAreTheCommunes(String written, String id, boolean canonical) {
            assertThat(REGISTRY.lookup(written, commune)).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo(id);
                assertThat(m.canonical()).as("canonical").isEqualTo(canonical);
                assertThat(m.whole()).isTrue();
                assertThat(written).startsWith(m.written());
            });
        }

        @Test
        void theProvincesCentreIsMeantElsewhereAndBeforeTheCommunesExisted() {
            assertThat(REGISTRY.lookup("Trung tâm Phục vụ hành chính công", province).orElseThrow().agency().id())
                    .isEqualTo("trung-tam-phuc-vu-hcc-tinh");
            LookupScope before = LookupScope.of(PlanLevel.COMMUNE, LocalDate.of(2025, 1, 1));
            assertThat(REGISTRY.lookup("Trung tâm Phục vụ hành chính công", before).orElseThrow().agency().id())
                    .isEqualTo("trung-tam-phuc-vu-hcc-tinh");
        }

        @Test
        void suggestionsPutThePlansLevelFirstAndNeverNameADefunctAgency() {
            assertThat(REGISTRY.suggest("Ủy ban MTTQ xẫ", 1, commune)).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam xã");
            assertThat(REGISTRY.suggest("Uỷ ban MTTQ", 1, commune)).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam xã");
            assertThat(REGISTRY.suggest("Uỷ ban MTTQ tinh", 1, province)).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
            assertThat(REGISTRY.suggest("Phòng Tài chính - Kế hoạch huyên", 5, commune))
                    .doesNotContain("Phòng Tài chính - Kế hoạch");
            for (String s : REGISTRY.suggest("Phòng Tài chính Kế hoạch", 5, commune)) {
                assertThat(REGISTRY.lookup(s).orElseThrow().agency().validTo()).as(s).isNull();
            }
        }

        @Test
        void aRepeatedSuggestionIsTheSameList() {
            List<String> first = REGISTRY.suggest("Sở Tư phap", 3, province);
            assertThat(REGISTRY.suggest("Sở Tư phap", 3, province)).isSameAs(first);
        }
    }

    @Nested
    class Suggestions {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Sở Tư phap                       | Sở Tư pháp
                Sở Noi vu                        | Sở Nội vụ
                So Khoa hoc cong nghe            | Sở Khoa học và Công nghệ
                Sở Sở Khoa học và Công nghệ      | Sở Khoa học và Công nghệ
                Sở Tư phápp                      | Sở Tư pháp
                Sở Khoa hoc và Công nghê         | Sở Khoa học và Công nghệ
                Văn phòng UBND tinh.             | Văn phòng UBND tỉnh
                Sở Giáo dục Đào tạo              | Sở Giáo dục và Đào tạo
                Sở Tài nguyên và Môi trưởng      | Sở Nông nghiệp và Môi trường
                Bô Nôi vu                        | Bộ Nội vụ
                Các sở ban ngành cấp tỉnh        | Các sở, ban, ngành cấp tỉnh
                """)
        void nearestCanonicalNameComesFirst(String misspelt, String expected) {
            assertThat(REGISTRY.suggest(misspelt, 3)).first().isEqualTo(expected);
        }

        @Test
        void returnsAtMostMaxDistinctNames() {
            List<String> s = REGISTRY.suggest("Sở Tài chinh", 2);
            assertThat(s).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates();
            assertThat(REGISTRY.suggest("Sở Tài chinh", 0)).isEmpty();
            assertThat(REGISTRY.suggest(null, 3)).isEmpty();
            assertThat(REGISTRY.suggest("  ", 3)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Chỉ số cải cách hành chính cấp xã", "Chi nhánh", "Hợp tác xã Nông nghiệp Hoằng Lộc"})
        void farNamesGetNoSuggestion(String unknown) {
            assertThat(REGISTRY.suggest(unknown, 3)).isEmpty();
        }
    }

    @Nested
    class Extra {

        private Path resource(String name) throws URISyntaxException {
            return Path.of(AgencyRegistryTest.class.getResource("/agency/" + name).toURI());
        }

        @Test
        void userEntriesAddToAndOverrideBuiltInOnes() throws Exception {
            AgencyRegistry r = REGISTRY.withExtra(resource("extra-agencies.yaml"));

            // override by id: the user's names replace the built-in ones
            assertThat(r.lookup("Sở TP")).hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("so-tu-phap"));
            assertThat(r.lookup("STP")).isEmpty();
            assertThat(r.byId("so-tu-phap").orElseThrow().note()).isEqualTo("Overridden by the user.");
            assertThat(r.lookup("Sở Tư pháp")).hasValueSatisfying(m -> assertThat(m.canonical()).isTrue());

            // a new agency with dates and a built-in successor
            Agency bqlda = r.lookup("BQLDA tỉnh").orElseThrow().agency();
            assertThat(bqlda.existsOn(LocalDate.of(2026, 1, 1))).isFalse();
            assertThat(r.successorsOf(bqlda)).extracting(Agency::name).containsExactly("Sở Xây dựng");

            // a user's alias wins over a built-in one
            assertThat(r.lookup("Trung tâm Phục vụ hành chính công"))
                    .hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("trung-tam-phuc-vu-hcc-xa"));
            assertThat(REGISTRY.lookup("Trung tâm Phục vụ hành chính công"))
                    .hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("trung-tam-phuc-vu-hcc-tinh"));

            // user patterns
            assertThat(r.lookup("Trường Chính trị Trần Phú")).hasValueSatisfying(m -> {
                assertThat(m.agency().id()).isEqualTo("truong-chinh-tri-tinh");
                assertThat(m.canonical()).isTrue();
            });

            // user names take part in splitting and suggestions
            assertThat(r.split("BQLDA tỉnh, Sở TP")).extracting(NamePart::text).containsExactly("BQLDA tỉnh", "Sở TP");
            assertThat(r.suggest("Trường Chính trị tinh", 1)).containsExactly("Trường Chính trị tỉnh");
            // ... but never one that ceases: the user's board is dissolved at the end of 2025
            assertThat(r.suggest("Ban Quản lý dự án đầu tư xây dựng tinh", 3))
                    .doesNotContain("Ban Quản lý dự án đầu tư xây dựng tỉnh");

            // the built-in registry is untouched, and an override does not add an entry
            assertThat(REGISTRY.lookup("BQLDA tỉnh")).isEmpty();
            assertThat(REGISTRY.lookup("STP")).isPresent();
            assertThat(r.agencies()).hasSize(REGISTRY.agencies().size() + 2);
        }

        @Test
        void aBareListIsAcceptedToo() throws Exception {
            AgencyRegistry r = REGISTRY.withExtra(resource("extra-agencies-list.yaml"));
            assertThat(r.lookup("Hội đồng PBGDPL tỉnh"))
                    .hasValueSatisfying(m -> assertThat(m.agency().kind()).isEqualTo(AgencyKind.GROUP));
        }

        @Test
        void agenciesCanBeAddedInCode() {
            AgencyRegistry r = REGISTRY.withExtra(List.of(
                    Agency.builder("phong-van-hoa-khoa-hoc-thong-tin", "Phòng Văn hóa, Khoa học và Thông tin",
                                    AgencyKind.OTHER, AgencyLevel.DISTRICT)
                            .validFrom(LocalDate.of(2025, 3, 1)).validTo(LocalDate.of(2025, 6, 30))
                            .successors("phong-van-hoa-xa-hoi").basis("NĐ 45/2025/NĐ-CP").build()));
            assertThat(r.split("Phòng Văn hóa, Khoa học và Thông tin; Phòng Y tế"))
                    .extracting(NamePart::text)
                    .containsExactly("Phòng Văn hóa, Khoa học và Thông tin", "Phòng Y tế");
            assertThat(r.successorsOf(r.byId("phong-van-hoa-khoa-hoc-thong-tin").orElseThrow()))
                    .extracting(Agency::id).containsExactly("phong-van-hoa-xa-hoi");
            assertThat(REGISTRY.withExtra(List.of())).isSameAs(REGISTRY);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', textBlock = """
                'agencies: [{id: a, name: A, kind: other, level: any, successors: [nope]}]'                                  | successor 'nope', which does not exist
                'agencies: [{id: a, name: A, kind: other, level: any}, {id: a, name: B, kind: other, level: any}]'         | duplicate agency id 'a'
                'agencies: [{id: a, name: A, kind: other, level: any, aliases: [X]}, {id: b, name: X, kind: other, level: any}]' | is already a name of agency 'a'
                'agencies: [{id: a, name: A, kind: other, level: any, validFrom: 2025-03-01, validTo: 2025-02-28}]'        | is after validTo
                'agencies: [{id: a, name: A, kind: other, level: any, validTo: 28/02/2025}]'                                | not an ISO date
                'agencies: [{id: A_1, name: A, kind: other, level: any}]'                                                   | does not match
                'agencies: [{id: a, name: A, kind: ministerial, level: any}]'                                               | unknown agency kind 'ministerial'
                'agencies: [{id: a, name: A, kind: other, level: national}]'                                                | unknown agency level 'national'
                'agencies: [{id: a, name: A, kind: other}]'                                                                 | missing 'level'
                'agencies: [{id: a, kind: other, level: any}]'                                                              | has no name
                'agencies: [{id: a, name: A, kind: other, level: any, alias: [X]}]'                                         | unknown field 'alias'
                'agencies: [{id: a, name: A, kind: other, level: any, aliases: X}]'                                         | 'aliases' must be a list of text
                'agencies: [{id: a, name: [A], kind: other, level: any}]'                                                   | 'name' must be text, not a list
                'agencies: [{id: a, name: A, kind: other, level: any, successors: [{id: b}]}]'                              | 'successors' must be a list of text
                'agencies: [[a, A]]'                                                                                        | expected a mapping
                'agencies: [{id: a, name: A, kind: other, level: any, patterns: [''(unclosed'']}]'                          | invalid pattern
                'agencies: [{id: a, name: A'                                                                                | malformed YAML
                'agency: []'                                                                                                | single top-level key 'agencies'
                '42'                                                                                                        | expected a list of agencies
                """)
        void badUserFilesAreReportedWithTheirSource(String yaml, String message, @TempDir Path dir) throws IOException {
            Path file = dir.resolve("agencies.yaml");
            Files.writeString(file, yaml);
            assertThatThrownBy(() -> REGISTRY.withExtra(file))
                    .isInstanceOf(AgencyDataException.class)
                    .hasMessageContaining(message);
        }

        @Test
        void aMissingFileIsReported(@TempDir Path dir) {
            assertThatThrownBy(() -> REGISTRY.withExtra(dir.resolve("missing.yaml")))
                    .isInstanceOf(AgencyDataException.class)
                    .hasMessageContaining("missing.yaml");
        }

        @Test
        void aUserEntryMayReplaceABuiltInNameOfAnotherAgency() {
            // "Sở KHCN" is built-in for so-khoa-hoc-cong-nghe; a user may point it elsewhere
            AgencyRegistry r = REGISTRY.withExtra(List.of(Agency.builder("so-khcn-rieng", "Sở Khoa học và Công nghệ (riêng)",
                    AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE).aliases("Sở KHCN").build()));
            assertThat(r.lookup("Sở KHCN")).hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("so-khcn-rieng"));
            assertThat(r.lookup("Sở KH&CN")).hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo("so-khoa-hoc-cong-nghe"));
        }
    }

    /** Meta-test of the built-in data file. */
    @Nested
    class DataFile {

        private List<Agency> raw() throws IOException {
            try (InputStream in = AgencyRegistry.class.getResourceAsStream("/io/github/reformplan/data/agencies.yaml")) {
                return AgencyYaml.read(in, "agencies.yaml");
            }
        }

        @Test
        void idsAreUnique() throws IOException {
            List<String> ids = raw().stream().map(Agency::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
        }

        @Test
        void everyNameAndAliasHasItsOwnKey() throws IOException {
            Map<String, String> owner = new HashMap<>();
            List<String> clashes = new ArrayList<>();
            for (Agency a : raw()) {
                for (String n : names(a)) {
                    String prev = owner.put(NameText.lookupKey(n), a.id() + ": " + n);
                    if (prev != null) {
                        clashes.add(prev + " <-> " + a.id() + ": " + n);
                    }
                }
            }
            assertThat(clashes).as("names that compare equal (also within one entry: a redundant alias)").isEmpty();
        }

        @Test
        void namesTypedWithoutAccentsAreUnambiguous() throws IOException {
            Map<String, String> owner = new HashMap<>();
            List<String> clashes = new ArrayList<>();
            for (Agency a : raw()) {
                for (String n : names(a)) {
                    String prev = owner.putIfAbsent(NameText.foldKey(n), a.id());
                    if (prev != null && !prev.equals(a.id())) {
                        clashes.add(prev + " <-> " + a.id() + ": " + n);
                    }
                }
            }
            assertThat(clashes).isEmpty();
        }

        @Test
        void successorsExistAndTakeOverTheNextDay() throws IOException {
            List<Agency> all = raw();
            Map<String, Agency> byId = new HashMap<>();
            all.forEach(a -> byId.put(a.id(), a));
            for (Agency a : all) {
                for (String s : a.successors()) {
                    assertThat(byId).as(a.id() + " -> " + s).containsKey(s);
                    assertThat(a.validTo()).as(a.id() + " has successors, so it ended").isNotNull();
                    assertThat(byId.get(s).existsOn(a.validTo().plusDays(1))).as(a.id() + " -> " + s).isTrue();
                }
            }
        }

        @Test
        void datesAreOrderedAndChangesHaveABasis() throws IOException {
            for (Agency a : raw()) {
                if (a.validFrom() != null && a.validTo() != null) {
                    assertThat(a.validFrom()).as(a.id()).isBeforeOrEqualTo(a.validTo());
                }
                if (a.validFrom() != null || a.validTo() != null) {
                    assertThat(a.basis()).as(a.id() + " changed, so the change needs its legal basis").isNotBlank();
                }
            }
        }

        @Test
        void textIsCleanNfc() throws IOException {
            for (Agency a : raw()) {
                for (String n : names(a)) {
                    assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).as(n).isTrue();
                    assertThat(VietnameseText.clean(n)).as(n).isEqualTo(n);
                }
            }
        }

        @Test
        void everyNameFindsItsOwnEntry() {
            for (Agency a : REGISTRY.agencies()) {
                assertThat(REGISTRY.lookup(a.name())).as(a.name())
                        .hasValueSatisfying(m -> {
                            assertThat(m.agency().id()).isEqualTo(a.id());
                            assertThat(m.canonical()).isTrue();
                            assertThat(m.remark()).isEmpty();
                        });
                for (String alias : a.aliases()) {
                    assertThat(REGISTRY.lookup(alias)).as(alias)
                            .hasValueSatisfying(m -> assertThat(m.agency().id()).isEqualTo(a.id()));
                    assertThat(REGISTRY.split(alias)).as(alias + " is not split").hasSize(1);
                }
                assertThat(REGISTRY.split(a.name())).as(a.name() + " is not split").hasSize(1);
            }
        }

        @Test
        void patternsOnlyMatchFoldKeys() throws IOException {
            for (Agency a : raw()) {
                for (String p : a.patterns()) {
                    assertThat(p).as(a.id()).startsWith("^").endsWith("$");
                    assertThat(p.chars().filter(c -> c > 127 && Character.isLetter(c)).count())
                            .as(a.id() + ": patterns run on accent-free keys").isZero();
                    String letters = p.replaceAll("\\\\[A-Za-z]", ""); // escapes like \\S, \\b may be upper case
                    assertThat(letters).as(a.id() + ": patterns run on lower-case keys")
                            .isEqualTo(letters.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }

        @Test
        void everyKindIsUsed() {
            Map<AgencyKind, Integer> counts = new EnumMap<>(AgencyKind.class);
            REGISTRY.agencies().forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
            assertThat(counts.keySet()).containsExactlyInAnyOrder(AgencyKind.values());
            assertThat(new HashSet<>(Arrays.asList(AgencyKind.values())))
                    .allSatisfy(k -> assertThat(AgencyKind.fromId(k.id())).isEqualTo(k));
        }

        private static List<String> names(Agency a) {
            List<String> out = new ArrayList<>();
            out.add(a.name());
            out.addAll(a.aliases());
            return out;
        }
    }
}
