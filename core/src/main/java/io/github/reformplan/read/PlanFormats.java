package io.github.reformplan.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The formats a file can be read in: YAML and JSON, and those {@link PlanFormat}s on the class path.
 * Immutable and thread-safe; the class path is searched once.
 */
public final class PlanFormats {

    /** Office documents that are plans when {@code reformplan-office} is on the class path. */
    private static final List<String> OFFICE = List.of(".docx", ".xlsx");
    private static final List<String> TEXT = List.of(".yaml", ".yml", ".json");
    private static final List<PlanFormat> INSTALLED = load();

    private PlanFormats() {
    }

    private static List<PlanFormat> load() {
        List<PlanFormat> out = new ArrayList<>();
        ServiceLoader.load(PlanFormat.class, PlanFormats.class.getClassLoader()).forEach(out::add);
        return List.copyOf(out);
    }

    /** The formats found on the class path, besides YAML and JSON. */
    public static List<PlanFormat> installed() {
        return INSTALLED;
    }

    /** The format that reads a file of this name, if one is installed. */
    public static Optional<PlanFormat> forName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return INSTALLED.stream().filter(f -> f.extensions().stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** The format with this short name ({@code docx}), if installed. */
    public static Optional<PlanFormat> byName(String name) {
        return INSTALLED.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Whether a directory search takes a file of this name: YAML, JSON, every installed format, and
     * Word and Excel documents even without the office module, so that they are reported, not ignored.
     */
    public static boolean isPlanFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return TEXT.stream().anyMatch(lower::endsWith) || OFFICE.stream().anyMatch(lower::endsWith)
                || forName(fileName).isPresent();
    }

    /**
     * Reads a source in its format: an installed format by its name, YAML or JSON otherwise. A Word or
     * Excel document with no format installed is unreadable, saying which module reads it.
     */
    public static DocumentReader.Result read(PlanSource source, DocumentReader text, ReadLimits limits) {
        Optional<PlanFormat> format = forName(source.name());
        if (format.isPresent()) {
            return format.get().read(source, limits);
        }
        String lower = source.name().toLowerCase(Locale.ROOT);
        if (OFFICE.stream().anyMatch(lower::endsWith)) {
            return new DocumentReader.Unreadable(ReadProblem.of("format-unavailable", 0, 0,
                    lower.substring(lower.lastIndexOf('.'))));
        }
        return text.read(source);
    }
}
