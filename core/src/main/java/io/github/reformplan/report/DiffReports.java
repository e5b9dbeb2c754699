package io.github.reformplan.report;

import io.github.reformplan.Reformplan;
import io.github.reformplan.diff.Change;
import io.github.reformplan.diff.DiffResult;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The reports of {@code reformplan diff}, in the formats of {@code validate} ({@link ReportWriters#formats()}):
 * text, SARIF and JUnit are the validation writers given each change as a finding at its new place with
 * its old place related; JSON has {@code changes} with {@code old} and {@code new} places (SPEC §11);
 * HTML shows the old and the new revision side by side.
 *
 * <pre>{@code
 * DiffReports.forFormat("json", Severity.ERROR).write(result, locale, out);
 * }</pre>
 */
public final class DiffReports {

    private DiffReports() {
    }

    /** Writes a diff in one format. */
    public interface DiffWriter {
        String format();

        void write(DiffResult result, Locale locale, Writer out) throws IOException;
    }

    /**
     * @param failOn the least severity a JUnit test case fails on, {@code null} for never
     * @throws IllegalArgumentException for a name not in {@link ReportWriters#formats()}
     */
    public static DiffWriter forFormat(String format, Severity failOn) {
        return forFormat(format, failOn, false, true);
    }

    /**
     * @param color   ANSI colours on the text report's severities
     * @param summary whether the text report ends with its summary line
     */
    public static DiffWriter forFormat(String format, Severity failOn, boolean color, boolean summary) {
        String f = format.trim().toLowerCase(Locale.ROOT);
        switch (f) {
            case "text":
                return writer(f, (r, l, out) -> text(r, l, out, color, summary));
            case "json":
                return writer(f, DiffReports::json);
            case "html":
                return writer(f, DiffReports::html);
            default:
                ReportWriter w = ReportWriters.forFormat(f, failOn);
                return writer(w.format(), (r, l, out) -> w.write(r.asValidationResult(), l, out));
        }
    }

    private interface Body {
        void write(DiffResult r, Locale l, Writer out) throws IOException;
    }

    private static DiffWriter writer(String name, Body body) {
        return new DiffWriter() {
            @Override
            public String format() {
                return name;
            }

            @Override
            public void write(DiffResult result, Locale locale, Writer out) throws IOException {
                body.write(result, locale, out);
            }
        };
    }

    /** {@code OLD → NEW: 3 change(s): 2 errors, 1 warnings, 0 infos}, in the reader's language. */
    public static String summary(DiffResult r, Locale locale) {
        return Messages.format(locale, "diff.summary", List.of(TextReport.fileName(r.oldName()),
                TextReport.fileName(r.newName()), r.changes().size(), r.count(Severity.ERROR),
                r.count(Severity.WARNING), r.count(Severity.INFO)));
    }

    private static void text(DiffResult r, Locale locale, Writer out, boolean color, boolean summary)
            throws IOException {
        new TextReport(color, false).write(r.asValidationResult(), locale, out);
        if (summary) {
            if (!r.changes().isEmpty()) {
                out.write(System.lineSeparator());
            }
            out.write(summary(r, locale));
            out.write(System.lineSeparator());
        }
    }

    private static void json(DiffResult r, Locale locale, Writer out) throws IOException {
        JsonReport.writeDocument(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Reformplan.NAME);
            g.writeStringField("version", Reformplan.version());
            g.writeEndObject();
            g.writeStringField("old", r.oldName());
            g.writeStringField("new", r.newName());
            g.writeArrayFieldStart("changes");
            for (Change c : r.changes()) {
                g.writeStartObject();
                g.writeStringField("check", c.check());
                g.writeStringField("severity", c.severity().id());
                g.writeStringField("message", c.message(locale));
                g.writeObjectFieldStart("old");
                g.writeStringField("path", c.oldPlace().file());
                JsonReport.writePlace(g, c.oldPlace(), locale);
                g.writeEndObject();
                g.writeObjectFieldStart("new");
                g.writeStringField("path", c.newPlace().file());
                JsonReport.writePlace(g, c.newPlace(), locale);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", r.count(Severity.ERROR));
            g.writeNumberField("warnings", r.count(Severity.WARNING));
            g.writeNumberField("infos", r.count(Severity.INFO));
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void html(DiffResult r, Locale locale, Writer out) throws IOException {
        String title = Messages.format(locale, "diff.html-title", List.of(r.oldName(), r.newName()));
        out.write("<!DOCTYPE html>\n<html lang=\"" + esc(locale.toLanguageTag()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + HtmlReport.STYLE
                + "td.side{width:35%}\n</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n");
        out.write("<p class=\"muted\">" + esc(Messages.format(locale, "report.html.generated",
                List.of(Reformplan.NAME, Reformplan.version()))) + ". " + esc(summary(r, locale)) + "</p>\n");
        if (r.changes().isEmpty()) {
            out.write("<p>" + esc(Messages.text(locale, "diff.html-none")) + "</p>\n</body>\n</html>\n");
            return;
        }
        out.write("<table>\n<thead><tr><th>" + esc(Messages.text(locale, "report.html.severity")) + "</th><th>"
                + esc(Messages.text(locale, "report.html.rule")) + "</th><th>"
                + esc(Messages.text(locale, "report.html.message")) + "</th><th>"
                + esc(Messages.text(locale, "diff.html-old")) + "</th><th>"
                + esc(Messages.text(locale, "diff.html-new")) + "</th></tr></thead>\n<tbody>\n");
        for (Change c : r.changes()) {
            out.write("<tr data-severity=\"" + c.severity().id() + "\"><td><span class=\"badge " + c.severity().id()
                    + "\">" + esc(Messages.severity(locale, c.severity())) + "</span></td><td><code>" + esc(c.check())
                    + "</code></td><td>" + esc(c.message(locale)) + "</td>" + side(c.oldPlace(), r.oldPlan(), locale)
                    + side(c.newPlace(), r.newPlan(), locale) + "</tr>\n");
        }
        out.write("</tbody>\n</table>\n</body>\n</html>\n");
    }

    /** A revision's cell: its place, and what stands there (the task, target or value at the pointer). */
    private static String side(Location l, Plan plan, Locale locale) {
        String value = plan == null ? "" : valueAt(plan, l.pointer());
        return "<td class=\"side\"><code>" + esc(l.describe(locale)) + "</code> <span class=\"muted\">"
                + esc(l.pointer().toString()) + "</span>" + (value.isEmpty() ? "" : "<br>" + esc(value)) + "</td>";
    }

    private static String valueAt(Plan plan, JsonPointer pointer) {
        List<String> t = pointer.tokens();
        if (t.size() >= 2 && t.get(1).matches("\\d{1,9}")) {
            int i = Integer.parseInt(t.get(1));
            String field = t.size() > 2 ? t.get(2) : "";
            if (t.get(0).equals("tasks") && i < plan.tasks().size()) {
                Task task = plan.tasks().get(i);
                switch (field) {
                    case "deadline":
                        return task.parsedDeadline() == null ? "" : String.join("; ",
                                task.parsedDeadline().parts().stream().map(p -> p.text()).toList());
                    case "lead":
                        return String.join("; ", task.lead());
                    case "support":
                        return String.join("; ", task.support());
                    case "area":
                        return task.area() == null ? "" : task.area().id();
                    default:
                        return task.id() + " " + task.title();
                }
            }
            if (t.get(0).equals("targets") && i < plan.targets().size()) {
                Target target = plan.targets().get(i);
                return target.id() + " " + target.text();
            }
        }
        if (t.size() == 2 && t.get(0).equals("plan") && t.get(1).equals("period")) {
            return String.valueOf(plan.header().period());
        }
        if (t.size() == 2 && t.get(0).equals("plan") && t.get(1).equals("decision") && plan.header().decision() != null) {
            return plan.header().decision().number() + " " + plan.header().decision().date();
        }
        return "";
    }

    private static String esc(String s) {
        return XmlText.html(s == null ? "" : s);
    }
}
