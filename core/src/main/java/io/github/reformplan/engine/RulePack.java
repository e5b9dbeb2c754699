package io.github.reformplan.engine;

import java.util.List;

/**
 * A set of rules shipped together, found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.github.reformplan.engine.RulePack} (or {@code provides} it in a module),
 * and validators built with the default registry run its rules beside the built-in ones.
 *
 * <pre>{@code
 * public final class ProvinceRules implements RulePack {
 *     public String name() { return "ha-tinh"; }
 *     public List<Rule> rules() { return List.of(new TaskFundingSourceRule()); }
 * }
 * }</pre>
 *
 * <p>Each rule needs a unique id (a prefix such as {@code ha-tinh/} keeps it apart from the built-in
 * ones), {@link RuleInfo} metadata, and messages under its id in its own resource bundle.
 */
public interface RulePack {

    /** The name of the pack reformplan ships. */
    String BUILT_IN = "reformplan";

    /** A short, unique name of the pack. */
    String name();

    /** Its rules, new instances or shared stateless ones. */
    List<Rule> rules();

    /**
     * The base name of the resource bundle that holds its rules' messages ({@code <rule-id>} and
     * {@code <rule-id>.<variant>} keys, English in the base file, Vietnamese in {@code _vi}), loaded
     * through the pack's module (a pack in a named module opens the bundle's package to
     * {@code io.github.reformplan.core}); {@code null} when its messages are in reformplan's own bundle.
     */
    default String messageBundle() {
        return null;
    }
}
