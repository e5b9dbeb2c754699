package io.github.reformplan.rules;

import io.github.reformplan.model.JsonPointer;

/** Pointers to the parts of a plan file that rules report on. */
public final class Pointers {

    public static final JsonPointer PLAN = JsonPointer.ROOT.append("plan");
    public static final JsonPointer SECTIONS = JsonPointer.ROOT.append("sections");
    public static final JsonPointer TARGETS = JsonPointer.ROOT.append("targets");
    public static final JsonPointer TASKS = JsonPointer.ROOT.append("tasks");

    private Pointers() {
    }
}
