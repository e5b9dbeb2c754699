package io.github.reformplan.diff.checks;

import io.github.reformplan.agency.AgencyRegistry;
import io.github.reformplan.model.Due;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.ContentKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the task checks compare: agencies by who they are, deadlines as windows. */
final class TaskValues {

    private static final AgencyRegistry AGENCIES = AgencyRegistry.builtIn();

    private TaskValues() {
    }

    /**
     * The agencies of a list by identity: a known body by its registry id, whatever its spelling
     * ({@code Sở KHCN} is {@code Sở Khoa học và Công nghệ}), any other by its content key.
     */
    static Set<String> agencies(List<String> names) {
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            for (var part : AGENCIES.split(name)) {
                out.add(key(part.name()));
            }
        }
        return out;
    }

    private static String key(String name) {
        return AGENCIES.lookup(name).map(m -> "#" + m.agency().id()).orElseGet(() -> ContentKey.of(name));
    }

    /** The list as written, for messages. */
    static String written(List<String> names) {
        return names.isEmpty() ? "-" : String.join("; ", names);
    }

    /** The deadline's window, when it states one. */
    static Optional<Due.Window> window(Task task) {
        ParsedDeadline p = task.parsedDeadline();
        return p == null ? Optional.empty() : p.window();
    }

    /** The deadline as written, for messages. */
    static String deadline(Task task) {
        ParsedDeadline p = task.parsedDeadline();
        if (p == null || p.parts().isEmpty()) {
            return "-";
        }
        return p.parts().stream().map(ParsedDeadline.Part::text).collect(Collectors.joining("; "));
    }
}
