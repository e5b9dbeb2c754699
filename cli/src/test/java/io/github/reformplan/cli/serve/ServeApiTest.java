package io.github.reformplan.cli.serve;

import static io.github.reformplan.cli.serve.ServeTestSupport.HA_TINH;
import static io.github.reformplan.cli.serve.ServeTestSupport.HOANG_LOC;
import static io.github.reformplan.cli.serve.ServeTestSupport.LIMIT_MB;
import static io.github.reformplan.cli.serve.ServeTestSupport.THANH_HOA;
import static io.github.reformplan.cli.serve.ServeTestSupport.cli;
import static io.github.reformplan.cli.serve.ServeTestSupport.get;
import static io.github.reformplan.cli.serve.ServeTestSupport.post;
import static io.github.reformplan.cli.serve.ServeTestSupport.postRaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.Reformplan;
import io.github.reformplan.cli.serve.ServeTestSupport.Part;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.read.PlanFormats;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API of {@code reformplan serve} against a real server on a free loopback port (SPEC §10). */
class ServeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PlanServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServeTestSupport.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** An error answer: the status, the JSON shape of SPEC §10, and both messages. */
    private static JsonNode error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode e = json(r).get("error");
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("message").get("vi").asText()).isNotBlank();
        assertThat(e.get("message").get("en").asText()).isNotBlank();
        return e.get("message");
    }

    @Test
    void listensOnLoopbackOnTheFreePortItPrints() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.address().getPort()).isPositive();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.address().getPort() + "/");
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = get(server, "/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json(r);
        assertThat(n.get("status").asText()).isEqualTo("ok");
        assertThat(n.get("version").asText()).isEqualTo(Reformplan.version());
        assertThat(n.get("accepts").toString()).startsWith("[\".yaml\",\".yml\",\".json\"");
    }

    @Test
    void theCatalogueListsEveryInstalledRuleInBothLanguagesWithItsPage() throws Exception {
        HttpResponse<String> r = get(server, "/api/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rules = json(r);
        List<RuleDescriptor> installed = RuleRegistry.installed().descriptors();
        assertThat(rules.size()).isEqualTo(installed.size());
        JsonNode first = rules.get(0);
        assertThat(first.get("id").asText()).isEqualTo(installed.get(0).id());
        JsonNode before = null;
        for (JsonNode n : rules) {
            if (n.get("id").asText().equals("deadline-before-issue")) {
                before = n;
            }
        }
        assertThat(before.get("defaultSeverity").asText()).isEqualTo("error");
        assertThat(before.get("page").asText()).isEqualTo("/rules/deadline-before-issue");
        assertThat(before.get("summary").get("en").asText()).isEqualTo(installed.stream()
                .filter(d -> d.id().equals("deadline-before-issue")).findFirst().orElseThrow().summary());
        assertThat(before.get("summary").get("vi").asText()).isNotEqualTo(before.get("summary").get("en").asText());
    }

    @Test
    void theSchemaIsThePlanSchemaResource() throws Exception {
        HttpResponse<String> r = get(server, "/api/schema");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/schema+json");
        try (InputStream in = getClass().getResourceAsStream("/io/github/reformplan/schema/plan.schema.json")) {
            assertThat(r.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePageIsSelfContained() throws Exception {
        HttpResponse<String> r = get(server, "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none';")
                .contains("connect-src 'self'");
        assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">")
                .doesNotContain("http://", "https://", "<script src", "<link", "@import", "url(");
    }

    @Test
    void aRulePageIsItsDocsPageInHtmlVietnameseByDefault() throws Exception {
        HttpResponse<String> vi = get(server, "/rules/deadline-before-issue");
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(vi.body()).contains("<html lang=\"vi\">", "<h1>deadline-before-issue</h1>", "<h2>Vì sao</h2>",
                "<a href=\"/rules/deadline-outside-period?lang=vi\"><code>deadline-outside-period</code></a>",
                "<pre><code class=\"language-yaml\">plan:", "<a href=\"/rules/deadline-before-issue?lang=en\" hreflang=\"en\">English</a>");
        HttpResponse<String> en = get(server, "/rules/deadline-before-issue?lang=en");
        assertThat(en.body()).contains("<html lang=\"en\">", "<h2>Why</h2>",
                "<strong>Default severity:</strong> error",
                "<a href=\"/rules/deadline-before-issue?lang=vi\">in Vietnamese</a>");
        HttpResponse<String> table = get(server, "/rules/target-below-floor?lang=en");
        assertThat(table.body()).contains("<tr><th>metric</th><th>plan years</th>");
    }

    @Test
    void anUnknownRulePageIs404NamingTheNearestRule() throws Exception {
        JsonNode m = error(get(server, "/rules/deadline-befor"), 404);
        assertThat(m.get("en").asText()).isEqualTo("Unknown rule 'deadline-befor'; did you mean 'deadline-order'?");
        assertThat(m.get("vi").asText()).isEqualTo("Không có quy tắc 'deadline-befor'; có phải ý bạn là 'deadline-order'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif", "junit", "html", "text"})
    void aReportIsByteForByteTheCommandLines(String format) throws Exception {
        HttpResponse<String> r = post(server, "/api/validate?format=" + format + "&lang=en",
                List.of(Part.of(HA_TINH), Part.of(THANH_HOA), Part.of(HOANG_LOC)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("validate", "--format", format, "--lang", "en", HA_TINH, THANH_HOA, HOANG_LOC));
    }

    @Test
    void jsonIsTheDefaultAndItsOptionsAreTheCommandLines() throws Exception {
        HttpResponse<String> r = post(server, "/api/validate?lang=vi&failOn=warning&rule=task-output-missing:info"
                + "&rule=agency-alias=off", List.of(Part.of(HA_TINH)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("Reformplan-Verdict")).hasValue("fail");
        String expected = cli("validate", "--format", "json", "--lang", "vi", "--fail-on", "warning",
                "--rule", "task-output-missing=info", "--rule", "agency-alias=off", HA_TINH);
        assertThat(r.body()).isEqualTo(expected);
        assertThat(r.body()).doesNotContain("\"agency-alias\"").contains("\"Thời hạn 'Quý I/2025' kết thúc ngày 31/3/2025");
        String junit = post(server, "/api/validate?format=junit&failOn=info", List.of(Part.of(HA_TINH))).body();
        assertThat(junit).isEqualTo(cli("validate", "--format", "junit", "--fail-on", "info", "--lang", "en", HA_TINH));
    }

    @Test
    void theVerdictFollowsFailOn() throws Exception {
        assertThat(post(server, "/api/validate", List.of(Part.of(HA_TINH))).headers().firstValue("Reformplan-Verdict"))
                .hasValue("fail");
        assertThat(post(server, "/api/validate?failOn=never", List.of(Part.of(HA_TINH))).headers()
                .firstValue("Reformplan-Verdict")).hasValue("pass");
        assertThat(post(server, "/api/validate", List.of(Part.of(HOANG_LOC))).headers().firstValue("Reformplan-Verdict"))
                .hasValue("pass");
    }

    @Test
    void aRawBodyNamedByTheQueryIsTheSameAsAnUpload() throws Exception {
        byte[] plan = Files.readAllBytes(Path.of(HA_TINH));
        HttpResponse<String> raw = postRaw(server, "/api/validate?lang=en&name=ha-tinh-2026.yaml", "application/yaml", plan);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(post(server, "/api/validate?lang=en",
                List.of(new Part("ha-tinh-2026.yaml", plan))).body());
        assertThat(json(raw).get("files").get(0).get("path").asText()).isEqualTo("ha-tinh-2026.yaml");
    }

    @Test
    void badInputIsAFindingNotAnError() throws Exception {
        HttpResponse<String> r = postRaw(server, "/api/validate?lang=en&name=broken.yaml", null,
                "tasks: [\n  - {id: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode f = json(r).get("files").get(0).get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("parse");
        assertThat(f.get("severity").asText()).isEqualTo("error");
    }

    @Test
    void theViewCarriesBothLanguagesAreasTasksAndSourceLines() throws Exception {
        HttpResponse<String> r = post(server, "/api/view", List.of(Part.of(HA_TINH), Part.of(HOANG_LOC)));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode v = json(r);
        assertThat(v.get("summary").toString()).isEqualTo("{\"files\":2,\"errors\":1,\"warnings\":30,\"infos\":11}");
        assertThat(v.get("summaryText").get("vi").asText()).isEqualTo("2 tệp: 1 lỗi, 30 cảnh báo, 11 thông tin");
        assertThat(v.get("failed").asBoolean()).isTrue();
        JsonNode haTinh = v.get("files").get(0);
        JsonNode error = null;
        for (JsonNode f : haTinh.get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                error = f;
            }
        }
        assertThat(error.get("rule").asText()).isEqualTo("deadline-before-issue");
        assertThat(error.get("pointer").asText()).isEqualTo("/tasks/25/deadline");
        assertThat(error.get("line").asInt()).isEqualTo(570);
        assertThat(error.get("column").asInt()).isEqualTo(15);
        assertThat(error.get("where").get("en").asText()).isEqualTo("570:15");
        assertThat(error.get("source").asText()).isEqualTo(java.text.Normalizer.normalize(Files.readAllLines(Path.of(HA_TINH)).get(569), java.text.Normalizer.Form.NFC));
        assertThat(error.get("message").get("en").asText())
                .isEqualTo("Deadline 'Quý I/2025' ends on 2025-03-31, before the plan was issued on 2025-12-31");
        assertThat(error.get("message").get("vi").asText())
                .isEqualTo("Thời hạn 'Quý I/2025' kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch (31/12/2025)");
        assertThat(error.get("subject").get("en").asText()).startsWith("Task 2.26: ");
        assertThat(error.get("subject").get("vi").asText()).startsWith("Nhiệm vụ 2.26: ");
        assertThat(error.get("agencies").size()).isPositive();
        JsonNode hoangLoc = v.get("files").get(1);
        assertThat(hoangLoc.get("findings").size()).isZero();
        assertThat(hoangLoc.get("areas").size()).isEqualTo(8); // plan-wide and the seven areas, each shown as passing
        assertThat(hoangLoc.get("areas").get(1).get("id").asText()).isEqualTo("direction");
        assertThat(hoangLoc.get("areas").get(1).get("name").get("vi").asText()).isEqualTo("Công tác chỉ đạo, điều hành");
        assertThat(hoangLoc.get("areas").get(1).get("tasks").asInt()).isPositive();
    }

    @Test
    void thirtyTwoConcurrentUploadsGiveIdenticalReports() throws Exception {
        String expected = cli("validate", "--format", "json", "--lang", "en", HA_TINH);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        // a client of its own: 32 new connections, none left in a pool by the other tests
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> post(client, server, "/api/validate?lang=en", List.of(Part.of(HA_TINH))));
            }
            for (Future<HttpResponse<String>> f : clients.invokeAll(calls)) {
                assertThat(f.get().statusCode()).isEqualTo(200);
                assertThat(f.get().body()).isEqualTo(expected);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    // --- errors ---

    @Test
    void unknownRepeatedOrBadParametersAre400() throws Exception {
        List<Part> plan = List.of(Part.of(HOANG_LOC));
        assertThat(error(post(server, "/api/validate?langue=vi", plan), 400).get("en").asText())
                .isEqualTo("Unknown parameter 'langue'; this endpoint takes failOn, format, lang, name, rule");
        assertThat(error(post(server, "/api/validate?lang=fr", plan), 400).get("vi").asText())
                .isEqualTo("Tham số 'lang' không thể là 'fr'; giá trị hợp lệ: vi, en");
        assertThat(error(post(server, "/api/validate?format=pdf", plan), 400).get("en").asText())
                .isEqualTo("Parameter 'format' cannot be 'pdf'; expected json, sarif, junit, html, text");
        assertThat(error(post(server, "/api/validate?failOn=fatal", plan), 400).get("en").asText())
                .isEqualTo("Parameter 'failOn' cannot be 'fatal'; expected error, warning, info, never");
        assertThat(error(post(server, "/api/validate?lang=vi&lang=en", plan), 400).get("en").asText())
                .isEqualTo("Parameter 'lang' is given more than once");
        assertThat(error(post(server, "/api/validate?rule=task-output-missing", plan), 400).get("en").asText())
                .isEqualTo("Parameter rule takes ID:SEVERITY (rule=task-output-missing:info), not 'task-output-missing'");
        assertThat(error(get(server, "/health?x=1"), 400).get("en").asText())
                .isEqualTo("Unknown parameter 'x'; this endpoint takes no parameters");
    }

    @Test
    void anUnknownRuleOrSeverityIs400InBothLanguages() throws Exception {
        JsonNode m = error(post(server, "/api/validate?rule=task-output-mising:info", List.of(Part.of(HOANG_LOC))), 400);
        assertThat(m.get("en").asText()).isEqualTo("Unknown rule 'task-output-mising'; did you mean 'task-output-missing'?");
        assertThat(m.get("vi").asText()).isEqualTo("Không có quy tắc 'task-output-mising'; có phải ý bạn là 'task-output-missing'?");
        JsonNode s = error(post(server, "/api/validate?rule=task-output-missing:loud", List.of(Part.of(HOANG_LOC))), 400);
        assertThat(s.get("en").asText())
                .isEqualTo("Invalid severity 'loud' for rule 'task-output-missing': expected error, warning, info or off");
    }

    @Test
    void aRequestWithoutAPlanIs400() throws Exception {
        assertThat(error(post(server, "/api/validate", List.of()), 400).get("en").asText()).startsWith("The request holds no plan");
        assertThat(error(postRaw(server, "/api/validate", "application/yaml", "a: 1".getBytes(StandardCharsets.UTF_8)), 400)
                .get("en").asText()).isEqualTo("A plan sent as the raw request body needs its file name: POST /api/validate?name=plan.yaml");
        assertThat(error(post(server, "/api/validate", List.of(new Part(null, "a: 1".getBytes(StandardCharsets.UTF_8)))), 400)
                .get("en").asText()).isEqualTo("Part 'file' of the upload is not a file: each part needs a file name (curl -F file=@plan.yaml)");
        assertThat(error(postRaw(server, "/api/validate", "multipart/form-data", new byte[10]), 400).get("en").asText())
                .isEqualTo("The upload says multipart/form-data but gives no boundary");
        assertThat(error(postRaw(server, "/api/validate", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\na: 1"
                        .getBytes(StandardCharsets.UTF_8)), 400).get("en").asText())
                .isEqualTo("The multipart upload is malformed or cut short");
    }

    @Test
    void aFileNoReaderTakesIs415() throws Exception {
        JsonNode m = error(post(server, "/api/validate", List.of(Part.of(HOANG_LOC), Part.of("../README.md"))), 415);
        assertThat(m.get("en").asText()).isEqualTo("'../README.md' is not a plan file this server reads; it reads "
                + String.join(", ", Uploads.accepted()));
        assertThat(m.get("vi").asText()).startsWith("'../README.md' không phải tệp kế hoạch mà máy chủ này đọc được");
        HttpResponse<String> docx = postRaw(server, "/api/validate?name=plan.docx", null, new byte[] {'P', 'K', 3, 4});
        if (PlanFormats.forName("plan.docx").isPresent()) {
            assertThat(docx.statusCode()).isEqualTo(200); // the office module reads it (a corrupt one: a parse finding)
        } else {
            assertThat(error(docx, 415).get("en").asText()).startsWith("'plan.docx' is not a plan file this server reads");
        }
    }

    @Test
    void anUploadOverTheLimitIs413WithTheLimit() throws Exception {
        byte[] big = new byte[LIMIT_MB * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '#');
        try (RawClient c = new RawClient(server)) {
            // declared too large: refused before a byte of the body is read
            c.send("POST /api/validate?name=big.yaml HTTP/1.1\r\nHost: x\r\nContent-Length: " + big.length + "\r\n\r\n");
            RawClient.Answer a = c.answer();
            assertThat(a.status()).isEqualTo(413);
            assertThat(JSON.readTree(a.body()).get("error").get("message").get("en").asText())
                    .isEqualTo("The upload is larger than the server's limit of " + LIMIT_MB + " MB (reformplan serve --max-upload-mb)");
        }
        try (RawClient c = new RawClient(server)) {
            // chunked, so its size is only known once it is read past the limit
            c.send("POST /api/validate?name=big.yaml HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            c.send(Integer.toHexString(big.length) + "\r\n");
            c.send(big);
            c.send("\r\n0\r\n\r\n");
            RawClient.Answer a = c.answer();
            assertThat(a.status()).isEqualTo(413);
            assertThat(JSON.readTree(a.body()).get("error").get("message").get("vi").asText())
                    .isEqualTo("Tệp tải lên vượt quá giới hạn " + LIMIT_MB + " MB của máy chủ (reformplan serve --max-upload-mb)");
        }
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertThat(error(get(server, "/api/nothing"), 404).get("en").asText()).isEqualTo("There is nothing at /api/nothing");
        HttpResponse<String> r = get(server, "/api/validate");
        assertThat(error(r, 405).get("en").asText()).isEqualTo("Method GET is not allowed on /api/validate; use POST");
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        assertThat(error(postRaw(server, "/health", null, new byte[0]), 405).get("en").asText())
                .isEqualTo("Method POST is not allowed on /health; use GET");
    }

    @Test
    void slowClientsDoNotBlockOthersAndAreCutOff() throws Exception {
        String expected = cli("validate", "--format", "json", "--lang", "en", HOANG_LOC);
        List<RawClient> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                RawClient headers = new RawClient(server);
                headers.send("POST /api/validate?name=a.yaml HTTP/1.1\r\nHost: x\r\n"); // never ends its headers
                slow.add(headers);
                RawClient body = new RawClient(server);
                body.send("POST /api/validate?name=a.yaml HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nplan:");
                slow.add(body); // never sends the rest of its body
            }
            for (int i = 0; i < 8; i++) {
                HttpResponse<String> r = post(server, "/api/validate?lang=en", List.of(Part.of(HOANG_LOC)));
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).isEqualTo(expected);
            }
            for (RawClient c : slow) {
                assertThat(c.isOpen()).as("still waiting, not answered").isTrue();
            }
            // After the timeout the server hangs up on them, freeing their workers.
            for (RawClient c : slow) {
                assertThat(c.closedByServer()).isTrue();
            }
        } finally {
            for (RawClient c : slow) {
                c.close();
            }
        }
    }
}
