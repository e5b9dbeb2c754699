package io.github.reformplan.examples.embedding;

import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Task;
import io.github.reformplan.read.PlanReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

public final class Embedding {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (Task t : PlanReader.read(file).tasks()) {         // the typed model: deadlines parsed, agencies resolved
            System.out.println(t.id() + " " + t.parsedDeadline().window().map(w -> w.earliest() + ".." + w.latest()).orElse("-")
                    + " " + t.agencies().lead().stream().map(a -> a.canonicalName()).toList());
        }
        PlanValidator validator = PlanValidator.builder().locale(Locale.forLanguageTag("vi")).build();  // build once
        validator.validate(List.of(file)).findings().forEach(f -> System.out.println(f.rule() + " " + f.location() + " " + f.message()));
    }
}
