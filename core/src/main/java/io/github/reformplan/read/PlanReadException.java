package io.github.reformplan.read;

/** Thrown by {@link PlanReader} when a file cannot be read as a plan; carries the problem and its place. */
public final class PlanReadException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient ReadProblem problem;

    PlanReadException(String source, ReadProblem problem) {
        super(source + ":" + problem.line() + ":" + problem.column() + ": " + problem.variant() + " " + problem.args());
        this.problem = problem;
    }

    public ReadProblem problem() {
        return problem;
    }
}
