package io.github.reformplan.report;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One line per finding, {@code path:line:col: severity rule message}, the form compilers use so
 * that editors and terminals can jump to it; files in the order given, then a summary line. File
 * names and values are shown with {@link VisibleText}: a finding is always one line, and a plan
 * cannot send terminal escapes or CI workflow commands, coloured or not. The
 * severity is written in the reader's language: {@code error}, {@code warning}, {@code info} in English,
 * {@code lỗi}, {@code cảnh báo}, {@code thông tin} in Vietnamese.
 */
public final class TextReport implements ReportWriter {

    private final boolean color;
    private final boolean summary;

    /** Plain text with a summary line: what files and pipes get. */
    public TextReport() {
        this(false, true);
    }

    /**
     * @param color   ANSI colours on the severity, for a terminal
     * @param summary whether to end with the summary line ({@code --quiet} leaves it out)
     */
    public TextReport(boolean color, boolean summary) {
        this.color = color;
        this.summary = summary;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(ValidationResult result, Locale locale, Writer out) throws IOException {
        boolean first = true;
        for (ValidationResult.FileResult file : result.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            if (!first) {
                out.write(System.lineSeparator());
            }
            first = false;
            for (Finding f : file.findings()) {
                out.write(color ? coloured(f, locale) : line(f, locale));
                out.write(System.lineSeparator());
                for (String place : related(f, locale)) {
                    out.write(place);
                    out.write(System.lineSeparator());
                }
            }
        }
        if (!summary) {
            return;
        }
        if (!first) {
            out.write(System.lineSeparator());
        }
        Summary s = Summary.of(result);
        out.write(Messages.format(locale, "report.summary", List.of(s.files(), s.errors(), s.warnings(), s.infos())));
        out.write(System.lineSeparator());
    }

    private static String coloured(Finding f, Locale locale) {
        String code = switch (f.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return line(f, locale, code + Messages.severity(locale, f.severity()) + "\u001b[0m");
    }

    /**
     * {@code path:line:col: severity rule message}, the severity in the reader's language ({@code lỗi} in
     * Vietnamese), control characters escaped ({@link VisibleText}).
     */
    public static String line(Finding f, Locale locale) {
        return line(f, locale, Messages.severity(locale, f.severity()));
    }

    private static String line(Finding f, Locale locale, String severity) {
        return location(f, locale) + ": " + severity + ' ' + f.rule() + ' ' + VisibleText.escape(messageWithSuggestion(f, locale));
    }

    /**
     * {@code file:line:col}, the cell of an office document ({@code file: Bảng 2, hàng 53, cột «…»}), or
     * the file alone for a finding about the file as a whole; escaped, see {@link #fileName}.
     */
    public static String location(Finding f, Locale locale) {
        return place(f.location(), locale);
    }

    private static String place(Location l, Locale locale) {
        String described = l.describe(locale);
        return fileName(l.file()) + VisibleText.escape(described.substring(l.file().length()));
    }

    /**
     * The other places of a grouped finding, one line each under it, indented so that they read as
     * part of it: {@code   also at file:301:12 (/tasks/7/lead/0)}.
     */
    public static List<String> related(Finding f, Locale locale) {
        String also = Messages.text(locale, "report.related");
        return f.related().stream()
                .map(l -> "  " + also + ' ' + place(l, locale) + " (" + VisibleText.escape(l.pointer().toString()) + ')')
                .toList();
    }

    /**
     * A file name as a log line may start with it: control characters escaped, and a name that would
     * begin the line with a CI command marker ({@code ::} of GitHub Actions, {@code ##} of Azure
     * Pipelines) given as {@code ./name}, the same file.
     */
    public static String fileName(String file) {
        String shown = VisibleText.escape(file);
        return shown.startsWith("::") || shown.startsWith("##") ? "./" + shown : shown;
    }

    /** The message, then the suggestion in brackets when there is one: the form every text-like report uses. */
    public static String messageWithSuggestion(Finding f, Locale locale) {
        String message = f.message(locale);
        if (f.suggestion() == null) {
            return message;
        }
        return message + " [" + Messages.format(locale, "report.suggestion", List.of(f.suggestion().text())) + "]";
    }
}
