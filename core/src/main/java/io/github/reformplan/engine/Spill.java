package io.github.reformplan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a batch puts what it must keep of each file until every file is read (its findings, the places
 * the cross-file rules report at, their summaries) and then its results until they are written, encoded
 * ({@link FindingCodec}): in memory up to {@link #MEMORY_LIMIT} bytes, then in a temporary file, so that
 * memory does not grow with the number of files. The file is owner-only, unlinked as soon as it is open
 * where the system allows it (POSIX) and otherwise deleted when closed, which happens once the store (and
 * so every slot of it) is unreachable, or at exit; where no file can be made or written, the store stays in
 * memory. Thread-safe.
 */
final class Spill {

    /**
     * Small runs never touch the disk. At 16 MB a national year's results stayed in memory and ten years peaked
     * 17 MB higher; at 4 MB both go to the disk early (benchmarks/RESULTS.md, 4 Dec 2026).
     */
    static final long MEMORY_LIMIT = 4L << 20;

    private static final Cleaner CLEANER = Cleaner.create();

    /** One value put aside: read it back with {@link #get}. */
    interface Slot<T> {
        T get();
    }

    /** Reads a value back from its bytes. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(FindingCodec.In in);
    }

    /** Writes a value's bytes; throws {@link FindingCodec.Unencodable} for what the codec cannot write. */
    @FunctionalInterface
    interface Encoder<T> {
        void encode(T value, FindingCodec.Out out) throws FindingCodec.Unencodable;
    }

    private final FindingCodec codec = new FindingCodec();
    private final AtomicLong inMemory = new AtomicLong();
    private final AtomicLong end = new AtomicLong();
    private final long memoryLimit;
    private volatile Disk disk;
    private volatile boolean noDisk;

    private final boolean encodes;

    Spill() {
        this(MEMORY_LIMIT);
    }

    Spill(long memoryLimit) {
        this(memoryLimit, true);
    }

    private Spill(long memoryLimit, boolean encodes) {
        this.memoryLimit = memoryLimit;
        this.encodes = encodes;
    }

    /** A store that keeps every value as it is: for a run that keeps its plans, which are not encoded. */
    static Spill asIs() {
        return new Spill(Long.MAX_VALUE, false);
    }

    /**
     * Puts {@code value} aside encoded, or as it is when the codec cannot write it (a value type of a
     * rule pack's own): the result is the same either way.
     */
    <T> Slot<T> put(T value, Encoder<T> encoder, Decoder<T> decoder) {
        if (!encodes) {
            return () -> value;
        }
        FindingCodec.Out out = codec.out();
        try {
            encoder.encode(value, out);
        } catch (FindingCodec.Unencodable e) {
            return () -> value;
        }
        byte[] bytes = out.toByteArray();
        if (inMemory.addAndGet(bytes.length) > memoryLimit) {
            Disk d = disk();
            if (d != null) {
                int length = bytes.length; // the slot must not hold the bytes themselves
                long at = end.getAndAdd(length);
                try {
                    d.write(at, bytes);
                    inMemory.addAndGet(-length);
                    // The slot holds this store through its codec, and so keeps the file open.
                    return () -> decoder.decode(codec.in(d.read(at, length)));
                } catch (UncheckedIOException e) {
                    noDisk = true; // the disk is full: what is left stays in memory
                }
            }
        }
        return () -> decoder.decode(codec.in(bytes));
    }

    /** How many bytes went to the temporary file: none for a small batch. */
    long onDisk() {
        return end.get();
    }

    private Disk disk() {
        Disk d = disk;
        if (noDisk) {
            return null;
        }
        if (d != null) {
            return d;
        }
        synchronized (this) {
            if (disk == null && !noDisk) {
                try {
                    disk = Disk.create(this);
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    noDisk = true; // a read-only or full temporary directory: memory it is
                }
            }
            return disk;
        }
    }

    /** The temporary file, closed (and so deleted) by the cleaner once the store is unreachable. */
    private static final class Disk {
        private final FileChannel channel;

        private Disk(FileChannel channel) {
            this.channel = channel;
        }

        static Disk create(Spill owner) throws IOException {
            Path file = Files.createTempFile("reformplan-", ".spill"); // owner-only where the system has permissions
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            CLEANER.register(owner, () -> {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to do: the file was deleted on open (POSIX) or goes with the process
                }
            });
            return new Disk(channel);
        }

        void write(long at, byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            try {
                while (b.hasRemaining()) {
                    channel.write(b, at + b.position());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the batch's temporary file", e);
            }
        }

        byte[] read(long at, int length) {
            ByteBuffer b = ByteBuffer.allocate(length);
            try {
                while (b.hasRemaining()) {
                    if (channel.read(b, at + b.position()) < 0) {
                        throw new IOException("the temporary file ended early");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the batch's temporary file", e);
            }
            return b.array();
        }
    }
}
