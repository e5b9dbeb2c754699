package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyMatch;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.agency.LookupScope;
import io.github.reformplan.agency.NamePart;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.Suggestion;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Task;
import io.github.reformplan.rules.deadline.DeadlinePart;
import io.github.reformplan.rules.deadline.Deadlines;
import io.github.reformplan.model.Due;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The agency mentions of a plan, resolved once per plan and shared by the agency rules. */
public final class Mentions {

    public static final Function<PlanContext, List<AgencyMention>> ALL = Mentions::resolve;

    private Mentions() {
    }

    private static List<AgencyMention> resolve(PlanContext ctx) {
        Plan plan = ctx.plan();
        LookupScope scope = scope(plan);
        List<AgencyMention> out = new ArrayList<>();
        for (Task t : plan.tasks()) {
            JsonPointer at = t.position().pointer();
            add(out, ctx, scope, at.append("lead"), t.lead(), AgencyMention.Role.LEAD, t, null);
            add(out, ctx, scope, at.append("support"), t.support(), AgencyMention.Role.SUPPORT, t, null);
        }
        for (Responsibility r : plan.responsibilities()) {
            if (r.agency() != null) {
                add(out, ctx, scope, r.position().pointer().append("agency"), List.of(r.agency()),
                        AgencyMention.Role.OWNER, null, r);
            }
        }
        return List.copyOf(out);
    }

    /** The plan's level and the day its agencies must exist on. */
    static LookupScope scope(Plan plan) {
        return LookupScope.of(plan.plan().level(), referenceDate(plan));
    }

    private static void add(List<AgencyMention> out, PlanContext ctx, LookupScope scope, JsonPointer list,
            List<String> items, AgencyMention.Role role, Task task, Responsibility owner) {
        AgencyRegistry registry = ctx.config().agencies();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            JsonPointer at = owner != null ? list : list.append(i);
            int last = owner != null ? i : splitEnd(ctx, registry, scope, list, items, i);
            if (last > i) {
                String joined = String.join(", ", items.subList(i, last + 1));
                List<JsonPointer> split = new ArrayList<>();
                for (int k = i; k <= last; k++) {
                    split.add(list.append(k));
                }
                out.add(new AgencyMention(at, joined, new NamePart(joined, 0), registry.lookup(joined, scope), role, task,
                        owner, split));
                i = last;
                continue;
            }
            for (NamePart part : registry.split(item)) {
                if (!part.name().isBlank()) {
                    out.add(new AgencyMention(at, item, part, registry.lookup(part.name(), scope), role, task, owner));
                }
            }
        }
    }

    /** The most items a split name is looked for across. */
    private static final int MAX_SPLIT = 4;

    /**
     * The last item of a name that a YAML flow list ({@code [Các phòng, đơn vị thuộc UBND xã]}) split at its
     * commas, starting at item {@code i}; {@code i} when there is none. Items on one line of a YAML file whose
     * parts are not all known, and that joined with ", " are one known name as a whole, are that name.
     */
    private static int splitEnd(PlanContext ctx, AgencyRegistry registry, LookupScope scope, JsonPointer list,
            List<String> items, int i) {
        if (ctx.plan().source().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return i; // JSON quotes every string: its items are as the editor meant them
        }
        int line = ctx.index().locate(list.append(i)).line();
        if (line <= 0) {
            return i;
        }
        boolean allKnown = known(registry, scope, items.get(i));
        for (int j = i + 1; j < items.size() && j < i + MAX_SPLIT; j++) {
            if (ctx.index().locate(list.append(j)).line() != line) {
                break;
            }
            allKnown &= known(registry, scope, items.get(j));
            if (!allKnown && registry.lookup(String.join(", ", items.subList(i, j + 1)), scope)
                    .filter(AgencyMatch::whole).isPresent()) {
                return j;
            }
        }
        return i;
    }

    private static boolean known(AgencyRegistry registry, LookupScope scope, String item) {
        return registry.split(item).stream().allMatch(p -> registry.lookup(p.name(), scope).isPresent());
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
        if (!plan.plan().isDraft()) {
            return plan.plan().decision().date();
        }
        return plan.plan().period() == null ? null : plan.plan().period().start();
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
