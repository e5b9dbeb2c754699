package io.github.reformplan.engine;

/**
 * A rule that looks across the files validated together (two plans with one id, a target below the
 * parent plan's). Files are validated one at a time and then dropped, so such a rule works in two
 * phases: {@link #summarize} sees one plan and keeps the little it needs of it; once every file is
 * read, {@link #check} sees one file's summary beside every other's and reports for that file.
 *
 * @param <S> what the rule keeps of one plan: small and immutable
 */
public non-sealed interface SetRule<S> extends Rule {

    /**
     * What the cross-file check needs of this plan, or {@code null} for nothing. Pass every pointer
     * {@link #check} may report at to {@code anchors.keep}, so that it can still be located then.
     */
    S summarize(PlanContext ctx, Anchors anchors);

    /** Reports for the file {@code mine} summarises, knowing the summaries of every file. */
    void check(S mine, PlanSummaries<S> all, FindingSink sink);

    /** Where the places a {@link SetRule} will report at stand, recorded while the plan is still read. */
    interface Anchors {
        void keep(io.github.reformplan.model.JsonPointer pointer);
    }
}
