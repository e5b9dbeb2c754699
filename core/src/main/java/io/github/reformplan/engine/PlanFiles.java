package io.github.reformplan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the plan files under the paths a user gives: files as they are, directories searched recursively. */
public final class PlanFiles {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private PlanFiles() {
    }

    public static boolean isPlanFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Expands directories into their plan files, sorted for a stable order; a file is kept whatever its name. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(PlanFiles::isPlanFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
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
