package io.github.reformplan.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A client at the socket level, for what HTTP libraries do not do: stall, or say a size it does not send. */
final class RawClient implements AutoCloseable {

    record Answer(int status, String head, String body) {
    }

    private final Socket socket;

    RawClient(PlanServer server) throws IOException {
        socket = new Socket(server.address().getAddress(), server.address().getPort());
        // generous: well past the server's timeout, so that a test waits for the server, not for this
        socket.setSoTimeout((ServeTestSupport.TIMEOUT_SECONDS * 4 + 10) * 1000);
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Reads an answer with a {@code Content-Length}. */
    Answer answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed in the head: " + head);
            }
            head.write(b);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(h.substring(9, 12));
        int length = 0;
        for (String line : h.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return new Answer(status, h, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /** Whether the connection is still up with nothing answered: checked without waiting. */
    boolean isOpen() throws IOException {
        socket.setSoTimeout(50);
        try {
            int b = socket.getInputStream().read();
            return b < -1; // a byte of an answer, or the end of the connection: not waiting any more
        } catch (SocketTimeoutException e) {
            return true; // nothing to read: still waiting
        } finally {
            socket.setSoTimeout((ServeTestSupport.TIMEOUT_SECONDS * 4 + 10) * 1000);
        }
    }

    /** Waits for the server to hang up without an answer (end of stream or a reset). */
    boolean closedByServer() {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
