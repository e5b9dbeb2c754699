package io.github.reformplan.run;

import io.github.reformplan.read.PlanSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The revision of a plan a diff reads: a file, or {@code REV:path} read with {@code git show} (run
 * directly, never through a shell) in a working directory, {@code path} being as git takes it
 * (from the repository's top, or {@code ./x.yaml} from the working directory).
 *
 * <pre>{@code
 * PlanSource old = Revisions.source("HEAD~1:plans/x.yaml", Path.of(""));
 * }</pre>
 */
public final class Revisions {

    private Revisions() {
    }

    /** Whether {@code spec} names a git revision rather than a file: it is not a file and has {@code REV:}. */
    public static boolean isRevision(String spec, Path workingDirectory) {
        int colon = spec.indexOf(':');
        return colon > 0 && !Files.exists(workingDirectory.resolve(spec));
    }

    /**
     * The source {@code spec} names.
     *
     * @throws RunException for a missing file, git not installed, or a revision or path git does not know
     */
    public static PlanSource source(String spec, Path workingDirectory) throws RunException {
        if (!isRevision(spec, workingDirectory)) {
            Path file = workingDirectory.resolve(spec);
            if (!Files.isRegularFile(file)) {
                throw new RunException("diff.input-missing", List.of(spec), null);
            }
            return new PlanSource.FileSource(file, spec);
        }
        return PlanSource.of(spec, show(spec, workingDirectory));
    }

    /**
     * Whether git knows {@code REV:path}; a path the revision lacks (a plan new since) is {@code false}.
     *
     * @throws RunException when git is missing or {@code rev} names no commit
     */
    public static boolean exists(String rev, String path, Path workingDirectory) throws RunException {
        try {
            show(rev + "^{commit}", workingDirectory);
        } catch (RunException e) {
            throw "diff.git-missing".equals(e.key()) ? e
                    : new RunException("diff.revision-missing", List.of(rev, e.args().get(1)), e);
        }
        try {
            show(rev + ":" + path, workingDirectory);
            return true;
        } catch (RunException e) {
            return false;
        }
    }

    /** The bytes of {@code REV:path} from {@code git show}. */
    public static byte[] show(String spec, Path workingDirectory) throws RunException {
        Process git;
        try {
            ProcessBuilder pb = new ProcessBuilder("git", "show", spec)
                    .directory(workingDirectory.toAbsolutePath().toFile());
            git = pb.start();
            git.getOutputStream().close(); // git reads nothing from us
        } catch (IOException e) {
            throw new RunException("diff.git-missing", List.of(spec), e);
        }
        try {
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(git.getErrorStream()));
            byte[] out = drain(git.getInputStream());
            int code = git.waitFor();
            if (code != 0) {
                String reason = new String(err.join(), StandardCharsets.UTF_8).strip();
                int nl = reason.indexOf('\n');
                throw new RunException("diff.revision-missing", List.of(spec,
                        nl < 0 ? reason : reason.substring(0, nl)), null);
            }
            return out;
        } catch (InterruptedException e) {
            git.destroy();
            Thread.currentThread().interrupt();
            throw new RunException("diff.revision-missing", List.of(spec, "interrupted"), e);
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
