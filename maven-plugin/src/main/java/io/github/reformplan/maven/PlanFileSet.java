package io.github.reformplan.maven;

import io.github.reformplan.engine.PlanFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plan files of a project: a directory and Ant-style include and exclude patterns
 * ({@code **}/ any directories, {@code *} any name part, {@code ?} one character), as Maven's
 * resources and file sets write them. Maven fills it from the {@code <plans>} element.
 */
public class PlanFileSet {

    static final String DEFAULT_DIRECTORY = "src/plans";
    static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.yaml", "**/*.yml", "**/*.json", "**/*.docx", "**/*.xlsx");

    /** The directory searched, relative to the project's base directory; default {@code src/plans}. */
    private File directory;

    /** Patterns of the files to validate, relative to {@code directory}; default all plan files. */
    private List<String> includes = new ArrayList<>();

    /** Patterns of files to leave out, relative to {@code directory}. */
    private List<String> excludes = new ArrayList<>();

    public PlanFileSet() {
    }

    PlanFileSet(File directory, List<String> includes, List<String> excludes) {
        this.directory = directory;
        this.includes = new ArrayList<>(includes);
        this.excludes = new ArrayList<>(excludes);
    }

    /** The files found, sorted: those the validator reads, and the office documents it cannot read yet. */
    record Selection(Path directory, List<Path> plans, List<Path> officeDocuments) {
    }

    /** The directory as an absolute path, resolved against {@code basedir} when relative. */
    Path directory(Path basedir) {
        Path dir = directory == null ? Path.of(DEFAULT_DIRECTORY) : directory.toPath();
        return basedir.resolve(dir).normalize();
    }

    /**
     * Walks the directory and keeps the files that an include pattern and no exclude pattern matches,
     * leaving out reformplan's own reports and baselines ({@link PlanFiles#isOwnReport}).
     */
    Selection select(Path basedir) throws IOException {
        Path dir = directory(basedir);
        List<Pattern> in = compile(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<Pattern> out = compile(excludes == null ? List.of() : excludes);
        List<Path> plans = new ArrayList<>();
        List<Path> office = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Selection(dir, plans, office);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = slashes(dir.relativize(file));
                if (matchesAny(in, relative) && !matchesAny(out, relative) && !PlanFiles.isOwnReport(file)) {
                    (isOfficeDocument(file) ? office : plans).add(file);
                }
            }
        }
        return new Selection(dir, plans, office);
    }

    static boolean isOfficeDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx");
    }

    /** A path with forward slashes, as patterns and the Maven log write it on every system. */
    static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }

    private static boolean matchesAny(List<Pattern> patterns, String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(PlanFileSet::antPattern).toList();
    }

    /**
     * The regular expression of an Ant-style pattern: {@code **}/ matches zero or more directories,
     * a trailing {@code /} or {@code /**} everything below, {@code *} and {@code ?} stay within one name.
     */
    static Pattern antPattern(String ant) {
        String p = ant.trim().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            if (p.startsWith("**/", i)) {
                re.append("(?:[^/]*/)*");
                i += 3;
            } else if (p.startsWith("/**", i) && i + 3 == p.length()) {
                re.append("(?:/.*)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (p.charAt(i) == '*') {
                re.append("[^/]*");
                i++;
            } else if (p.charAt(i) == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(p.charAt(i))));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
