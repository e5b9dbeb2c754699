package io.github.reformplan.engine;

/** A rule on a file as read, before it is bound to the model: readability and the JSON Schema. */
public non-sealed interface InputRule extends Rule {

    void check(InputContext input, FindingSink sink);
}
