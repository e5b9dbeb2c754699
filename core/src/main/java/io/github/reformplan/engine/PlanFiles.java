package io.github.reformplan.engine;

import io.github.reformplan.read.PlanFormats;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.reformplan.Reformplan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the plan files under the paths a user gives: files as they are, directories searched recursively. */
public final class PlanFiles {

    /** Our reports and baselines name themselves in their first few hundred bytes. */
    private static final int PEEK = 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private PlanFiles() {
    }

    public static boolean isPlanFile(Path p) {
        return p.getFileName() != null && PlanFormats.isPlanFileName(p.getFileName().toString());
    }

    /**
     * Expands directories into their plan files, sorted for a stable order; a file is kept whatever its
     * name. A directory's reformplan reports and baselines ({@link #isOwnReport}) are not plans and are left out.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> named;
                try (Stream<Path> walk = Files.walk(p)) {
                    named = walk.filter(Files::isRegularFile).filter(PlanFiles::isPlanFile).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // One small read per file, in parallel as the reading of the plans themselves.
                named.parallelStream().filter(f -> !isOwnReport(f)).sorted().forEachOrdered(out::add);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether a file is one reformplan wrote, judged by its first bytes: a JSON report
     * ({@code "tool": {"name": "reformplan"}}), a SARIF log whose driver is reformplan, or a baseline
     * (an object that begins with {@code "version"} and {@code "findings"}). None of these can be a plan:
     * the plan format allows none of their top-level keys.
     */
    public static boolean isOwnReport(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PEEK);
        } catch (IOException e) {
            return false;
        }
        return isOwnReport(head);
    }

    static boolean isOwnReport(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start == head.length || head[start] != '{') {
            return false;
        }
        try (JsonParser p = JSON.createParser(head, start, head.length - start)) {
            p.nextToken();
            int field = 0;
            boolean versionFirst = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                field++;
                if (name.equals("tool") && value == JsonToken.START_OBJECT) {
                    return namesUs(p);
                }
                if (name.equals("runs") && value == JsonToken.START_ARRAY) {
                    return p.nextToken() == JsonToken.START_OBJECT && driverIsUs(p);
                }
                if (field == 1 && name.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    versionFirst = true;
                    continue;
                }
                if (field == 2 && versionFirst && name.equals("findings") && value == JsonToken.START_ARRAY) {
                    return true;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // not JSON, or cut off by the peek before it said what it is
        }
        return false;
    }

    /** Inside an object: whether its {@code name} is reformplan's. */
    private static boolean namesUs(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("name")) {
                return value == JsonToken.VALUE_STRING && Reformplan.NAME.equals(p.getText());
            }
            p.skipChildren();
        }
        return false;
    }

    /** Inside a SARIF run: whether {@code tool.driver.name} is reformplan's. */
    private static boolean driverIsUs(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("tool") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    if (p.nextToken() == JsonToken.START_OBJECT && inner.equals("driver")) {
                        return namesUs(p);
                    }
                    p.skipChildren();
                }
                return false;
            }
            p.skipChildren();
        }
        return false;
    }

    /**
     * A file name in the one form baselines and fingerprints compare: forward slashes, no {@code .} segment,
     * no doubled or trailing slash, {@code dir/..} resolved. {@code ./src/plans/x.yaml}, {@code src//plans/x.yaml}
     * and {@code src\\plans\\x.yaml} are all {@code src/plans/x.yaml}, so a baseline written from one spelling of
     * a directory matches a run on another.
     */
    public static String normalise(String path) {
        String p = path.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String segment : p.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        String joined = String.join("/", parts);
        return p.startsWith("/") ? "/" + joined : joined.isEmpty() ? "." : joined;
    }
}
