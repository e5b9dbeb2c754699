package io.github.reformplan.cli.serve;

import io.github.reformplan.report.VisibleText;
import io.github.reformplan.run.RunException;
import io.github.reformplan.run.RunSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reformplan serve}: the local web page where an editor drops a plan and reads its findings, and the same
 * checks as an HTTP API (SPEC §10). Listens on the loopback address unless {@code --host} says otherwise, prints
 * the address to open, and runs until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a local web page where plans are dropped and checked, and the same checks as an HTTP API.",
                "Chạy trang web cục bộ để thả tệp kế hoạch vào và kiểm tra, cùng API HTTP cho các phép kiểm tra đó."})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network interface)")
    String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file, read once at start (default: ./reformplan.yaml when present)")
    Path config;

    @Option(names = "--max-upload-mb", defaultValue = "20", paramLabel = "MB",
            description = "Largest upload accepted, in megabytes; larger ones are refused with 413 (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Time a client has to send its request, and to read the answer, before it is cut off (default: ${DEFAULT-VALUE})")
    int timeout;

    /** Tells a test (or an embedding program) the server once it listens; {@link #stop} ends it. */
    private volatile PlanServer started;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public Integer call() throws InterruptedException {
        Locale locale = systemLocale();
        CommandLine cl = spec.commandLine();
        check(port >= 0 && port <= 65535, locale, "serve.port-invalid", port);
        check(maxUploadMb >= 1 && maxUploadMb <= 1024, locale, "serve.limit-invalid", maxUploadMb);
        check(timeout >= 1 && timeout <= 3600, locale, "serve.timeout-invalid", timeout);
        RunSettings.Resolved settings;
        try {
            settings = new RunSettings(config, Path.of(""), null, locale, Map.of()).resolve();
        } catch (RunException e) {
            throw new CommandLine.ParameterException(cl, e.message(locale));
        }
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        PlanServer server;
        try {
            server = PlanServer.start(new PlanServer.Settings(host, port, maxUploadMb, timeout), settings);
        } catch (IOException e) {
            err.println("reformplan: " + VisibleText.escape(ServeMessages.format(locale, "serve.cannot-listen", host,
                    String.valueOf(port), String.valueOf(e.getMessage()))));
            err.flush();
            return 2;
        }
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                server.close();
                out.println(ServeMessages.format(locale, "serve.stopped"));
                out.flush();
            }
        };
        Thread hook = new Thread(() -> {
            shutdown.run(); // Ctrl-C
            stop.countDown();
        }, "reformplan-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        InetAddress bound = server.address().getAddress();
        if (bound.isAnyLocalAddress()) {
            err.println(ServeMessages.format(locale, "serve.exposed", String.valueOf(server.address().getPort())));
        }
        out.println(ServeMessages.format(locale, "serve.listening", server.url()));
        out.flush();
        err.flush();
        started = server;
        stop.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running
        }
        shutdown.run();
        return 0;
    }

    /** The server once it listens, else {@code null}. */
    public PlanServer server() {
        return started;
    }

    /** Stops a server started by {@link #call} as Ctrl-C does. */
    public void stop() {
        stop.countDown();
    }

    private void check(boolean ok, Locale locale, String key, int value) {
        if (!ok) {
            throw new CommandLine.ParameterException(spec.commandLine(), ServeMessages.format(locale, key, String.valueOf(value)));
        }
    }

    /** Vietnamese on a Vietnamese system, English elsewhere (as the other commands). */
    private static Locale systemLocale() {
        return "vi".equals(Locale.getDefault().getLanguage()) ? ServeMessages.VIETNAMESE : Locale.ENGLISH;
    }
}
