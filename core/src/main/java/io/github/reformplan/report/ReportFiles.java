package io.github.reformplan.report;

import io.github.reformplan.engine.PlanFiles;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every file reformplan writes (reports, baselines, fixed plans) goes through here, so that one set of
 * rules keeps the user's files safe:
 *
 * <ul>
 *   <li>An output is never an input of the same run: not the same path, not the same file by another
 *       name (a symbolic or hard link), and not a new plan-named file inside a directory the run searches,
 *       unless the directory search will recognise it as a report ({@link PlanFiles#isOwnReport}).</li>
 *   <li>An empty name, a directory, a path below a regular file, two outputs that are one file: refused
 *       before anything is written, with an {@link OutputException} naming the path.</li>
 *   <li>A regular file is replaced atomically: the new content is written and synced to a temporary
 *       {@code .<name>.<uuid>.tmp} in the same directory, which is then renamed over it. The file keeps its
 *       mode, owner and group. A file with several hard links, or whose owner or group the temporary cannot
 *       take, is instead rewritten in place (its inode, links, owner, mode and ACLs stay), after the new
 *       content is safely in the temporary and the old one in a {@code .<name>.<uuid>.bak} backup that is
 *       removed once the rewrite succeeded or was undone.</li>
 *   <li>A file without any write permission bit, or that the system says is not writable, is read-only:
 *       it is refused, even for root, who could write it.</li>
 *   <li>What is not a regular file (a device such as {@code /dev/null}, a FIFO, {@code /dev/stdout}) is
 *       written to directly, in append mode, never renamed over.</li>
 *   <li>Several outputs of one run ({@link Batch}) are written together: all temporaries first, then all
 *       renames, so that a failing run leaves the previous set whole. Stale temporaries of an output (from
 *       a killed run: older than this run, and not locked by a live writer) are removed.</li>
 * </ul>
 */
public final class ReportFiles {

    /** Writes to a {@link Writer} and may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }

    /** The streams a process was given, by the names shells and Linux give them; group 1 or 2 is the number. */
    private static final Pattern DESCRIPTOR =
            Pattern.compile("/dev/(?:std(out|err)|fd/(\\d+))|/proc/(?:self|thread-self|(\\d+))/fd/(\\d+)");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final int MAX_LINK_HOPS = 40;

    private ReportFiles() {
    }

    /**
     * Writes one file in UTF-8 under the rules above: {@code body} writes the content; when it fails,
     * {@code file} is left as it was and no temporary remains. Missing parent directories are created.
     *
     * @throws OutputException when the file cannot or must not be written (the message names it)
     */
    public static void writeAtomically(Path file, IOConsumer<Writer> body) throws IOException {
        new Batch(List.of()).add(file, true, body).write();
    }

    /**
     * The outputs of one run, written together. {@link #add} checks each output at once (so that a
     * run can refuse before its work); {@link #write} writes them all.
     *
     * <pre>{@code
     * ReportFiles.Batch batch = new ReportFiles.Batch(inputs);
     * batch.add(Path.of("out.sarif"), true, out -> sarif.write(result, locale, out));
     * batch.add(Path.of("report.html"), false, out -> html.write(result, locale, out));
     * batch.write();
     * }</pre>
     */
    public static final class Batch {

        private final List<Path> inputs;
        private final List<Output> outputs = new ArrayList<>();
        private final FileTime started = FileTime.from(Instant.now());

        /** @param inputs the files and directories the run reads: no output may be one of them */
        public Batch(Collection<Path> inputs) {
            this.inputs = List.copyOf(inputs);
        }

        /**
         * Adds an output.
         *
         * @param recognisedAsReport whether the directory search will know the written file for one of
         *                           reformplan's own (a JSON or SARIF report, a baseline), so that it may go
         *                           into a directory the run reads
         * @throws OutputException when the output is refused
         */
        public Batch add(Path file, boolean recognisedAsReport, IOConsumer<Writer> body) throws OutputException {
            return addBytes(file, recognisedAsReport, os -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                body.accept(out);
                out.flush();
            });
        }

        /**
         * Adds an output whose content is bytes (a workbook), under the same rules as {@link #add}.
         *
         * @throws OutputException when the output is refused
         */
        public Batch addBytes(Path file, boolean recognisedAsReport, IOConsumer<OutputStream> body) throws OutputException {
            Kind kind = kind(file);
            refuseInputs(file, recognisedAsReport, inputs);
            for (Output o : outputs) {
                // Two reports into one file would leave one of them; into /dev/null, none: that is allowed.
                if (kind == Kind.FILE && sameFile(o.file(), file)) {
                    throw new OutputException("output.twice", file, o.file());
                }
            }
            outputs.add(new Output(file, body));
            return this;
        }

        /**
         * Writes every output: all temporaries, then the streams, then all renames. A failure while writing
         * (a body's, a full disk, a device's) leaves every file output as it was and no temporary behind; only
         * a rename failing once others were done (rare: same directory, already created) can leave a mix.
         */
        public void write() throws IOException {
            List<Staged> staged = new ArrayList<>();
            try {
                List<Output> streams = new ArrayList<>();
                for (Output o : outputs) {
                    if (kind(o.file()) == Kind.STREAM) {
                        streams.add(o);
                    } else {
                        staged.add(stage(o, started));
                    }
                }
                for (Output o : streams) {
                    writeStream(o);
                }
                for (Staged s : staged) {
                    s.commit();
                }
            } finally {
                for (Staged s : staged) {
                    s.discard();
                }
            }
        }
    }

    private record Output(Path file, IOConsumer<OutputStream> body) {
    }

    private enum Kind { FILE, STREAM }

    private static Kind kind(Path file) throws OutputException {
        if (file.toString().isBlank()) {
            throw new OutputException("output.empty");
        }
        if (Files.isDirectory(file)) {
            throw new OutputException("output.directory", file);
        }
        if (descriptor(file) >= 0) {
            return Kind.STREAM;
        }
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                return Kind.STREAM;
            }
            if (readOnly(file)) {
                throw new OutputException("output.read-only", file);
            }
            return Kind.FILE;
        }
        for (Path a = file.toAbsolutePath().getParent(); a != null; a = a.getParent()) {
            if (Files.exists(a)) {
                if (!Files.isDirectory(a)) {
                    throw new OutputException("output.under-file", file, a);
                }
                break;
            }
        }
        return Kind.FILE;
    }

    /**
     * The number of this process's descriptor that {@code file} names ({@code /dev/stdout}, {@code /dev/fd/3},
     * {@code /proc/self/fd/1}, or a link to one of them), else -1.
     */
    private static int descriptor(Path file) {
        Path p = file.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            java.util.regex.Matcher m = DESCRIPTOR.matcher(p.toString().replace('\\', '/'));
            if (m.matches()) {
                if (m.group(3) != null && Long.parseLong(m.group(3)) != ProcessHandle.current().pid()) {
                    return -1; // another process's descriptor: an ordinary path
                }
                return m.group(1) != null ? (m.group(1).equals("out") ? 1 : 2)
                        : Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            }
            if (!Files.isSymbolicLink(p)) {
                return -1;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether descriptor {@code fd} was opened for writing. Linux reopens {@code /proc/self/fd/N} as the file it
     * points at, whatever the descriptor's mode: a process started with standard output closed may hold a file
     * of its own there (the JDK's {@code lib/modules}, read-only), which must never be written.
     */
    private static boolean openForWriting(int fd) {
        Path info = Path.of("/proc/self/fdinfo/" + fd);
        if (!Files.isDirectory(Path.of("/proc/self/fdinfo"))) {
            return true; // BSD and macOS duplicate the descriptor, mode included
        }
        try {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring("flags:".length()).trim(), 8) & 3) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not open at all
        }
        return false;
    }

    private static void refuseInputs(Path output, boolean recognisedAsReport, Collection<Path> inputs)
            throws OutputException {
        boolean exists = Files.exists(output);
        Path where = wouldBeWritten(output);
        boolean planNamed = PlanFiles.isPlanFile(output);
        for (Path in : inputs) {
            if (exists && sameFile(output, in)) {
                throw new OutputException("output.is-input", output, in);
            }
            if (!recognisedAsReport && planNamed && Files.isDirectory(in)) {
                Path dir = realPath(in);
                if (dir != null && where.startsWith(dir)) {
                    throw new OutputException("output.in-input-directory", output, in);
                }
            }
        }
    }

    /** One file by two names: same real path, or same file key (a hard link). */
    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // cannot tell here: the write will say what is wrong
        }
        return wouldBeWritten(a).equals(wouldBeWritten(b));
    }

    /** The real path a file has or would have: the real path of its nearest existing ancestor, then the rest. */
    private static Path wouldBeWritten(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            if (existing.getFileName() != null) {
                rest.push(existing.getFileName());
            }
            existing = existing.getParent();
        }
        Path real = existing == null ? null : realPath(existing);
        if (real == null) {
            return abs;
        }
        while (!rest.isEmpty()) {
            real = real.resolve(rest.pop());
        }
        return real;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A device, a FIFO or a descriptor, written to as it is. Standard output and error are written through
     * the process's own descriptors (their mode and position are the shell's); another descriptor is opened
     * again only if it is open for writing; anything else is opened to append, never created or truncated.
     */
    private static void writeStream(Output o) throws IOException {
        int fd = descriptor(o.file());
        if (fd > 2 && !openForWriting(fd)) {
            throw new OutputException("output.not-open-for-writing", o.file());
        }
        try (OutputStream os = fd == 1 ? unclosed(new FileOutputStream(FileDescriptor.out))
                : fd == 2 ? unclosed(new FileOutputStream(FileDescriptor.err))
                : Files.newOutputStream(o.file(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             OutputStream out = new java.io.BufferedOutputStream(os)) {
            o.body().accept(out);
        } catch (IOException e) {
            throw failure(o.file(), e);
        }
    }

    /** The process's standard streams stay open for whatever is printed after the report. */
    private static OutputStream unclosed(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static Staged stage(Output o, FileTime started) throws IOException {
        Path file = o.file();
        boolean exists = Files.exists(file);
        Path target;
        Set<PosixFilePermission> mode = null;
        try {
            target = exists ? file.toRealPath() : file.toAbsolutePath();
            if (exists && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                mode = Files.getPosixFilePermissions(target);
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(file, e);
        }
        removeStaleTemporaries(dir, name, started);
        // Same directory, so that the move is a rename; created like any new file (not createTempFile's 0600).
        Path temp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        FileChannel channel;
        try {
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // Never more open than the file it replaces, not even while it is written.
            channel = mode == null ? FileChannel.open(temp, options)
                    : FileChannel.open(temp, options, PosixFilePermissions.asFileAttribute(mode));
        } catch (IOException e) {
            throw failure(file, e);
        }
        Staged s = new Staged(file, target, temp, channel);
        try {
            s.lock();
            OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel));
            o.body().accept(out);
            out.flush();
            channel.force(true);
            if (exists) {
                s.keepIdentity();
            }
        } catch (IOException e) {
            s.discard();
            throw failure(file, e);
        } catch (RuntimeException | Error e) {
            s.discard();
            throw e;
        }
        return s;
    }

    /** No write bit at all, or not writable for us: the owner meant it to stay as it is. */
    static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** A temporary of one output, written and synced, waiting to take the output's place. */
    private static final class Staged {
        private final Path file;
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private FileLock lock;
        private boolean inPlace;
        private boolean done;

        Staged(Path file, Path target, Path temp, FileChannel channel) {
            this.file = file;
            this.target = target;
            this.temp = temp;
            this.channel = channel;
        }

        /** Held until the rename, so that another run never takes this temporary for a stale one. */
        void lock() {
            try {
                lock = channel.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                lock = null;
            }
        }

        /** Gives the temporary the target's mode, owner and group; where it cannot, the target is rewritten in place. */
        void keepIdentity() throws IOException {
            inPlace = linkCount(target) > 1;
            PosixFileAttributes was;
            try {
                was = Files.readAttributes(target, PosixFileAttributes.class);
            } catch (UnsupportedOperationException e) {
                return;
            }
            Files.setPosixFilePermissions(temp, was.permissions());
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            PosixFileAttributes now = view.readAttributes();
            try {
                if (!now.owner().equals(was.owner())) {
                    view.setOwner(was.owner());
                }
                if (!now.group().equals(was.group())) {
                    view.setGroup(was.group());
                }
            } catch (IOException e) {
                inPlace = true;
            }
        }

        void commit() throws IOException {
            try {
                if (inPlace) {
                    rewriteInPlace();
                } else {
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                done = true;
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        private void rewriteInPlace() throws IOException {
            Path backup = temp.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".bak");
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
            sync(backup);
            try {
                copyInto(temp, target);
            } catch (IOException e) {
                try {
                    copyInto(backup, target);
                    Files.delete(backup);
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                    throw new OutputException("output.partly-written", List.of(file, backup), e);
                }
                throw e;
            }
            Files.delete(backup);
            Files.delete(temp);
        }

        void discard() {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
                channel.close();
                if (!done) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // the temporary stays; the next run removes it as stale
            }
        }
    }

    /** Writes {@code from}'s bytes over {@code to}, in place: same inode, then cut to length and synced. */
    private static void copyInto(Path from, Path to) throws IOException {
        try (FileChannel src = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel dst = FileChannel.open(to, StandardOpenOption.WRITE)) {
            long size = src.size();
            long done = 0;
            while (done < size) {
                done += dst.transferFrom(src, done, size - done);
            }
            dst.truncate(size);
            dst.force(true);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /**
     * Removes {@code .<name>.<uuid>.tmp} files that a killed run left: older than this run, and not
     * locked by a writer that is still at work.
     */
    private static void removeStaleTemporaries(Path dir, String name, FileTime before) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\." + UUID_PATTERN + "\\.tmp");
        DirectoryStream.Filter<Path> filter = p -> ours.matcher(p.getFileName().toString()).matches();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, filter)) {
            for (Path t : stale) {
                try {
                    BasicFileAttributes a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile() || a.lastModifiedTime().compareTo(before) >= 0) {
                        continue;
                    }
                    try (FileChannel c = FileChannel.open(t, StandardOpenOption.WRITE); FileLock l = c.tryLock()) {
                        if (l != null) {
                            Files.delete(t);
                        }
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // in use, gone, or not ours to remove: leave it
                }
            }
        } catch (IOException e) {
            // an unlistable directory: the write itself will say what is wrong
        }
    }

    /** An I/O failure as the user should read it: the path, and what the system said, in their language. */
    private static OutputException failure(Path file, IOException e) {
        if (e instanceof OutputException o) {
            return o;
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String key;
        if (e instanceof AccessDeniedException || reason.contains("Permission denied") || reason.contains("Operation not permitted")) {
            key = "output.permission-denied";
        } else if (reason.contains("No space left") || reason.contains("quota")) {
            key = "output.no-space";
        } else if (reason.contains("Read-only file system")) {
            key = "output.read-only-fs";
        } else {
            return new OutputException("output.write-failed", List.of(file, reason), e);
        }
        return new OutputException(key, List.of(file), e);
    }
}
