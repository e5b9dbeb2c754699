package io.github.reformplan.report;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a finding concerns in its plan, as reports that show findings beside the plan group them: the task or
 * target its pointer falls in, the reform area that one belongs to (empty for a plan-wide finding), and a
 * label for a reader ({@code Task 2.26: Rà soát …}, or the pointer itself when the finding is plan-wide).
 * Read from the plan the file result carries, never from the file again.
 *
 * <pre>{@code
 * FindingSubject s = FindingSubject.of(finding, fileResult.plan(), Locale.forLanguageTag("vi"));
 * s.area().map(ReformArea::id);   // Optional[procedures]
 * s.label();                      // "Nhiệm vụ 2.26: …"
 * }</pre>
 *
 * @param task   the task the finding is about, if its pointer is inside one
 * @param target the target the finding is about, if its pointer is inside one
 */
public record FindingSubject(Optional<ReformArea> area, Optional<Task> task, Optional<Target> target, String label) {

    /**
     * @param plan the file's plan, or {@code null} when the file could not be read (every finding is plan-wide)
     */
    public static FindingSubject of(Finding f, Plan plan, Locale locale) {
        List<String> tokens = f.location().pointer().tokens();
        String pointer = f.location().pointer().toString();
        int index = tokens.size() >= 2 && tokens.get(1).matches("\\d{1,9}") ? Integer.parseInt(tokens.get(1)) : -1;
        if (plan != null && index >= 0) {
            if (tokens.get(0).equals("tasks") && index < plan.tasks().size()) {
                Task t = plan.tasks().get(index);
                return new FindingSubject(Optional.ofNullable(t.area()), Optional.of(t), Optional.empty(),
                        label(locale, "report.html.task", t.id(), t.title()));
            }
            if (tokens.get(0).equals("targets") && index < plan.targets().size()) {
                Target t = plan.targets().get(index);
                return new FindingSubject(Optional.ofNullable(t.area()), Optional.empty(), Optional.of(t),
                        label(locale, "report.html.target", t.id(), t.text()));
            }
        }
        return new FindingSubject(Optional.empty(), Optional.empty(), Optional.empty(), pointer.isEmpty() ? "/" : pointer);
    }

    private static String label(Locale locale, String key, String id, String text) {
        String name = Messages.format(locale, key, List.of(id == null ? "?" : id));
        return text == null || text.isBlank() ? name : name + ": " + text;
    }
}
