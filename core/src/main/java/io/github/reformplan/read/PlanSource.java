package io.github.reformplan.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A plan file to read: its display name and where its bytes come from. */
public sealed interface PlanSource {

    /** The name findings are reported under. */
    String name();

    /** Size in bytes, known before reading, so that an oversized file is refused unread. */
    long size() throws IOException;

    byte[] bytes() throws IOException;

    /**
     * At most {@code limit + 1} bytes of the content, so that a reader learns that a source is too large
     * without holding more of it: a file that grows while it is read, standard input, a device. Throws
     * {@link NotRegularFileException} for a path that names no regular file (a FIFO, a socket, a device
     * such as {@code /dev/zero}): reading one could hang or never end.
     */
    default byte[] bytesAtMost(long limit) throws IOException {
        byte[] all = bytes();
        return all.length <= limit ? all : java.util.Arrays.copyOf(all, (int) Math.min(all.length, limit + 1));
    }

    /** Whether the content is JSON rather than YAML: by extension, else by its first significant character. */
    default boolean isJson(byte[] content) {
        String lower = name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        for (byte b : content) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    static PlanSource of(Path path) {
        return new FileSource(path, path.toString());
    }

    static PlanSource of(String name, byte[] content) {
        return new BytesSource(name, content.clone());
    }

    /** A file on disk. */
    record FileSource(Path path, String name) implements PlanSource {
        @Override
        public long size() throws IOException {
            return Files.size(path);
        }

        @Override
        public byte[] bytes() throws IOException {
            return bytesAtMost(Integer.MAX_VALUE - 9L);
        }

        @Override
        public byte[] bytesAtMost(long limit) throws IOException {
            if (!Files.isRegularFile(path)) {
                if (Files.exists(path)) {
                    throw new NotRegularFileException(path.toString());
                }
                throw new java.nio.file.NoSuchFileException(path.toString());
            }
            try (java.io.InputStream in = Files.newInputStream(path)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
            }
        }
    }

    /** A path that names something other than a regular file: a FIFO, a socket, a device, a directory. */
    final class NotRegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotRegularFileException(String path) {
            super(path);
        }
    }

    /** Content already in memory (standard input, an editor buffer, a test). */
    record BytesSource(String name, byte[] content) implements PlanSource {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] bytes() {
            return content;
        }
    }
}
