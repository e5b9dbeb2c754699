package io.github.reformplan.read;

import io.github.reformplan.agency.Agency;
import io.github.reformplan.agency.AgencyMatch;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.agency.LookupScope;
import io.github.reformplan.agency.NamePart;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.ResolvedAgency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the agencies a plan names, once, when it is bound: each list item split into names
 * ({@link AgencyRegistry#split}), each name looked up in the plan's scope (its level and the day its agencies
 * must exist on). Items of a YAML flow list on one line whose parts are not all known, and that joined with
 * {@code ", "} are one known name as a whole ({@code [Các phòng, đơn vị thuộc UBND xã]}), are that name.
 */
final class AgencyBinding {

    /** The most items a split name is looked for across. */
    private static final int MAX_SPLIT = 4;

    private final AgencyRegistry registry;
    private final LookupScope scope;
    private final SourceMap index;
    private final boolean json;
    /**
     * Each item's agencies by its text and place in the list: a plan names the same few dozen agencies in
     * thousands of cells, and the resolved values are immutable, so one copy serves them all.
     */
    private final Map<ItemKey, List<ResolvedAgency>> items = new HashMap<>();
    private final Map<Agency, ResolvedAgency.Known> known = new IdentityHashMap<>(); // the registry's own instances

    private record ItemKey(int index, String text) {
    }

    AgencyBinding(AgencyRegistry registry, PlanHeader header, SourceMap index, String source) {
        this.registry = registry;
        this.scope = LookupScope.of(header == null ? null : header.level(), header == null ? null : header.referenceDate());
        this.index = index;
        // JSON quotes every string: its items are as the editor meant them
        this.json = source != null && source.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The agencies of a list ({@code lead}, {@code support}) at {@code list}; {@code index} may be null. */
    List<ResolvedAgency> list(JsonPointer list, List<String> items) {
        List<ResolvedAgency> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int last = splitEnd(list, items, i);
            if (last > i) {
                String joined = String.join(", ", items.subList(i, last + 1));
                out.add(resolved(i, last - i + 1, new NamePart(joined, 0), registry.lookup(joined, scope)));
                i = last;
                continue;
            }
            out.addAll(item(i, items.get(i)));
        }
        return List.copyOf(out);
    }

    /** The agencies of one item (a responsibility's {@code agency}). */
    List<ResolvedAgency> item(int i, String item) {
        if (item == null) {
            return List.of();
        }
        return items.computeIfAbsent(new ItemKey(i, item), k -> {
            List<ResolvedAgency> out = new ArrayList<>();
            for (NamePart part : registry.split(item)) {
                if (!part.name().isBlank()) {
                    out.add(resolved(i, 1, part, registry.lookup(part.name(), scope)));
                }
            }
            return List.copyOf(out);
        });
    }

    private ResolvedAgency resolved(int item, int items, NamePart part, Optional<AgencyMatch> match) {
        if (match.isEmpty()) {
            return new ResolvedAgency(item, items, part.text(), part.offset(), part.name(), ResolvedAgency.Match.UNKNOWN,
                    part.text(), false, "", null);
        }
        AgencyMatch m = match.get();
        Agency a = m.agency();
        ResolvedAgency.Match how = m.how() == AgencyMatch.How.EXACT ? ResolvedAgency.Match.EXACT
                : m.how() == AgencyMatch.How.ALIAS ? ResolvedAgency.Match.ALIAS : ResolvedAgency.Match.CONTAINED;
        ResolvedAgency.Known known = this.known.computeIfAbsent(a, x -> new ResolvedAgency.Known(x.id(), x.name(),
                x.kind().id(), x.level().id(), x.validFrom(), x.validTo(),
                registry.successorsOf(x).stream().map(Agency::name).toList()));
        return new ResolvedAgency(item, items, part.text(), part.offset(), part.name(), how, m.written(), m.canonical(),
                m.remark(), known);
    }

    private int splitEnd(JsonPointer list, List<String> items, int i) {
        if (json || index == null || i + 1 >= items.size()) {
            return i;
        }
        int line = index.locate(list.append(i)).line();
        if (line <= 0) {
            return i;
        }
        boolean allKnown = known(items.get(i));
        for (int j = i + 1; j < items.size() && j < i + MAX_SPLIT; j++) {
            if (index.locate(list.append(j)).line() != line) {
                break;
            }
            allKnown &= known(items.get(j));
            if (!allKnown && registry.lookup(String.join(", ", items.subList(i, j + 1)), scope)
                    .filter(AgencyMatch::whole).isPresent()) {
                return j;
            }
        }
        return i;
    }

    private boolean known(String item) {
        return registry.split(item).stream().allMatch(p -> registry.lookup(p.name(), scope).isPresent());
    }
}
