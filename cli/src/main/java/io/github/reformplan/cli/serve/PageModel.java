package io.github.reformplan.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.model.Task;
import io.github.reformplan.report.FindingSubject;
import io.github.reformplan.report.Summary;
import io.github.reformplan.report.VisibleText;
import io.github.reformplan.run.ValidationRun;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What the page shows of a run ({@code POST /api/view}): each file's findings with everything the page needs
 * to group, filter and explain them in either language without asking again — the reform area and the task or
 * target each concerns (as the HTML report groups them, {@link FindingSubject}), its place as a reader finds it
 * ({@link Location#reference}: {@code 12:5}, a Word table cell, an Excel cell), the source line of a YAML or
 * JSON file, the agencies of its task, and its message in Vietnamese and English. Each readable plan lists its
 * seven areas with their task counts, so that an area with no finding is shown as passing. This is the page's
 * own format; integrators use the stable report of {@code /api/validate}.
 */
final class PageModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A source line longer than this is cut, so that a minified JSON plan does not fill the page. */
    private static final int LINE_LIMIT = 400;

    private PageModel() {
    }

    static byte[] json(ValidationRun.Outcome outcome, List<Uploads.Upload> uploads, Severity failOn) {
        ValidationResult result = outcome.result();
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tool").put("name", Reformplan.NAME).put("version", Reformplan.version());
        Summary s = Summary.of(result);
        root.putObject("summary").put("files", s.files()).put("errors", s.errors()).put("warnings", s.warnings())
                .put("infos", s.infos());
        both(root, "summaryText", l -> Messages.format(l, "report.summary",
                List.of(s.files(), s.errors(), s.warnings(), s.infos())));
        root.put("failOn", failOn == null ? "never" : failOn.id());
        root.put("failed", outcome.failed());
        ArrayNode severities = root.putArray("severities");
        for (Severity sev : Severity.values()) {
            ObjectNode n = severities.addObject().put("id", sev.id());
            both(n, "name", l -> Messages.text(l, "report.severity." + sev.id()));
        }
        ArrayNode files = root.putArray("files");
        for (int i = 0; i < result.files().size(); i++) {
            file(files.addObject(), result.files().get(i), i < uploads.size() ? uploads.get(i).content() : new byte[0]);
        }
        return (root.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void file(ObjectNode out, ValidationResult.FileResult file, byte[] content) {
        Plan plan = file.plan();
        out.put("path", file.path());
        out.put("plan", file.planId());
        out.put("title", plan == null ? null : plan.plan().title());
        out.put("readable", plan != null);
        ObjectNode counts = out.putObject("counts");
        for (Severity sev : Severity.values()) {
            counts.put(sev.id(), file.findings().stream().filter(f -> f.severity() == sev).count());
        }
        ArrayNode areas = out.putArray("areas");
        ObjectNode planWide = areas.addObject().put("id", "");
        both(planWide, "name", l -> Messages.text(l, "report.html.planWide"));
        planWide.put("tasks", 0);
        if (plan != null) {
            for (ReformArea area : ReformArea.values()) {
                ObjectNode a = areas.addObject().put("id", area.id());
                both(a, "name", l -> Messages.text(l, "report.area." + area.id()));
                a.put("tasks", plan.tasks().stream().filter(t -> t.area() == area).count());
            }
        }
        String[] lines = null;
        ArrayNode findings = out.putArray("findings");
        for (Finding f : file.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            both(n, "message", f::message);
            n.put("suggestion", f.suggestion() == null ? null : f.suggestion().text());
            place(n, f.location());
            SourceRegion r = f.location().region();
            if (r instanceof SourceRegion.TextPosition t && t.line() > 0) {
                if (lines == null) {
                    lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
                }
                // composed for display: a line written in NFD shows its accents apart in a monospace font
                String line = java.text.Normalizer.normalize(t.line() <= lines.length ? lines[t.line() - 1] : "",
                        java.text.Normalizer.Form.NFC);
                n.put("source", VisibleText.escape(line.length() > LINE_LIMIT ? line.substring(0, LINE_LIMIT) + "…" : line));
            } else {
                n.putNull("source");
            }
            FindingSubject vi = FindingSubject.of(f, plan, ServeMessages.VIETNAMESE);
            n.put("area", vi.area().map(ReformArea::id).orElse(""));
            n.put("subjectId", vi.task().map(Task::id).orElse(vi.target().map(t -> t.id()).orElse(null)));
            ObjectNode subject = n.putObject("subject");
            subject.put("vi", vi.label());
            subject.put("en", FindingSubject.of(f, plan, Locale.ENGLISH).label());
            ArrayNode agencies = n.putArray("agencies");
            agencies(f, plan, vi).forEach(agencies::add);
            ArrayNode related = n.putArray("related");
            for (Location l : f.related()) {
                place(related.addObject(), l);
            }
        }
    }

    /** The pointer, line and column, and the place in the reader's words ({@code where}, per language). */
    private static void place(ObjectNode n, Location l) {
        n.put("pointer", l.pointer().toString());
        if (l.inDocument()) {
            n.putNull("line");
            n.putNull("column");
        } else {
            n.put("line", l.line());
            n.put("column", l.column());
        }
        both(n, "where", locale -> Location.reference(l.region(), locale));
    }

    /** The agencies a finding concerns: its task's lead and support agencies, or the responsibility's agency. */
    private static Set<String> agencies(Finding f, Plan plan, FindingSubject subject) {
        Set<String> out = new LinkedHashSet<>();
        subject.task().ifPresent(t -> {
            out.addAll(t.lead());
            out.addAll(t.support());
        });
        List<String> tokens = f.location().pointer().tokens();
        if (plan != null && tokens.size() >= 2 && tokens.get(0).equals("responsibilities")
                && tokens.get(1).matches("\\d{1,9}") && Integer.parseInt(tokens.get(1)) < plan.responsibilities().size()) {
            out.add(plan.responsibilities().get(Integer.parseInt(tokens.get(1))).agency());
        }
        out.removeIf(a -> a == null || a.isBlank());
        return out;
    }

    private static void both(ObjectNode n, String field, Function<Locale, String> text) {
        ObjectNode texts = n.putObject(field);
        ServeMessages.both(text).forEach(texts::put);
    }
}
