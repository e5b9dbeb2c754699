package io.github.reformplan.report;

import io.github.reformplan.engine.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a validation result in one output format. Shared by the CLI and the Maven plugin. */
public interface ReportWriter {

    /** The format's name as given to {@code --format}. */
    String format();

    void write(ValidationResult result, Locale locale, Writer out) throws IOException;
}
