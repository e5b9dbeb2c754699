package io.github.reformplan.rules.deadline;

import io.github.reformplan.model.Due;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Milestone;
import io.github.reformplan.model.ParsedDeadline;
import java.util.Optional;

/**
 * One dated step of a task (or a responsibility's report), as the deadline rules see it: where it
 * is written, what it says, whether it is a report, and what binding made of it.
 */
public record DeadlinePart(JsonPointer pointer, String label, Milestone.Kind kind, String text, Optional<Due> due) {

    static DeadlinePart of(JsonPointer pointer, ParsedDeadline.Part part) {
        return new DeadlinePart(pointer, part.label(), part.kind(), part.text(), part.due());
    }

    public boolean isReport() {
        return kind == Milestone.Kind.REPORT;
    }

    /** The date window, when the deadline is one (not recurring, event-relative or delegated). */
    public Optional<Due.Window> window() {
        return due.filter(Due.Window.class::isInstance).map(Due.Window.class::cast);
    }

    /** How the part is named in messages: its label and text, or its text alone. */
    public String describe() {
        return label == null || label.isBlank() ? text : label + ": " + text;
    }
}
