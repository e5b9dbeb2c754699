package io.github.reformplan.examples;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanReadException;
import io.github.reformplan.read.PlanReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How an integrator embeds reformplan: build the validator once, validate files, read the typed
 * model. Run it with a plan path; it prints the plan's tasks per area and its errors.
 */
public final class EmbeddingExample {

    // Immutable and thread-safe: one per application.
    private static final PlanValidator VALIDATOR = PlanValidator.builder()
            .locale(Locale.forLanguageTag("vi"))
            .rule("task-output-missing", "info")
            .build();

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws PlanReadException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/hoang-loc-2026.yaml");
        System.out.println(summarise(file));
    }

    /** A short report on one plan: its task count and its errors, in Vietnamese. */
    public static String summarise(Path file) throws PlanReadException {
        Plan plan = PlanReader.read(file);
        ValidationResult result = VALIDATOR.validate(List.of(file));
        StringBuilder out = new StringBuilder()
                .append(plan.plan().title()).append(": ").append(plan.tasks().size()).append(" nhiệm vụ\n");
        for (Finding f : result.findings()) {
            if (f.severity() == Severity.ERROR) {
                out.append(f.location()).append(' ').append(f.rule()).append(' ').append(f.message()).append('\n');
            }
        }
        return out.toString();
    }
}
