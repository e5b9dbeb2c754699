package io.github.reformplan.cli.serve;

import io.github.reformplan.cli.ReformplanCommand;
import io.github.reformplan.run.RunSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** A real server on a free loopback port, an HTTP client, multipart bodies, and the CLI to compare with. */
final class ServeTestSupport {

    /**
     * The time a client has to send its request. The JDK's server takes it once per process, from the first
     * server started, so every test server uses this one.
     */
    static final int TIMEOUT_SECONDS = 10;
    static final int LIMIT_MB = 2;
    /** The example plans, as the CLI run from the {@code cli} module names them. */
    static final String HA_TINH = "../examples/plans/ha-tinh-2026.yaml";
    static final String HOANG_LOC = "../examples/plans/hoang-loc-2026.yaml";
    static final String THANH_HOA = "../examples/plans/thanh-hoa-2025.yaml";

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServeTestSupport() {
    }

    /** A server as {@code reformplan serve --port 0} starts it here: no configuration, English by default. */
    static PlanServer start() throws Exception {
        RunSettings.Resolved run = new RunSettings(null, Path.of(""), null, Locale.ENGLISH, Map.of()).resolve();
        return PlanServer.start(new PlanServer.Settings("127.0.0.1", 0, LIMIT_MB, TIMEOUT_SECONDS), run);
    }

    record Part(String filename, byte[] content) {
        static Part of(String path) throws IOException {
            return new Part(path, Files.readAllBytes(Path.of(path)));
        }
    }

    static final String BOUNDARY = "----reformplan-test-7MA4YWxkTrZu0gW";

    static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\""
                    + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static HttpResponse<String> post(PlanServer server, String pathAndQuery, List<Part> parts)
            throws IOException, InterruptedException {
        return post(CLIENT, server, pathAndQuery, parts);
    }

    static HttpResponse<String> post(HttpClient client, PlanServer server, String pathAndQuery, List<Part> parts)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(parts))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postRaw(PlanServer server, String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(PlanServer server, String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What {@code reformplan ARGS} prints on standard output, run in this process as a user runs it. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = ReformplanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute(args);
        return out.toString();
    }
}
