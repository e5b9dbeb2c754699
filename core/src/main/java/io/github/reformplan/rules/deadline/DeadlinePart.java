package io.github.reformplan.rules.deadline;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.text.Due;
import io.github.reformplan.text.ParsedPart;
import java.util.Optional;

/**
 * One dated step of a task (or a responsibility's report), as the deadline rules see it: where it
 * is written, what it says, whether it is a report, and what the parser made of it.
 */
public record DeadlinePart(JsonPointer pointer, String label, ParsedPart.Kind kind, String text, Optional<Due> due) {

    public boolean isReport() {
        return kind == ParsedPart.Kind.REPORT;
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
