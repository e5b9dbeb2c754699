package io.github.reformplan.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.Decision;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Milestone;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.PlanLevel;
import io.github.reformplan.model.PlanPeriod;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Section;
import io.github.reformplan.model.SectionKind;
import io.github.reformplan.model.Suppression;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.TargetValue;
import io.github.reformplan.model.Task;
import io.github.reformplan.model.TaskAgencies;
import io.github.reformplan.text.DeadlineParser;
import io.github.reformplan.text.TargetParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Binds a document tree to the {@link Plan} model, leniently: the schema check has already
 * reported what is malformed, so a value of the wrong shape becomes {@code null} or is left out
 * rather than failing the whole file. Every element gets its position from the {@link SourceMap}.
 *
 * <p>Binding is also where what the plan's text states is read, once: each task's and each report
 * deadline's parts (with the plan's {@linkplain PlanHeader#defaultYear() default year}), each target's
 * quantities and each agency mention, resolved with the plan's level and date ({@link AgencyBinding}). Rules
 * read these values and never parse or resolve again.
 */
final class PlanBinder {

    private static final DeadlineParser DEADLINES = new DeadlineParser();
    private static final TargetParser TARGETS = TargetParser.standard();

    private final String source;
    private final SourceMap index;
    private final AgencyRegistry agencies;
    private int defaultYear;
    private AgencyBinding binding;
    private JsonNode root;

    PlanBinder(String source, SourceMap index, AgencyRegistry agencies) {
        this.source = source;
        this.index = index;
        this.agencies = agencies;
    }

    Plan bind(JsonNode root) {
        this.root = root;
        JsonPointer r = JsonPointer.ROOT;
        PlanHeader header = header(root.path("plan"), r.append("plan"));
        defaultYear = header.defaultYear();
        binding = new AgencyBinding(agencies, header, index, source);
        return new Plan(
                source,
                text(root.get("schemaVersion")),
                header,
                list(root.get("sections"), r.append("sections"), this::section),
                list(root.get("targets"), r.append("targets"), this::target),
                list(root.get("tasks"), r.append("tasks"), this::task),
                list(root.get("responsibilities"), r.append("responsibilities"), this::responsibility),
                list(root.get("suppress"), r.append("suppress"), this::suppression));
    }

    /**
     * The plan with what binding reads computed where it is missing: for a plan assembled in memory with the
     * constructors that omit it, or with tasks taken from a plan of another default year.
     */
    static Plan complete(Plan plan, AgencyRegistry registry) {
        int year = plan.plan() == null ? java.time.LocalDate.now().getYear() : plan.plan().defaultYear();
        // agencies resolved with another registry (the built-in one, read before a configuration's extras) again
        boolean agenciesDone = registry == AgencyRegistry.builtIn()
                && plan.tasks().stream().allMatch(t -> t.agencies() != null)
                && plan.responsibilities().stream().allMatch(r -> r.agencies() != null);
        boolean done = agenciesDone && plan.targets().stream().allMatch(t -> t.quantities() != null)
                && plan.tasks().stream().allMatch(t -> current(t.parsedDeadline(), year))
                && plan.responsibilities().stream().allMatch(r -> current(r.parsedReportDeadline(), year));
        if (done) {
            return plan;
        }
        AgencyBinding binding = new AgencyBinding(registry, plan.plan(), null, plan.source());
        return new Plan(plan.source(), plan.schemaVersion(), plan.plan(), plan.sections(),
                plan.targets().stream().map(t -> t.quantities() != null ? t : quantities(t)).toList(),
                plan.tasks().stream().map(t -> current(t.parsedDeadline(), year) ? t
                        : t.withParsedDeadline(DEADLINES.parseDeadline(t.deadline(), year)))
                        .map(t -> agenciesDone ? t : t.withAgencies(agencies(binding, t))).toList(),
                plan.responsibilities().stream().map(r -> current(r.parsedReportDeadline(), year) ? r
                        : r.withParsedReportDeadline(DEADLINES.parseReportDeadline(r.reportDeadline(), year)))
                        .map(r -> agenciesDone ? r : r.withAgencies(binding.item(0, r.agency()))).toList(),
                plan.suppress());
    }

    private static TaskAgencies agencies(AgencyBinding binding, Task t) {
        JsonPointer at = t.position() == null ? JsonPointer.ROOT : t.position().pointer();
        return new TaskAgencies(binding.list(at.append("lead"), t.lead()), binding.list(at.append("support"), t.support()));
    }

    private static boolean current(ParsedDeadline parsed, int year) {
        return parsed != null && parsed.defaultYear() == year;
    }

    private static Target quantities(Target t) {
        return t.withQuantities(TARGETS.quantities(t));
    }

    private PlanHeader header(JsonNode n, JsonPointer at) {
        JsonNode d = n.get("decision");
        Decision decision = null;
        if (d != null && d.isObject()) {
            JsonPointer dp = at.append("decision");
            decision = new Decision(text(d.get("number")), date(d.get("date")), text(d.get("signer")), index.locate(dp));
        }
        return new PlanHeader(
                text(n.get("id")),
                text(n.get("title")),
                text(n.get("issuer")),
                PlanLevel.fromId(text(n.get("level"))).orElse(null),
                PlanPeriod.parse(text(n.get("period"))).orElse(null),
                decision,
                text(n.get("parent")),
                index.locate(at));
    }

    private Section section(JsonNode n, JsonPointer at) {
        return new Section(SectionKind.fromId(text(n.get("kind"))).orElse(null), text(n.get("title")),
                text(n.get("text")), index.locate(at));
    }

    private Target target(JsonNode n, JsonPointer at) {
        TargetValue value = null;
        JsonNode v = n.get("value");
        if (v != null && v.isObject()) {
            value = new TargetValue(text(v.get("comparator")), number(v.get("amount")), number(v.get("min")),
                    number(v.get("max")), text(v.get("unit")));
        }
        return quantities(new Target(text(n.get("id")), area(n.get("area")), text(n.get("text")),
                text(n.get("metric")), value, index.locate(at)));
    }

    private Task task(JsonNode n, JsonPointer at) {
        Deadline deadline = deadline(n.get("deadline"), at.append("deadline"));
        Task task = new Task(
                text(n.get("id")),
                area(n.get("area")),
                text(n.get("title")),
                strings(n.get("targets")),
                strings(n.get("activities")),
                strings(n.get("outputs")),
                strings(n.get("lead")),
                strings(n.get("support")),
                deadline,
                text(n.get("funding")),
                index.locate(at),
                DEADLINES.parseDeadline(deadline, defaultYear),
                null);
        return task.withAgencies(agencies(binding, task));
    }

    private Deadline deadline(JsonNode n, JsonPointer at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<Milestone> milestones = list(n, at, (m, p) -> new Milestone(
                    text(m.get("label")),
                    text(m.get("due")),
                    "report".equals(text(m.get("kind"))) ? Milestone.Kind.REPORT : Milestone.Kind.WORK,
                    index.locate(p)));
            return milestones.isEmpty() ? null : new Deadline.Milestones(milestones, index.locate(at));
        }
        String t = text(n);
        return t == null || t.isBlank() ? null : new Deadline.Text(t, index.locate(at));
    }

    private Responsibility responsibility(JsonNode n, JsonPointer at) {
        List<ReformArea> areas = new ArrayList<>();
        for (JsonNode a : iterable(n.get("areas"))) {
            ReformArea area = area(a);
            if (area != null) {
                areas.add(area);
            }
        }
        String reportDeadline = text(n.get("reportDeadline"));
        String agency = text(n.get("agency"));
        return new Responsibility(agency, areas, reportDeadline, index.locate(at),
                DEADLINES.parseReportDeadline(reportDeadline, defaultYear), binding.item(0, agency));
    }

    private Suppression suppression(JsonNode n, JsonPointer at) {
        String pointer = text(n.get("pointer"));
        return new Suppression(text(n.get("rule")), pointer, text(n.get("reason")), index.locate(at), resolve(pointer));
    }

    /**
     * The pointer with each step into a list that names an element by its {@code id} turned into that element's
     * index; a step that is an index in range stays one. {@code null} when the pointer is malformed.
     */
    private JsonPointer resolve(String written) {
        JsonPointer parsed;
        try {
            parsed = written == null ? null : JsonPointer.parse(written);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (parsed == null) {
            return null;
        }
        JsonPointer out = JsonPointer.ROOT;
        JsonNode node = root;
        for (String token : parsed.tokens()) {
            int i = node != null && node.isArray() ? elementIndex(node, token) : -1;
            if (i >= 0) {
                out = out.append(i);
                node = node.get(i);
            } else {
                out = out.append(token);
                node = node == null || !node.isObject() ? null : node.get(token);
            }
        }
        return out;
    }

    private static int elementIndex(JsonNode list, String token) {
        if (!token.isEmpty() && token.length() < 10 && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int i = Integer.parseInt(token);
            if (i < list.size()) {
                return i;
            }
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i).get("id");
            if (id != null && id.isValueNode() && id.asText().equals(token)) {
                return i;
            }
        }
        return -1;
    }

    private <T> List<T> list(JsonNode n, JsonPointer at, BiFunction<JsonNode, JsonPointer, T> item) {
        List<T> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isObject() || n.get(i).isValueNode()) {
                    out.add(item.apply(n.get(i).isObject() ? n.get(i) : missingObject(), at.append(i)));
                }
            }
        }
        return out;
    }

    private static JsonNode missingObject() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static Iterable<JsonNode> iterable(JsonNode n) {
        return n != null && n.isArray() ? n : List.of();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode s : n) {
                if (s.isValueNode() && !s.isNull()) {
                    out.add(s.asText());
                }
            }
        } else if (n != null && n.isTextual()) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
    }

    private static ReformArea area(JsonNode n) {
        return ReformArea.fromId(text(n)).orElse(null);
    }

    private static BigDecimal number(JsonNode n) {
        return n != null && n.isNumber() ? n.decimalValue() : null;
    }

    private static LocalDate date(JsonNode n) {
        String t = text(n);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
