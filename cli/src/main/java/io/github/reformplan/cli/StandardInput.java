package io.github.reformplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What standard input really is, before it is read as a plan. */
final class StandardInput {

    private StandardInput() {
    }

    /**
     * Whether the process was started with standard input closed ({@code - <&-}). On Linux the JVM then
     * opens files of its own at descriptor 0 (the JDK's {@code lib/modules}), so that reading "standard
     * input" would read the JDK: a file under {@code java.home} at descriptor 0 means there was none.
     */
    static boolean isClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return false; // elsewhere a closed descriptor reads as end of input: an empty plan
        }
        try {
            Path target = Files.readSymbolicLink(fd0);
            Path home = Path.of(System.getProperty("java.home")).toRealPath();
            return target.isAbsolute() && target.normalize().startsWith(home);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return !Files.exists(fd0); // no descriptor 0 at all
        }
    }
}
