package io.github.reformplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reformplan diff}: exit codes, both places in every format, git revisions, outputs never an input. */
class DiffCommandTest {

    private static final String FIXTURES = "../core/src/test/resources/io/github/reformplan/diff/";
    private static final String OLD = "../examples/plans/thanh-hoa-2025.yaml";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static ValidateCommandTest.Run diff(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return ValidateCommandTest.run(all);
    }

    @Test
    void aWeakeningRevisionFailsOnErrorsWithBothPlacesOfEachChange() {
        ValidateCommandTest.Run r = diff("--lang", "en", "--fail-on", "error", OLD, FIXTURES + "weakened.yaml");
        assertThat(r.exit()).isEqualTo(1);
        String neu = FIXTURES + "weakened.yaml";
        assertThat(r.out()).isEqualTo(
                neu + ":46:11: error target-lowered Target 1.2 asks for less than before: >= 30% is now >= 25%" + NL
                + "  also at " + OLD + ":45:11 (/targets/1/text)" + NL
                + neu + ":60:3: error task-removed Task PL01.4 was removed: 'Xây dựng và triển khai thực hiện Kế hoạch"
                + " kiểm tra, xử lý, rà soát, hệ thống hóa văn bản QPPL năm 2025.'" + NL
                + "  also at " + OLD + ":80:5 (/tasks/3)" + NL
                + neu + ":64:11: warning task-lead-changed The lead agency of task PL01.1 changed: 'Sở Tư pháp' is now"
                + " 'Sở Nội vụ'" + NL
                + "  also at " + OLD + ":63:11 (/tasks/0/lead)" + NL
                + neu + ":242:15: warning task-deadline-later The deadline of task PL05.1 moved later: 'Tháng 3/2025'"
                + " (ends on 2025-03-31) is now 'Tháng 6/2025' (ends on 2025-06-30)" + NL
                + "  also at " + OLD + ":248:15 (/tasks/26/deadline)" + NL
                + NL
                + OLD + " → " + neu + ": 4 change(s): 2 errors, 2 warnings, 0 infos" + NL);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aRevisionThatOnlyAddsTasksPasses() {
        ValidateCommandTest.Run r = diff("--lang", "vi", "--fail-on", "error", OLD, FIXTURES + "task-added.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith(": 1 thay đổi: 0 lỗi, 0 cảnh báo, 1 thông tin" + NL);
        assertThat(diff("--fail-on", "info", OLD, FIXTURES + "task-added.yaml").exit()).isEqualTo(1);
        assertThat(diff("--fail-on", "never", OLD, FIXTURES + "weakened.yaml").exit()).isZero();
    }

    @Test
    void aCheckSetOffOrDownIsObeyedAndAMistypedOneIsAUsageError() {
        ValidateCommandTest.Run r = diff("--lang", "en", "--rule", "target-lowered=off", "--rule", "task-removed=warning",
                OLD, FIXTURES + "weakened.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("target-lowered").contains("warning task-removed")
                .endsWith(": 3 change(s): 0 errors, 3 warnings, 0 infos" + NL);
        ValidateCommandTest.Run typo = diff("--lang", "en", "--rule", "task-removd=off", OLD, FIXTURES + "weakened.yaml");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("--rule task-removd=off: Unknown rule 'task-removd'; did you mean 'task-removed'?");
    }

    @Test
    void theJsonReportHasChangesWithOldAndNewPlaces() throws IOException {
        Path json = dir.resolve("changes.json");
        Path sarif = dir.resolve("changes.sarif");
        ValidateCommandTest.Run r = diff("--lang", "en", "--format", "json", "--output", json.toString(),
                "--format", "sarif", "--output", sarif.toString(), OLD, FIXTURES + "task-lead-changed.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("changes")).hasSize(1);
        JsonNode c = root.get("changes").get(0);
        assertThat(c.get("check").asText()).isEqualTo("task-lead-changed");
        assertThat(c.get("severity").asText()).isEqualTo("warning");
        assertThat(c.at("/old/path").asText()).isEqualTo(OLD);
        assertThat(c.at("/old/pointer").asText()).isEqualTo("/tasks/0/lead");
        assertThat(c.at("/old/line").asInt()).isEqualTo(63);
        assertThat(c.at("/old/column").asInt()).isEqualTo(11);
        assertThat(c.at("/new/path").asText()).isEqualTo(FIXTURES + "task-lead-changed.yaml");
        assertThat(c.at("/new/line").asInt()).isEqualTo(64);
        assertThat(root.at("/summary/warnings").asInt()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("task-lead-changed");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(64);
        assertThat(result.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(63);
    }

    @Test
    void theHtmlReportShowsBothRevisionsSideBySide() throws IOException {
        Path html = dir.resolve("changes.html");
        assertThat(diff("--lang", "en", "--format", "html", "--output", html.toString(), OLD,
                FIXTURES + "task-lead-changed.yaml").exit()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<th>Old revision</th><th>New revision</th>")
                .contains("<code>" + OLD + ":63:11</code> <span class=\"muted\">/tasks/0/lead</span><br>Sở Tư pháp")
                .contains(":64:11</code> <span class=\"muted\">/tasks/0/lead</span><br>Sở Nội vụ");
    }

    @Test
    void anOutputOverAnInputIsRefusedAndTheInputLeftAlone() throws IOException {
        Path plan = dir.resolve("new.yaml");
        Files.copy(Path.of(FIXTURES + "weakened.yaml"), plan);
        byte[] before = Files.readAllBytes(plan);
        ValidateCommandTest.Run r = diff("--format", "json", "--output", plan.toString(), OLD, plan.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAUsageError() {
        ValidateCommandTest.Run r = diff("--lang", "en", OLD, "no-such-plan.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("No such file: no-such-plan.yaml");
    }

    @Test
    void gitRevisionsAreReadWithGitShowAndAnUnknownOneIsAUsageError() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        Path plan = dir.resolve("plans/thanh-hoa-2025.yaml");
        Files.createDirectories(plan.getParent());
        Files.copy(Path.of(OLD), plan);
        git("add", ".");
        git("commit", "-q", "-m", "plan");
        Files.copy(Path.of(FIXTURES + "task-removed.yaml"), plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git("commit", "-q", "-am", "drop a task");
        ValidateCommandTest.Run r = diff("--repo", dir.toString(), "--lang", "en", "--format", "json",
                "HEAD~1:plans/thanh-hoa-2025.yaml", "HEAD:plans/thanh-hoa-2025.yaml");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode c = new ObjectMapper().readTree(r.out()).at("/changes/0");
        assertThat(c.get("check").asText()).isEqualTo("task-removed");
        assertThat(c.at("/old/path").asText()).isEqualTo("HEAD~1:plans/thanh-hoa-2025.yaml");
        assertThat(c.at("/old/line").asInt()).isEqualTo(80);
        assertThat(c.at("/new/path").asText()).isEqualTo("HEAD:plans/thanh-hoa-2025.yaml");
        ValidateCommandTest.Run missing = diff("--repo", dir.toString(), "--lang", "en",
                "v9:plans/thanh-hoa-2025.yaml", "HEAD:plans/thanh-hoa-2025.yaml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Cannot read 'v9:plans/thanh-hoa-2025.yaml' from git: fatal:");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
