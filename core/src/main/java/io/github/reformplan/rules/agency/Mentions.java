package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.Agency;
import io.github.reformplan.agency.AgencyMatch;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.agency.LookupScope;
import io.github.reformplan.agency.NamePart;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.ResolvedAgency;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.model.Task;
import io.github.reformplan.rules.deadline.DeadlinePart;
import io.github.reformplan.rules.deadline.Deadlines;
import io.github.reformplan.model.Due;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agency mentions of a plan, as binding resolved them (the model's {@link ResolvedAgency} values), with
 * their places, shared by the agency rules: no rule looks a name up again.
 */
public final class Mentions {

    public static final Function<PlanContext, List<AgencyMention>> ALL = Mentions::resolve;

    private Mentions() {
    }

    /** The mentions as binding resolved them ({@link Task#agencies()}, {@link Responsibility#agencies()}). */
    private static List<AgencyMention> resolve(PlanContext ctx) {
        Plan plan = ctx.plan(); // the validator binds (or completes) it with the configuration's registry
        if (plan.tasks().stream().anyMatch(t -> t.agencies() == null)
                || plan.responsibilities().stream().anyMatch(r -> r.agencies() == null)) {
            plan = PlanReader.complete(plan, ctx.config().agencies());
        }
        AgencyRegistry registry = ctx.config().agencies();
        LookupScope scope = scope(ctx.plan());
        List<AgencyMention> out = new ArrayList<>();
        for (int t = 0; t < plan.tasks().size(); t++) {
            Task bound = plan.tasks().get(t);
            Task task = ctx.plan().tasks().get(t); // rules compare tasks by identity with the context's plan
            JsonPointer at = task.position().pointer();
            add(out, registry, scope, at.append("lead"), task.lead(), bound.agencies().lead(), AgencyMention.Role.LEAD,
                    task, null);
            add(out, registry, scope, at.append("support"), task.support(), bound.agencies().support(),
                    AgencyMention.Role.SUPPORT, task, null);
        }
        for (int i = 0; i < plan.responsibilities().size(); i++) {
            Responsibility r = ctx.plan().responsibilities().get(i);
            if (r.agency() != null) {
                add(out, registry, scope, r.position().pointer().append("agency"), List.of(r.agency()),
                        plan.responsibilities().get(i).agencies(), AgencyMention.Role.OWNER, null, r);
            }
        }
        return List.copyOf(out);
    }

    /** The plan's level and the day its agencies must exist on. */
    static LookupScope scope(Plan plan) {
        return LookupScope.of(plan.plan().level(), referenceDate(plan));
    }

    private static void add(List<AgencyMention> out, AgencyRegistry registry, LookupScope scope, JsonPointer list,
            List<String> items, List<ResolvedAgency> resolved, AgencyMention.Role role, Task task, Responsibility owner) {
        for (ResolvedAgency a : resolved) {
            JsonPointer at = owner != null ? list : list.append(a.item());
            List<JsonPointer> split = new ArrayList<>();
            if (a.items() > 1) {
                for (int k = a.item(); k < a.item() + a.items(); k++) {
                    split.add(list.append(k));
                }
            }
            String item = a.items() > 1 ? a.text() : items.get(owner != null ? 0 : a.item());
            out.add(new AgencyMention(at, item, new NamePart(a.text(), a.offset(), a.name()), match(registry, scope, a),
                    role, task, owner, split));
        }
    }

    /** The registry's agency for a resolved name: by id, as bound; by name only for a plan bound elsewhere. */
    private static Optional<AgencyMatch> match(AgencyRegistry registry, LookupScope scope, ResolvedAgency a) {
        if (a.known() == null) {
            return Optional.empty();
        }
        Optional<Agency> agency = registry.byId(a.known().id());
        if (agency.isEmpty()) {
            return registry.lookup(a.name(), scope);
        }
        AgencyMatch.How how = a.match() == ResolvedAgency.Match.EXACT ? AgencyMatch.How.EXACT
                : a.match() == ResolvedAgency.Match.ALIAS ? AgencyMatch.How.ALIAS : AgencyMatch.How.CONTAINED;
        return Optional.of(new AgencyMatch(agency.get(), a.written(), a.canonical(), a.remark(), how));
    }

    /** Groups mentions by a key, keeping first-seen order, so that one cause gives one finding. */
    static <K> Map<K, List<AgencyMention>> group(List<AgencyMention> mentions, Function<AgencyMention, K> key) {
        Map<K, List<AgencyMention>> out = new LinkedHashMap<>();
        for (AgencyMention m : mentions) {
            out.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** The date on which agencies must exist: the decision's, or the period's start for a draft. */
    static LocalDate referenceDate(Plan plan) {
        return plan.plan().referenceDate();
    }

    /**
     * The last day the mention's work runs to: the latest of its task's dated deadlines, the end of
     * the period for a recurring one; for an owner, its report deadline or else the period's end.
     */
    static LocalDate workEnds(AgencyMention m, PlanContext ctx) {
        Plan plan = ctx.plan();
        LocalDate periodEnd = plan.plan().period() == null ? null : plan.plan().period().end();
        List<DeadlinePart> parts = m.task() != null ? ctx.derived(Deadlines.BY_TASK).get(m.task())
                : Deadlines.of(m.owner());
        if (m.owner() != null && parts.isEmpty()) {
            return periodEnd;
        }
        LocalDate latest = null;
        for (DeadlinePart p : parts) {
            LocalDate end = p.due().map(d -> d instanceof Due.Window w ? w.latest()
                    : d instanceof Due.Recurring ? periodEnd : null).orElse(null);
            if (end != null && (latest == null || end.isAfter(latest))) {
                latest = end;
            }
        }
        return latest;
    }

    /**
     * A fix naming {@code replacement} instead of the agency, in every item that mentions it: JSON Patch
     * {@code test}/{@code replace} pairs, so a tool applying it notices a changed file. A fix replaces a whole
     * mention or nothing: only mentions whose whole text names the agency are replaced, the place they are
     * qualified with kept when {@code keepPlace} ("Sở KHCN tỉnh Hà Tĩnh" becomes "Sở Khoa học và Công nghệ tỉnh
     * Hà Tĩnh"); a name found inside a longer text ("Sở KHCN chủ trì đối với ...") or spelt out of an
     * enumeration ("Các Sở: Tư pháp, ...") is left as it is, for a person to rewrite.
     */
    static Suggestion replaceAll(List<AgencyMention> mentions, String replacement, boolean keepPlace) {
        Map<JsonPointer, List<AgencyMention>> byItem = new LinkedHashMap<>();
        for (AgencyMention m : mentions) {
            if (replaceable(m)) {
                byItem.computeIfAbsent(m.pointer(), p -> new ArrayList<>()).add(m);
            }
        }
        List<Suggestion.PatchOperation> ops = new ArrayList<>();
        byItem.forEach((pointer, inItem) -> {
            String item = inItem.get(0).item();
            StringBuilder out = new StringBuilder(item);
            // right to left, so that offsets of the parts before stay valid; each part once
            inItem.stream().map(AgencyMention::part).distinct()
                    .sorted(java.util.Comparator.comparingInt(NamePart::offset).reversed())
                    .forEach(part -> {
                        AgencyMatch match = inItem.stream().filter(m -> m.part().equals(part)).findFirst()
                                .orElseThrow().match().orElseThrow();
                        String place = keepPlace ? match.place() : "";
                        out.replace(part.offset(), part.offset() + part.text().length(),
                                place.isEmpty() ? replacement : replacement + " " + place);
                    });
            if (!out.toString().equals(item)) {
                ops.add(new Suggestion.PatchOperation("test", pointer.toString(), item));
                ops.add(new Suggestion.PatchOperation("replace", pointer.toString(), out.toString()));
            }
        });
        return new Suggestion(replacement, ops);
    }

    /** Whether a fix may replace the mention: its whole text, as written, names the agency. */
    static boolean replaceable(AgencyMention m) {
        return m.match().isPresent() && m.match().get().whole() && m.part().text().equals(m.part().name()) && !m.isSplit();
    }

    /**
     * Where the mentions after the first stand, each place once: task ids, or "Tổ chức thực hiện"
     * entries by their pointer; the first mention's own place is not repeated.
     */
    static List<String> others(List<AgencyMention> mentions) {
        List<String> places = new ArrayList<>();
        String first = place(mentions.get(0));
        for (AgencyMention m : mentions.subList(1, mentions.size())) {
            String place = place(m);
            if (!place.equals(first) && !places.contains(place)) {
                places.add(place);
            }
        }
        return places;
    }

    /** Every place, for a message: a finding names all of them, as its related locations do. */
    static String join(List<String> places) {
        return String.join(", ", places);
    }

    /** The pointers of the mentions, each once, in order: the finding's related places. */
    static List<JsonPointer> pointers(List<AgencyMention> mentions) {
        return mentions.stream().map(AgencyMention::pointer).distinct().toList();
    }

    private static String place(AgencyMention m) {
        return m.task() != null ? m.task().id() : m.pointer().parent().toString();
    }
}
