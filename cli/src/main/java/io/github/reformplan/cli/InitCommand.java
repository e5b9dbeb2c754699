package io.github.reformplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.office.XlsxTemplate;
import io.github.reformplan.report.OutputException;
import io.github.reformplan.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reformplan init}: a plan skeleton to fill in, with every part, one task per reform area and
 * a deadline in the plan's year, so that the editor starts from a file the schema accepts. What is left to
 * fill in is written {@code ...}: each is a {@code placeholder-unfilled} finding until it is filled in, and the
 * note on standard error names them. With {@code --format xlsx}, the same skeleton as the documented Excel
 * template ({@link XlsxTemplate}), written to {@code --output}.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Prints a plan skeleton to fill in.", "In khung kế hoạch để điền nội dung."})
final class InitCommand implements Callable<Integer> {

    enum Level { province, commune, department }

    enum Format { yaml, xlsx }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--level", defaultValue = "province",
            description = "Plan level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Level level;

    @Option(names = "--year", description = "Plan year (default: next year)")
    Integer year;

    @Option(names = "--format", defaultValue = "yaml",
            description = "yaml (the plan file) or xlsx (the Excel template, needs --output) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the skeleton to FILE (atomically), which must not exist yet, instead of standard output")
    Path output;

    @Option(names = "--lang", description = "Language of the note on standard error: vi or en (default: the system's)")
    ValidatorOptions.Lang lang;

    /** The values the skeleton leaves to fill in, each a placeholder-unfilled finding until it is. */
    static final List<String> TO_FILL_IN = List.of("plan.title", "plan.issuer");

    @Override
    public Integer call() throws IOException {
        int y = year != null ? year : java.time.Year.now().getValue() + 1;
        if (y < 2000 || y > 2100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year must be between 2000 and 2100: " + y);
        }
        Locale locale = lang != null ? Locale.forLanguageTag(lang.name()) : ValidatorOptions.systemLocale();
        String yaml = skeleton(level, y);
        if (output == null && format == Format.xlsx) {
            throw new ReformplanCommand.UsageError(Messages.format(locale, "init.xlsx-output", List.of()), null);
        }
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            write(yaml, locale);
        }
        // On standard error, so that `reformplan init > plan.yaml` writes the plan alone.
        String toFill = String.join(", ", TO_FILL_IN);
        spec.commandLine().getErr().println(output == null ? Messages.format(locale, "init.fill-in", List.of(toFill))
                : Messages.format(locale, "init.fill-in.file", List.of(toFill, output.toString())));
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** The skeleton into {@link #output}, which must not be a file already (a device such as
     * {@code /dev/stdout} is written to): a plan is never overwritten. */
    private void write(String yaml, Locale locale) throws IOException {
        if (Files.isRegularFile(output)) {
            throw new ReformplanCommand.UsageError(Messages.format(locale, "init.exists", List.of(output.toString())), null);
        }
        try {
            ReportFiles.Batch batch = new ReportFiles.Batch(List.of());
            if (format == Format.xlsx) {
                byte[] workbook = XlsxTemplate.write(new ObjectMapper(new YAMLFactory()).readTree(yaml));
                batch.addBytes(output, false, out -> out.write(workbook));
            } else {
                batch.add(output, false, out -> out.write(yaml));
            }
            batch.write();
        } catch (OutputException e) {
            throw new ReformplanCommand.UsageError(e.message(locale), e);
        }
    }

    static String skeleton(Level level, int year) {
        String issuer = switch (level) {
            case province -> "UBND tỉnh ...";
            case commune -> "UBND xã ...";
            case department -> "Sở ...";
        };
        String locality = switch (level) {
            case province -> "tỉnh ...";
            case commune -> "xã ...";
            case department -> "Sở ...";
        };
        String owner = switch (level) {
            case province -> "Sở Nội vụ";
            case commune -> "Văn phòng HĐND và UBND";
            case department -> "Văn phòng Sở";
        };
        String[][] areas = {
            {"direction", "Ban hành và triển khai Kế hoạch kiểm tra cải cách hành chính năm " + year},
            {"institutions", "Rà soát, kiểm tra văn bản quy phạm pháp luật thuộc lĩnh vực quản lý"},
            {"procedures", "Công khai, rà soát, đơn giản hóa thủ tục hành chính"},
            {"organization", "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức"},
            {"civil-service", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm " + year},
            {"public-finance", "Thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập"},
            {"digital-government", "Xử lý văn bản, hồ sơ công việc trên môi trường điện tử"},
        };
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < areas.length; i++) {
            tasks.append("  - id: \"").append(i + 1).append("\"\n")
                    .append("    area: ").append(areas[i][0]).append('\n')
                    .append("    title: ").append(areas[i][1]).append('\n')
                    .append(i == 2 ? "    targets: [\"1\"]\n" : "")
                    .append("    outputs: [Báo cáo kết quả thực hiện]\n")
                    .append("    lead: [").append(owner).append("]\n")
                    .append("    deadline: Quý ").append(new String[] {"I", "II", "III", "IV"}[i % 4]).append('/').append(year)
                    .append('\n');
        }
        return """
                # yaml-language-server: $schema=https://reformplan.github.io/schema/1/plan.schema.json
                # Khung kế hoạch cải cách hành chính năm %1$d. Cần điền trước khi trình:
                #   - plan.title, plan.issuer: thay "..." bằng tên địa phương, tên cơ quan ban hành;
                #   - decision, khi kế hoạch được ban hành: bỏ dấu # đầu dòng, điền số, ngày ký, người ký;
                #   - các chỉ tiêu, nhiệm vụ và cơ quan mẫu: thay bằng nội dung thật của kế hoạch.
                # Lệnh `reformplan validate` báo lỗi placeholder-unfilled ở mỗi chỗ "..." chưa điền.
                schemaVersion: "1"
                plan:
                  id: ke-hoach-cchc-%1$d
                  title: Kế hoạch cải cách hành chính %7$s năm %1$d
                  issuer: %2$s
                  level: %3$s
                  period: "%1$d"
                  # decision: { number: .../QĐ-UBND, date: %4$d-12-20, signer: ... }   # khi kế hoạch được ban hành
                sections:
                  - kind: purpose
                    title: I. MỤC ĐÍCH, YÊU CẦU
                  - kind: targets
                    title: II. MỤC TIÊU, CHỈ TIÊU
                  - kind: tasks
                    title: III. NHIỆM VỤ, GIẢI PHÁP
                  - kind: funding
                    title: IV. KINH PHÍ THỰC HIỆN
                  - kind: implementation
                    title: V. TỔ CHỨC THỰC HIỆN
                targets:
                  - id: "1"
                    area: procedures
                    text: Trên 98%% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn
                tasks:
                %5$sresponsibilities:
                  - agency: %6$s
                    areas: [direction]
                    reportDeadline: Trước ngày 30/11/%1$d
                """.formatted(year, issuer, level.name(), year - 1, tasks, owner, locality);
    }
}
