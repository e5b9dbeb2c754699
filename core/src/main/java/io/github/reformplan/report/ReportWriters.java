package io.github.reformplan.report;

import io.github.reformplan.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The report formats by name, in one place for the CLI ({@code --format}) and the Maven plugin
 * ({@code <formats>}).
 *
 * <pre>{@code
 * ReportWriter w = ReportWriters.forFormat("junit", Severity.WARNING);
 * ReportFiles.writeAtomically(dir.resolve(ReportWriters.defaultFileName("junit")), out -> w.write(result, locale, out));
 * }</pre>
 */
public final class ReportWriters {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "html");

    private ReportWriters() {
    }

    /** The format names, in the order help texts list them. */
    public static List<String> formats() {
        return FORMATS;
    }

    /** The writer of a format with its defaults: JUnit fails test cases on errors. */
    public static ReportWriter forFormat(String format) {
        return forFormat(format, Severity.ERROR);
    }

    /**
     * @param failOn the least severity a JUnit test case fails on, {@code null} for never (the run's
     *               {@code --fail-on}); other formats ignore it
     * @throws IllegalArgumentException for a name not in {@link #formats()}
     */
    public static ReportWriter forFormat(String format, Severity failOn) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport();
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "junit" -> new JUnitReport(failOn);
            case "html" -> new HtmlReport();
            default -> throw unknown(format);
        };
    }

    /**
     * The file name a format is written to in a report directory; JUnit's follows the
     * {@code TEST-*.xml} pattern CI servers collect by default.
     */
    public static String defaultFileName(String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> "reformplan.txt";
            case "json" -> "reformplan.json";
            case "sarif" -> "reformplan.sarif";
            case "junit" -> "TEST-reformplan.xml";
            case "html" -> "reformplan.html";
            default -> throw unknown(format);
        };
    }

    /**
     * Whether a report of this format names itself in its content, so that a directory search knows it
     * for a report and not a plan ({@link io.github.reformplan.engine.PlanFiles#isOwnReport}): JSON and
     * SARIF do; text, JUnit and HTML do not, and must not be written where the run looks for plans.
     */
    public static boolean recognisedAsReport(String format) {
        String f = format.trim().toLowerCase(Locale.ROOT);
        return f.equals("json") || f.equals("sarif");
    }

    private static IllegalArgumentException unknown(String format) {
        return new IllegalArgumentException(
                "Unknown report format '" + format + "'; expected one of " + String.join(", ", FORMATS));
    }
}
