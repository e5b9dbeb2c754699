package io.github.reformplan.rules.structure;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.PlanContext;
import io.github.reformplan.engine.PlanRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.ContentKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two tasks, or two activities, say the same thing once case, accents, punctuation, numbering and
 * the glossary's abbreviations are set aside. Real plans repeat a task under two areas or paste an
 * activity twice; the work is then counted, assigned or reported twice.
 */
@RuleInfo(id = "task-duplicate", severity = Severity.WARNING,
        reads = {"/tasks/*/title", "/tasks/*/activities"}, summary = "Two tasks or two activities have the same content")
public final class TaskDuplicateRule implements PlanRule {

    @Override
    public void check(PlanContext ctx, FindingSink sink) {
        Map<String, Task> titles = new HashMap<>();
        Map<String, JsonPointer> activities = new HashMap<>();
        Map<String, Task> activityTasks = new HashMap<>();
        for (Task t : ctx.plan().tasks()) {
            String key = ContentKey.of(t.title());
            if (!key.isEmpty()) {
                Task first = titles.putIfAbsent(key, t);
                if (first != null) {
                    sink.at(t.position().pointer().append("title"))
                            .related(List.of(first.position().pointer().append("title"))).variant("task").args(t.id(), first.id()).report();
                }
            }
            List<String> acts = t.activities();
            for (int j = 0; j < acts.size(); j++) {
                String a = ContentKey.of(acts.get(j));
                if (a.isEmpty()) {
                    continue;
                }
                JsonPointer at = t.position().pointer().append("activities").append(j);
                JsonPointer earlier = activities.putIfAbsent(a, at);
                Task first = activityTasks.putIfAbsent(a, t);
                if (earlier != null) {
                    sink.at(at).related(List.of(earlier)).variant("activity").args(t.id(), first.id()).report();
                }
            }
        }
    }
}
