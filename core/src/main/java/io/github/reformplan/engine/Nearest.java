package io.github.reformplan.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" of every place a name is typed: rule ids on the command line, in the configuration,
 * in the Maven plugin's {@code <rules>} and in a plan's {@code suppress} entries, and configuration keys.
 *
 * <pre>{@code
 * Nearest.ruleId(RuleRegistry.builtIn(), "agency-defunt");   // Optional[agency-defunct]
 * }</pre>
 */
public final class Nearest {

    private Nearest() {
    }

    /** The candidate nearest to a mistyped name, when it is near enough to be meant. */
    public static Optional<String> of(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, Math.min(4, w.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new TreeSet<>(candidates)) {
            int d = distance.apply(w, c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null && w.length() >= 4) { // a name cut short or run on: leadTime, task-output
            List<String> containing = candidates.stream().map(c -> c.toLowerCase(Locale.ROOT))
                    .filter(c -> c.contains(w) || w.contains(c)).distinct().toList();
            if (containing.size() == 1) {
                best = candidates.stream().filter(c -> c.equalsIgnoreCase(containing.get(0))).findFirst().orElse(null);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The id (or former id) of a rule of {@code registry} nearest to a mistyped one. */
    public static Optional<String> ruleId(RuleRegistry registry, String wrong) {
        List<String> ids = new ArrayList<>();
        for (RuleDescriptor d : registry.descriptors()) {
            ids.add(d.id());
            ids.addAll(d.altIds());
        }
        return of(wrong.trim(), ids);
    }

    /**
     * The message for an unknown rule id in the reader's language: with the nearest id when there is one
     * ("did you mean 'agency-defunct'?"), else pointing to {@code reformplan rules}.
     */
    public static String unknownRule(RuleRegistry registry, String wrong, Locale locale) {
        return unknownId(wrong, ruleId(registry, wrong), locale);
    }

    /** The usage message for an unknown rule or check id, with the nearest id when there is one. */
    public static String unknownId(String wrong, Optional<String> nearest, Locale locale) {
        return nearest.map(near -> Messages.format(locale, "usage.rule-unknown-suggest", List.of(wrong, near)))
                .orElseGet(() -> Messages.format(locale, "usage.rule-unknown", List.of(wrong)));
    }
}
