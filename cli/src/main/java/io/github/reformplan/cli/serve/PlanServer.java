package io.github.reformplan.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Nearest;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleDocs;
import io.github.reformplan.engine.RuleSummaries;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportWriters;
import io.github.reformplan.run.RunException;
import io.github.reformplan.run.RunSettings;
import io.github.reformplan.run.ValidationRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server of {@code reformplan serve} (SPEC §10): the JDK's own HTTP server, the page, and the HTTP API, all
 * answered by one validator built once from the run settings. Every validation is the shared run of the command
 * line ({@link ValidationRun} with a {@link ReportWriters} writer), so {@code POST /api/validate} answers byte for
 * byte what {@code reformplan validate --format json} prints for the same files and options.
 *
 * <p>Requests are served by a fixed pool of worker threads, so that a slow client holds one worker and no more;
 * at most as many validations as there are processors run at once. A client has {@link Settings#timeoutSeconds}
 * to send its request, then its connection is closed. The JDK server's answer timer starts when the request has
 * been read, so it also counts the wait for a validation and the validation itself: the answer gets
 * {@link #answerSeconds} (the timeout plus the validation time budget of the largest upload) before the connection
 * is closed ({@code sun.net.httpserver.maxReqTime} and {@code maxRspTime}: one setting for the whole process, taken
 * from the first server started in it). Uploads are read into memory, never written anywhere, and forgotten with the request.
 */
public final class PlanServer implements AutoCloseable {

    /** Worker threads: requests served at once (each holds at most one upload in memory). */
    static final int WORKERS = 32;
    /** Requests accepted and waiting for a worker; past this, new connections are dropped. */
    private static final int QUEUE = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = io.github.reformplan.schema.Schemas.PLAN;
    private static final String PAGE = "io/github/reformplan/cli/serve/index.html";
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String RULE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"
            + " frame-ancestors 'none'";

    /**
     * @param host           the address to listen on ({@code 127.0.0.1} unless a team shares the server)
     * @param port           the port, {@code 0} for a free one
     * @param maxUploadMb    the largest request body, in megabytes
     * @param timeoutSeconds how long a client has to send its request, and to read the answer
     */
    public record Settings(String host, int port, int maxUploadMb, int timeoutSeconds) {
    }

    /**
     * How long a connection may take from its request read to its answer sent: the client's timeout, plus the time
     * budget reading gives a file of the largest upload ({@code ReadLimits}: 10 s per started megabyte), twice over
     * for the wait behind other validations.
     */
    static int answerSeconds(Settings settings) {
        return settings.timeoutSeconds() + 2 * 10 * Math.max(1, settings.maxUploadMb());
    }

    private final Settings settings;
    private final RunSettings.Resolved run;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final Semaphore validations = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final byte[] page;
    private final byte[] schema;

    private PlanServer(Settings settings, RunSettings.Resolved run) throws IOException {
        this.settings = settings;
        this.run = run;
        this.page = resource(PAGE);
        this.schema = resource(SCHEMA);
        setDefault("sun.net.httpserver.maxReqTime", settings.timeoutSeconds());
        setDefault("sun.net.httpserver.maxRspTime", answerSeconds(settings));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()), 128);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "reformplan-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), threads,
                new ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server.
     *
     * @param run the validator and language every request starts from (its configuration read once, here)
     * @throws IOException when the address cannot be listened on (a port in use, an unknown host)
     */
    public static PlanServer start(Settings settings, RunSettings.Resolved run) throws IOException {
        PlanServer s = new PlanServer(settings, run);
        s.server.start();
        return s;
    }

    /** The address and port listened on (the port chosen when {@code 0} was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The page's address, as a browser opens it: {@code http://127.0.0.1:8080/}. */
    public String url() {
        InetSocketAddress a = address();
        InetAddress ip = a.getAddress();
        String host = ip.isAnyLocalAddress() ? "127.0.0.1" : ip.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + a.getPort() + "/";
    }

    /** Stops listening, lets the requests being answered finish (for up to two seconds), and stops the workers. */
    @Override
    public void close() {
        server.stop(2);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void setDefault(String property, int seconds) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, String.valueOf(seconds));
        }
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                answer(ex);
            } catch (IOException | UncheckedIOException e) {
                // the client went away, or timed out: nothing to answer
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                if (ex.getResponseCode() == -1) {
                    try {
                        send(ex, 500, "application/json; charset=utf-8",
                                ApiError.of(500, "error.internal", String.valueOf(e)).json());
                    } catch (IOException | RuntimeException again) {
                        // nothing more can be said
                    }
                }
            }
        }
    }

    /** Routes the request; a refusal is answered as JSON, in both languages. */
    private void answer(HttpExchange ex) throws IOException {
        try {
            route(ex);
        } catch (ApiError e) {
            if (ex.getResponseCode() == -1) {
                send(ex, e.status(), "application/json; charset=utf-8", e.json());
            }
        }
    }

    private void route(HttpExchange ex) throws IOException, ApiError {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (path.equals("/api/validate") || path.equals("/api/view")) {
            allow(ex, "POST");
            validate(ex, path.equals("/api/view"));
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            allow(ex, "GET");
            noParameters(ex);
            ex.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            send(ex, 200, "text/html; charset=utf-8", page);
        } else if (path.equals("/health")) {
            allow(ex, "GET");
            noParameters(ex);
            ObjectNode n = JSON.createObjectNode().put("status", "ok").put("name", Reformplan.NAME)
                    .put("version", Reformplan.version());
            Uploads.accepted().forEach(n.putArray("accepts")::add);
            sendJson(ex, n.toPrettyString());
        } else if (path.equals("/api/rules")) {
            allow(ex, "GET");
            noParameters(ex);
            sendJson(ex, rules());
        } else if (path.equals("/api/schema")) {
            allow(ex, "GET");
            noParameters(ex);
            send(ex, 200, "application/schema+json", schema);
        } else if (path.startsWith("/rules/")) {
            allow(ex, "GET");
            rulePage(ex, URLDecoder.decode(path.substring("/rules/".length()), StandardCharsets.UTF_8));
        } else {
            throw ApiError.of(404, "error.not-found", path);
        }
    }

    private static void allow(HttpExchange ex, String method) throws ApiError {
        if (!ex.getRequestMethod().equals(method)) {
            ex.getResponseHeaders().set("Allow", method);
            throw ApiError.of(405, "error.method", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), method);
        }
    }

    private static void noParameters(HttpExchange ex) throws ApiError {
        RequestOptions.parse(ex.getRequestURI().getRawQuery(), java.util.Set.of());
    }

    /** {@code POST /api/validate}: a report of SPEC §5; {@code POST /api/view}: what the page shows. */
    private void validate(HttpExchange ex, boolean view) throws IOException, ApiError {
        RequestOptions options = RequestOptions.parse(ex.getRequestURI().getRawQuery(),
                view ? RequestOptions.VIEW : RequestOptions.VALIDATE);
        Headers headers = ex.getRequestHeaders();
        int limit = settings.maxUploadMb() * 1024 * 1024;
        byte[] body = Uploads.body(ex.getRequestBody(), headers.getFirst("Content-Length"), limit, settings.maxUploadMb());
        List<Uploads.Upload> uploads = Uploads.files(headers.getFirst("Content-Type"), options.name(), body);
        body = null; // the parts are copies: let the body go
        PlanValidator validator = validator(options.rules());
        Locale locale = options.language() != null ? options.language() : run.locale();
        List<PlanSource> sources = uploads.stream().map(Uploads.Upload::source).toList();
        StringWriter report = new StringWriter();
        ValidationRun validation = new ValidationRun(validator, locale).failOn(options.failOn());
        if (view) {
            validation.keepPlans(true);
        } else {
            validation.report(ReportWriters.forFormat(options.format(), options.failOn()), report);
        }
        ValidationRun.Outcome outcome;
        validations.acquireUninterruptibly();
        try {
            outcome = validation.run(sources);
        } catch (RunException e) {
            throw ApiError.of(500, l -> e.message(l));
        } finally {
            validations.release();
        }
        ex.getResponseHeaders().set("Reformplan-Verdict", outcome.failed() ? "fail" : "pass");
        if (view) {
            send(ex, 200, "application/json; charset=utf-8", PageModel.json(outcome, uploads, options.failOn()));
        } else {
            send(ex, 200, contentType(options.format()), report.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The shared validator, or for a request that changes rule severities one built from it with those changes
     * (the command line's {@code --rule}); an unknown rule or severity is a bad request, in both languages.
     */
    private PlanValidator validator(Map<String, String> rules) throws ApiError {
        PlanValidator shared = run.validator();
        if (rules.isEmpty()) {
            return shared;
        }
        try {
            return builder(shared, rules, shared.locale()).build();
        } catch (IllegalArgumentException e) {
            // the builder words the problem (the nearest rule id, the valid severities) in its language
            throw ApiError.of(400, l -> {
                try {
                    builder(shared, rules, l);
                    return e.getMessage();
                } catch (IllegalArgumentException inLanguage) {
                    return inLanguage.getMessage();
                }
            });
        }
    }

    private static PlanValidator.Builder builder(PlanValidator shared, Map<String, String> rules, Locale locale) {
        PlanValidator.Builder b = PlanValidator.builder().registry(shared.registry()).config(shared.config()).locale(locale);
        rules.forEach(b::rule);
        return b.locale(shared.locale());
    }

    private static String contentType(String format) {
        switch (format) {
            case "sarif":
                return "application/sarif+json";
            case "junit":
                return "application/xml; charset=utf-8";
            case "html":
                return "text/html; charset=utf-8";
            case "text":
                return "text/plain; charset=utf-8";
            default:
                return "application/json; charset=utf-8";
        }
    }

    /** {@code GET /api/rules}: every installed rule, its default severity, its summary in both languages, its page. */
    private String rules() {
        ArrayNode out = JSON.createArrayNode();
        for (RuleDescriptor d : run.validator().registry().descriptors()) {
            ObjectNode n = out.addObject();
            n.put("id", d.id());
            n.put("defaultSeverity", d.defaultSeverity().id());
            ObjectNode summary = n.putObject("summary");
            ServeMessages.both(l -> RuleSummaries.of(d, l)).forEach(summary::put);
            n.put("page", RuleDocs.page(d.id()).isPresent() ? "/rules/" + d.id() : null);
        }
        return out.toPrettyString();
    }

    /** {@code GET /rules/<id>?lang=vi|en}: the rule's page, Vietnamese unless asked otherwise. */
    private void rulePage(HttpExchange ex, String id) throws IOException, ApiError {
        RequestOptions options = RequestOptions.parse(ex.getRequestURI().getRawQuery(), java.util.Set.of("lang"));
        Locale locale = options.language() != null ? options.language() : ServeMessages.VIETNAMESE;
        Optional<String> page = RulePages.page(id, locale);
        if (page.isEmpty()) {
            throw ApiError.of(404, l -> Nearest.unknownRule(run.validator().registry(), id, l));
        }
        ex.getResponseHeaders().set("Content-Security-Policy", RULE_POLICY);
        send(ex, 200, "text/html; charset=utf-8", page.get().getBytes(StandardCharsets.UTF_8));
    }

    private static void sendJson(HttpExchange ex, String json) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        if (status >= 400) {
            h.set("Connection", "close"); // the rest of a refused body is not read
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
