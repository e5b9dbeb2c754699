/**
 * The embedding example, as an integrator's modular application would be: it sees only what
 * {@code io.github.reformplan.core} exports, and its tests run on the module path.
 */
module io.github.reformplan.examples {
    requires io.github.reformplan.core;
    exports io.github.reformplan.examples;
}
