package io.github.reformplan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.HashSet;

/**
 * The rules a validator runs, sorted by id: the built-in pack ({@code rules.BuiltInRules}, an explicit
 * list) and any third-party {@link RulePack}s on the class path, found with {@link ServiceLoader}.
 * Two rules with one id, or a pack reusing a built-in id, are refused.
 */
public final class RuleRegistry {

    private static final RuleRegistry BUILT_IN = fromPacks(RulePack.class.getClassLoader(), true);
    private static final RuleRegistry INSTALLED = fromPacks(RulePack.class.getClassLoader(), false);

    private final List<Rule> rules;
    private final Map<String, Rule> byId = new LinkedHashMap<>();

    private RuleRegistry(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        this.rules = Collections.unmodifiableList(sorted);
        for (Rule r : sorted) {
            RuleDescriptor d = r.descriptor();
            if (byId.put(d.id(), r) != null) {
                throw new IllegalStateException("Two rules with id " + d.id());
            }
            for (String alt : d.altIds()) {
                byId.putIfAbsent(alt, r);
            }
        }
    }

    /** The built-in rules only. */
    public static RuleRegistry builtIn() {
        return BUILT_IN;
    }

    /** The built-in rules and every third-party pack on the class path: what a validator runs by default. */
    public static RuleRegistry installed() {
        return INSTALLED;
    }

    /** The built-in rules and the packs that {@code loader} finds (a plugin's or an application's class loader). */
    public static RuleRegistry installed(ClassLoader loader) {
        return fromPacks(loader, false);
    }

    /** A registry of exactly these rules (tests, or an application that chooses its rules itself). */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    private static RuleRegistry fromPacks(ClassLoader loader, boolean builtInOnly) {
        List<Rule> rules = new ArrayList<>();
        Set<String> packs = new HashSet<>();
        for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
            if (builtInOnly && !RulePack.BUILT_IN.equals(pack.name())) {
                continue;
            }
            if (packs.add(pack.name())) { // the same pack seen through two loaders counts once
                rules.addAll(pack.rules());
                if (pack.messageBundle() != null) {
                    Messages.register(pack.messageBundle(), pack.getClass().getModule());
                }
            }
        }
        if (!packs.contains(RulePack.BUILT_IN)) {
            throw new IllegalStateException("The built-in rule pack is missing from the class path "
                    + "(META-INF/services/" + RulePack.class.getName() + " in reformplan-core)");
        }
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(Rule::descriptor).toList();
    }

    /** The rule with this id or one of its former ids. */
    public Optional<Rule> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
