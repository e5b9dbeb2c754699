package io.github.reformplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.cli.ReformplanCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code reformplan serve} as a user starts it: the address it prints, its stop, and its usage errors. */
class ServeCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReformplanCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void portZeroPicksAFreePortPrintsTheAddressAndStopsCleanly() throws Exception {
        CommandLine cl = ReformplanCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter()));
        ExecutorService main = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = main.submit(() -> cl.execute("serve", "--port", "0", "--timeout",
                    String.valueOf(ServeTestSupport.TIMEOUT_SECONDS)));
            CommandLine serve = cl.getSubcommands().get("serve");
            ServeCommand command = serve.getCommand();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (command.server() == null && System.nanoTime() < until && !exit.isDone()) {
                Thread.sleep(20);
            }
            PlanServer server = command.server();
            assertThat(server).as("the server started").isNotNull();
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            int port = server.address().getPort();
            assertThat(port).isPositive();
            assertThat(out.toString()).isEqualTo("reformplan: serving plans at http://127.0.0.1:" + port
                    + "/ (open it in a browser; Ctrl-C stops the server)" + System.lineSeparator());
            HttpResponse<String> health = ServeTestSupport.get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            command.stop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(out.toString()).endsWith("reformplan: server stopped" + System.lineSeparator());
            try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
            }
        } finally {
            main.shutdownNow();
        }
    }

    @Test
    void aPortInUseIsExitCode2NamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith("reformplan: Cannot listen on 127.0.0.1 port " + taken.getLocalPort() + ": ");
        }
    }

    @Test
    void badValuesAreUsageErrors() {
        Run port = run("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).startsWith("--port must be between 0 and 65535, not 70000");
        Run limit = run("serve", "--max-upload-mb", "0");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.err()).startsWith("--max-upload-mb must be between 1 and 1024, not 0");
        Run config = run("serve", "--config", "no-such-reformplan.yaml");
        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.err()).contains("no-such-reformplan.yaml");
    }

    @Test
    void everyMessageIsInBothLanguagesInNfc() throws IOException {
        Properties en = load("serve.properties");
        Properties vi = load("serve_vi.properties");
        assertThat(vi.keySet()).isEqualTo(en.keySet());
        for (Object key : vi.keySet()) {
            String text = vi.getProperty((String) key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s is NFC", key).isTrue();
            assertThat(text).as("%s is translated", key).isNotEqualTo(en.getProperty((String) key));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ServeCommandTest.class.getResourceAsStream("/io/github/reformplan/cli/serve/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
