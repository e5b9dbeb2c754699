package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;

/**
 * Where rules report what they find. The engine binds a sink to one rule and one file, resolves
 * pointers to lines and columns, applies severity overrides and drops what is suppressed.
 *
 * <pre>{@code
 * sink.at(task.position().pointer().append("deadline")).variant("quarter").args(due, issued).report();
 * }</pre>
 */
public interface FindingSink {

    /** Starts a finding at the value {@code pointer} designates. */
    Report at(JsonPointer pointer);

    /** Starts a finding at the property name {@code pointer} ends with (e.g. an unknown key). */
    Report atKey(JsonPointer pointer);

    /** Starts a finding at an explicit line and column (a read error has no pointer yet). */
    Report atLine(int line, int column);

    /** Starts a finding at an explicit place of the source (a read error in an office document). */
    Report atRegion(io.github.reformplan.model.SourceRegion region);

    /** A finding being built; nothing is recorded until {@link #report()}. */
    interface Report {

        /** Selects message {@code <rule-id>.<variant>} instead of {@code <rule-id>}. */
        Report variant(String variant);

        Report args(Object... args);

        Report suggest(Suggestion suggestion);

        /**
         * The other places of a finding that groups several (one agency named in many tasks), each
         * located like the finding itself; the finding's own pointer is left out if listed.
         */
        Report related(java.util.List<JsonPointer> pointers);

        /**
         * Reports at this severity instead of the rule's default (e.g. a summary note at
         * {@code info}); a severity the user configured for the rule still wins.
         */
        Report severity(io.github.reformplan.model.Severity severity);

        void report();
    }
}
