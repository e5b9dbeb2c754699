package io.github.reformplan.engine;

import io.github.reformplan.read.PlanFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the plan files under the paths a user gives: files as they are, directories searched recursively. */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static boolean isPlanFile(Path p) {
        return p.getFileName() != null && PlanFormats.isPlanFileName(p.getFileName().toString());
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
}
