package io.github.reformplan.report;

import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One self-contained HTML page an editor opens offline: a summary by severity, then each file's
 * findings grouped by reform area, each beside the task or target it concerns. Nothing is loaded from
 * elsewhere (inline style, a few lines of inline script to filter by severity; without script the page
 * shows everything).
 *
 * <p>Areas, task titles and target texts come from the plan each file result carries (never from reading
 * the file again). Without a plan (an unreadable file), findings are listed as plan-wide, beside their
 * JSON Pointer.
 */
public final class HtmlReport implements ReportWriter {

    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328;line-height:1.4}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
            h3{font-size:1rem;margin-top:1.2rem}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;\
            text-align:left;vertical-align:top}th{background:#f6f8fa}
            .badge{display:inline-block;border-radius:1rem;padding:0 .6rem;color:#fff;font-weight:600}
            .error{background:#cf222e}.warning{background:#9a6700}.info{background:#0969da}
            .muted{color:#59636e}code{font-size:.9em}
            """;

    // Shows the filter (hidden without script) and hides the rows of unticked severities.
    private static final String SCRIPT = """
            var filter = document.getElementById('filter');
            filter.hidden = false;
            filter.querySelectorAll('input').forEach(function (box) {
              box.addEventListener('change', function () {
                document.querySelectorAll('tr[data-severity="' + box.value + '"]').forEach(function (row) {
                  row.hidden = !box.checked;
                });
              });
            });
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(ValidationResult result, Locale locale, Writer out) throws IOException {
        String title = text(locale, "report.html.title");
        out.write("<!DOCTYPE html>\n<html lang=\"" + esc(locale.toLanguageTag()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + esc(title) + "</h1>\n");
        Summary s = Summary.of(result);
        out.write("<p class=\"muted\">" + esc(Messages.format(locale, "report.html.generated",
                List.of(Reformplan.NAME, Reformplan.version()))) + ". " + esc(Messages.format(locale, "report.summary",
                List.of(s.files(), s.errors(), s.warnings(), s.infos()))) + "</p>\n<p>");
        for (Severity sev : Severity.values()) {
            out.write(badge(sev, locale) + " " + result.count(sev) + " ");
        }
        out.write("</p>\n<fieldset id=\"filter\" hidden><legend>" + esc(text(locale, "report.html.filter")) + "</legend>");
        for (Severity sev : Severity.values()) {
            out.write("<label><input type=\"checkbox\" value=\"" + sev.id() + "\" checked> "
                    + esc(severityName(sev, locale)) + "</label> ");
        }
        out.write("</fieldset>\n");
        for (ValidationResult.FileResult file : result.files()) {
            writeFile(file, locale, out);
        }
        out.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private void writeFile(ValidationResult.FileResult file, Locale locale, Writer out) throws IOException {
        Optional<Plan> plan = Optional.ofNullable(file.plan());
        out.write("<section>\n<h2>" + esc(file.path()) + "</h2>\n");
        if (file.planId() != null) {
            out.write("<p class=\"muted\">" + esc(plan.map(p -> p.plan().title() + " · ").orElse("")
                    + file.planId()) + "</p>\n");
        }
        if (file.findings().isEmpty()) {
            out.write("<p>" + esc(text(locale, "report.html.noFinding")) + "</p>\n</section>\n");
            return;
        }
        // Plan-wide first, then the areas in the resolution's order; findings keep their file order.
        Map<Optional<ReformArea>, List<Row>> groups = new LinkedHashMap<>();
        groups.put(Optional.empty(), new ArrayList<>());
        for (ReformArea area : ReformArea.values()) {
            groups.put(Optional.of(area), new ArrayList<>());
        }
        for (Finding f : file.findings()) {
            Row row = Row.of(f, plan.orElse(null), locale);
            groups.get(row.area()).add(row);
        }
        for (Map.Entry<Optional<ReformArea>, List<Row>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            String heading = group.getKey().map(a -> text(locale, "report.area." + a.id()))
                    .orElseGet(() -> text(locale, "report.html.planWide"));
            out.write("<h3>" + esc(heading) + "</h3>\n<table>\n<thead><tr>");
            for (String column : List.of("subject", "location", "severity", "rule", "message", "suggestion")) {
                out.write("<th>" + esc(text(locale, "report.html." + column)) + "</th>");
            }
            out.write("</tr></thead>\n<tbody>\n");
            for (Row row : group.getValue()) {
                writeRow(row, locale, out);
            }
            out.write("</tbody>\n</table>\n");
        }
        out.write("</section>\n");
    }

    private static void writeRow(Row row, Locale locale, Writer out) throws IOException {
        Finding f = row.finding();
        out.write("<tr data-severity=\"" + f.severity().id() + "\"><td>" + esc(row.subject()) + "</td>"
                + "<td>" + places(f, locale) + "</td>"
                + "<td>" + badge(f.severity(), locale) + "</td>"
                + "<td><code>" + esc(f.rule()) + "</code></td>"
                + "<td>" + esc(f.message(locale)) + "</td>"
                + "<td>" + (f.suggestion() == null ? "" : esc(f.suggestion().text())) + "</td></tr>\n");
    }

    /** Every place of the finding, as a reader finds it in the file (a cell of a Word table, a line). */
    private static String places(Finding f, Locale locale) {
        StringBuilder b = new StringBuilder("<code>").append(esc(f.location().describe(locale))).append("</code>");
        if (!f.related().isEmpty()) {
            b.append("<details><summary>").append(esc(Messages.text(locale, "report.related"))).append(' ')
                    .append(f.related().size()).append("</summary><ul>");
            for (var l : f.related()) {
                b.append("<li><code>").append(esc(l.describe(locale))).append("</code> <span class=\"muted\">")
                        .append(esc(l.pointer().toString())).append("</span></li>");
            }
            b.append("</ul></details>");
        }
        return b.toString();
    }

    /** A finding with the area it belongs to and a label for what it concerns. */
    private record Row(Finding finding, Optional<ReformArea> area, String subject) {

        static Row of(Finding f, Plan plan, Locale locale) {
            FindingSubject s = FindingSubject.of(f, plan, locale);
            return new Row(f, s.area(), s.label());
        }
    }

    private static String badge(Severity s, Locale locale) {
        return "<span class=\"badge " + s.id() + "\">" + esc(severityName(s, locale)) + "</span>";
    }

    private static String severityName(Severity s, Locale locale) {
        return text(locale, "report.severity." + s.id());
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }

    private static String esc(String s) {
        return XmlText.html(s);
    }
}
