package io.github.reformplan.report;

import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: one {@code <testsuite>} per file and one {@code <testcase>}
 * per finding, in the class named after the file ({@code plans.ha-tinh-2026}) and named after the rule and
 * the place ({@code deadline-before-issue 570:15 /tasks/25/deadline}). Findings at or above the threshold
 * are failures; those below it pass, with their line in {@code <system-out>}; a file without findings gets one passing test case
 * named {@code reformplan}, so that every file validated shows up. A {@code parse} finding is a failure
 * like any other ({@code errors} stays 0: in JUnit an error is a test that crashed, and reading bad
 * input never crashes). Names and messages are shown as the text report shows them ({@link VisibleText}):
 * CI servers print them in their logs.
 */
public final class JUnitReport implements ReportWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Severity failOn;

    /** Errors fail; warnings and infos pass. */
    public JUnitReport() {
        this(Severity.ERROR);
    }

    /** @param failOn the least severity that fails a test case, or {@code null} for "never" */
    public JUnitReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(ValidationResult result, Locale locale, Writer out) throws IOException {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            newline(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", Reformplan.NAME);
            // The totals come first: one walk through the files for them (a batch's are read back one at a time).
            long tests = 0;
            long failures = 0;
            for (ValidationResult.FileResult file : result.files()) {
                tests += tests(file);
                failures += file.findings().stream().filter(this::fails).count();
            }
            x.writeAttribute("tests", Long.toString(tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            for (ValidationResult.FileResult file : result.files()) {
                writeSuite(x, file, locale);
            }
            newline(x, 0);
            x.writeEndElement();
            newline(x, 0);
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private void writeSuite(XMLStreamWriter x, ValidationResult.FileResult file, Locale locale)
            throws XMLStreamException {
        String path = XmlText.clean(VisibleText.escape(file.path()));
        String className = XmlText.clean(VisibleText.escape(className(file.path())));
        newline(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", path);
        x.writeAttribute("tests", Integer.toString(tests(file)));
        x.writeAttribute("failures", Long.toString(file.findings().stream().filter(this::fails).count()));
        x.writeAttribute("errors", "0");
        if (file.findings().isEmpty()) {
            newline(x, 2);
            x.writeEmptyElement("testcase");
            x.writeAttribute("classname", className);
            x.writeAttribute("name", Reformplan.NAME);
        }
        for (Finding f : file.findings()) {
            writeCase(x, className, f, locale);
        }
        newline(x, 1);
        x.writeEndElement();
    }

    private void writeCase(XMLStreamWriter x, String className, Finding f, Locale locale) throws XMLStreamException {
        newline(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("classname", className);
        x.writeAttribute("name", XmlText.clean(VisibleText.escape(caseName(f))));
        newline(x, 3);
        StringBuilder text = new StringBuilder(TextReport.line(f, locale));
        TextReport.related(f, locale).forEach(r -> text.append('\n').append(r));
        String line = XmlText.clean(text.toString());
        if (fails(f)) {
            x.writeStartElement("failure");
            x.writeAttribute("type", f.rule());
            x.writeAttribute("message", XmlText.clean(VisibleText.escape(f.message(locale))));
        } else {
            x.writeStartElement("system-out");
        }
        x.writeCharacters(line);
        x.writeEndElement();
        newline(x, 2);
        x.writeEndElement();
    }

    /**
     * The class a file's test cases belong to: its path without the extension, {@code /} as {@code .}
     * ({@code plans/ha-tinh-2026.yaml} → {@code plans.ha-tinh-2026}), so that Jenkins shows the folder as the
     * package and the plan as the class; other dots become {@code _} so that they do not split the name again.
     */
    static String className(String path) {
        String p = PlanFiles.normalise(path);
        int dot = p.lastIndexOf('.');
        if (dot > p.lastIndexOf('/') + 1) {
            p = p.substring(0, dot);
        }
        List<String> parts = Arrays.stream(p.split("/"))
                .filter(s -> !s.isEmpty() && !s.equals(".."))
                .map(s -> s.replace('.', '_').replace(':', '_'))
                .toList();
        return parts.isEmpty() ? Reformplan.NAME : String.join(".", parts);
    }

    /** A test case's name: the rule and where, {@code deadline-before-issue 570:15 /tasks/25/deadline}. */
    static String caseName(Finding f) {
        StringBuilder name = new StringBuilder(f.rule());
        if (f.location().line() > 0) {
            name.append(' ').append(f.location().line()).append(':').append(f.location().column());
        }
        if (!f.location().pointer().isRoot()) {
            name.append(' ').append(f.location().pointer());
        }
        return name.toString();
    }

    private boolean fails(Finding f) {
        return failOn != null && f.severity().atLeast(failOn);
    }

    private static int tests(ValidationResult.FileResult file) {
        return Math.max(1, file.findings().size());
    }

    // XMLStreamWriter does not indent; a report people open deserves line breaks.
    private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
