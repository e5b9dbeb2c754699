package io.github.reformplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the file-safety tests compare before and after a run: every regular file under a directory
 * by its hash (and its inode and mode, so that a rename or a chmod shows), and every other entry by
 * its type. Also makes device nodes of a test's own, so that no test ever writes the machine's
 * {@code /dev/null} or {@code /dev/full}.
 */
public final class FileStates {

    private FileStates() {
    }

    /** Path (relative to {@code dir}) to "sha256 inode mode", or the entry's kind for what is not a regular file. */
    public static Map<String, String> of(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                out.put(dir.relativize(p).toString(), state(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Asserts that every entry of {@code before} is still there and unchanged, except those named. */
    public static void assertUnchanged(Map<String, String> before, Path dir, Set<String> except) {
        Map<String, String> after = of(dir);
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!except.contains(e.getKey())) {
                assertThat(after.get(e.getKey())).as("%s after the run", e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    public static String state(Path p) {
        try {
            if (Files.isSymbolicLink(p)) {
                return "link -> " + Files.readSymbolicLink(p);
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return "directory";
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return "special " + Files.getAttribute(p, "unix:rdev", LinkOption.NOFOLLOW_LINKS)
                        + " " + Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
            return HexFormat.of().formatHex(hash) + " inode " + Files.getAttribute(p, "unix:ino")
                    + " mode " + Integer.toOctalString((Integer) Files.getAttribute(p, "unix:mode"))
                    + " owner " + Files.getAttribute(p, "unix:uid") + ":" + Files.getAttribute(p, "unix:gid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this process is root (tests of what even root must not do, and of owners). */
    public static boolean root() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Makes a character device node (as root: {@code 1 3} is null, {@code 1 7} is full) or a FIFO
     * ({@code "p"}), with the system's own tools; returns whether it worked.
     */
    public static boolean make(Path node, String... typeAndNumbers) {
        String tool = typeAndNumbers[0].equals("p") ? "mkfifo" : "mknod";
        String[] cmd = tool.equals("mkfifo") ? new String[] {"mkfifo", node.toString()}
                : Stream.concat(Stream.of("mknod", "-m", "666", node.toString()), Stream.of(typeAndNumbers)).toArray(String[]::new);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(node, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
