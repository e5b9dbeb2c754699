package io.github.reformplan.report;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One line per finding, {@code path:line:col: severity rule message}, the form compilers use so
 * that editors and terminals can jump to it; files in the order given, then a summary line. The
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

    /** {@code path:line:col: severity rule message}, the severity in the reader's language ({@code lỗi} in Vietnamese). */
    public static String line(Finding f, Locale locale) {
        return line(f, locale, Messages.severity(locale, f.severity()));
    }

    private static String line(Finding f, Locale locale, String severity) {
        return location(f) + ": " + severity + ' ' + f.rule() + ' ' + messageWithSuggestion(f, locale);
    }

    /** {@code file:line:col}, or the file alone for a finding about the file as a whole. */
    public static String location(Finding f) {
        return f.location().line() > 0
                ? f.location().file() + ':' + f.location().line() + ':' + f.location().column()
                : f.location().file();
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
