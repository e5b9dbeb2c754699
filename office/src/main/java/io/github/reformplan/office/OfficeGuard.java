package io.github.reformplan.office;

import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import io.github.reformplan.read.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;

/**
 * What every office read goes through: the size limit, the kind of file (a zip, an OLE2 file, anything else),
 * POI's own limits, a time budget, and any {@link Throwable} POI throws turned into one {@code parse} problem.
 *
 * <p>POI's limits are static, so they hold for the whole JVM (a Maven build shares one): they are set once,
 * when this class loads, to values that only refuse hostile files: an entry may expand at most 100 times
 * ({@link ZipSecureFile#setMinInflateRatio}), no entry may expand beyond 200 MB, and no single byte array
 * POI allocates may exceed 200 MB ({@link IOUtils#setByteArrayMaxOverride}). A document is read within the
 * configured {@link ReadLimits#timeBudget()} for each started megabyte (as the validator counts a file's budget),
 * in a daemon thread that is abandoned when it runs over.
 */
final class OfficeGuard {

    private static final long MAX_ENTRY = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        ZipSecureFile.setMaxFileCount(10_000);
        IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY);
    }

    /** Reads the content of an office file into a document. */
    interface Reading {
        DocumentReader.Result read(byte[] content) throws Exception;
    }

    private OfficeGuard() {
    }

    static DocumentReader.Result read(PlanSource source, ReadLimits limits, String kind, Reading reading) {
        byte[] bytes;
        try {
            long size = source.size();
            if (size > limits.maxBytes()) {
                return unreadable("too-large", size, limits.maxBytes());
            }
            bytes = source.bytes();
        } catch (IOException e) {
            return unreadable("io", String.valueOf(e.getMessage()));
        }
        if (bytes.length > limits.maxBytes()) {
            return unreadable("too-large", (long) bytes.length, limits.maxBytes());
        }
        if (bytes.length == 0) {
            return unreadable("empty");
        }
        if (isOle2(bytes)) {
            return ole2(bytes, kind);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return unreadable("office-not-zip", kind);
        }
        long budget = budgetNanos(limits, bytes.length);
        FutureTask<DocumentReader.Result> task = new FutureTask<>(() -> reading.read(bytes));
        Thread worker = new Thread(null, task, "reformplan-office-read", 64L * 1024 * 1024);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(budget, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return unreadable("office-timeout", seconds(budget));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreadable("office-timeout", seconds(budget));
        } catch (ExecutionException e) {
            return failure(e.getCause() == null ? e : e.getCause(), kind);
        }
    }

    /** The read's budget: the configured one for each started megabyte, at least once. */
    static long budgetNanos(ReadLimits limits, long size) {
        long megabytes = Math.max(1, (size + (1 << 20) - 1) >> 20);
        long base;
        try {
            base = Math.max(0, limits.timeBudget().toNanos());
        } catch (ArithmeticException longerThanNanosCount) {
            return Long.MAX_VALUE;
        }
        return base > Long.MAX_VALUE / megabytes ? Long.MAX_VALUE : base * megabytes;
    }

    /** A budget in seconds, as the message says it (10, 0.5). */
    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** What POI threw, as the problem a person can act on. */
    static DocumentReader.Unreadable failure(Throwable t, String kind) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null && all.length() < 4000; c = c.getCause() == c ? null : c.getCause()) {
            all.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        String text = all.toString().toLowerCase(Locale.ROOT);
        if (text.contains("zip bomb") || text.contains("exceeds the max") || text.contains("maxentrysize")
                || text.contains("recordformatexception") || text.contains("tried to allocate")
                || text.contains("setbytearraymaxoverride")) {
            return unreadable("office-zip-bomb", kind);
        }
        if (text.contains("doctype") || text.contains("entity") || text.contains("dtd")) {
            return unreadable("office-doctype", kind);
        }
        if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
            return unreadable("office-failed", kind, t.getClass().getSimpleName());
        }
        if (text.contains("zip") || text.contains("eof") || text.contains("truncated") || text.contains("no valid entries")
                || text.contains("not a valid") || text.contains("invalidformat") || text.contains("corrupt")
                || text.contains("package should contain") || text.contains("notofficexml")) {
            return unreadable("office-corrupt", kind);
        }
        String message = String.valueOf(t.getMessage());
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl);
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return unreadable("office-failed", kind, t.getClass().getSimpleName() + ": " + message);
    }

    private static boolean isOle2(byte[] b) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 file is an encrypted document or an old binary .doc / .xls: say which. */
    private static DocumentReader.Unreadable ole2(byte[] bytes, String kind) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return unreadable("office-encrypted", kind);
            }
            return unreadable("office-legacy", kind);
        } catch (Throwable t) {
            return unreadable("office-corrupt", kind);
        }
    }

    static DocumentReader.Unreadable unreadable(String variant, Object... args) {
        return new DocumentReader.Unreadable(ReadProblem.of(variant, 0, 0, args));
    }
}
