package io.github.reformplan.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Task;
import java.nio.file.Path;

/**
 * Reads a plan file into the typed model, for integrators who want the plan rather than findings.
 * The plan is bound leniently; run {@code PlanValidator} to learn what is wrong with it. Binding also
 * reads, once, what the text states: each task's deadline ({@link Task#parsedDeadline()}), each report
 * deadline ({@link io.github.reformplan.model.Responsibility#parsedReportDeadline()}), each target's
 * quantities ({@link io.github.reformplan.model.Target#quantities()}) and each agency a task or responsibility
 * names ({@link Task#agencies()}: canonical agency, validity, successors, how it matched), resolved with the
 * plan's level and date.
 *
 * <pre>{@code
 * Plan plan = PlanReader.read(Path.of("plans/ha-tinh-2026.yaml"));
 * for (Task task : plan.tasks()) {
 *     task.parsedDeadline().window().ifPresent(w -> System.out.println(task.id() + " " + w.earliest() + ".." + w.latest()));
 * }
 * }</pre>
 */
public final class PlanReader {

    private static final DocumentReader DEFAULT = new DocumentReader(ReadLimits.DEFAULT);

    private PlanReader() {
    }

    public static Plan read(Path path) throws PlanReadException {
        return read(PlanSource.of(path));
    }

    public static Plan read(PlanSource source) throws PlanReadException {
        DocumentReader.Result result = PlanFormats.read(source, DEFAULT, ReadLimits.DEFAULT);
        if (result instanceof DocumentReader.Unreadable u) {
            throw new PlanReadException(source.name(), u.problem());
        }
        DocumentReader.Document doc = (DocumentReader.Document) result;
        return bind(source.name(), doc.root(), doc.index());
    }

    /** Binds an already-read document; a root that is not an object binds as an empty plan. */
    public static Plan bind(String sourceName, JsonNode root, SourceMap index) {
        return bind(sourceName, root, index, AgencyRegistry.builtIn());
    }

    /** Binds an already-read document, resolving its agencies with {@code agencies} (a registry with extras). */
    public static Plan bind(String sourceName, JsonNode root, SourceMap index, AgencyRegistry agencies) {
        JsonNode object = root != null && root.isObject() ? root
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return new PlanBinder(sourceName, index, agencies).bind(object);
    }

    /**
     * The plan with what binding reads computed where it is missing: a plan assembled in memory with the
     * record constructors that omit the parsed values gets them here (the validator does this itself), as
     * does a task moved into a plan of another period. A plan that has them all is returned as it is.
     */
    public static Plan complete(Plan plan) {
        return PlanBinder.complete(plan, AgencyRegistry.builtIn());
    }

    /**
     * As {@link #complete(Plan)}, resolving the agencies with {@code agencies}; a registry other than the
     * built-in one resolves them again, so that its extra agencies count.
     */
    public static Plan complete(Plan plan, AgencyRegistry agencies) {
        return PlanBinder.complete(plan, agencies);
    }
}
