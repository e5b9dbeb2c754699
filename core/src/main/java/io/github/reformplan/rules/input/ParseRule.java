package io.github.reformplan.rules.input;

import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.InputContext;
import io.github.reformplan.engine.InputRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.ReadProblem;

/** The file cannot be read: malformed YAML/JSON, too large, too deep, binary, not UTF-8, empty. */
@RuleInfo(id = "parse", severity = Severity.ERROR, summary = "The file cannot be read as YAML or JSON")
public final class ParseRule implements InputRule {

    @Override
    public void check(InputContext input, FindingSink sink) {
        if (input.read() instanceof DocumentReader.Unreadable u) {
            ReadProblem p = u.problem();
            sink.atRegion(p.region()).variant(p.variant()).args(p.args().toArray()).report();
        } else if (input.read() instanceof DocumentReader.Document d) {
            // What an import had to interpret (tracked changes accepted, say): worth knowing, not wrong.
            for (ReadProblem note : d.notes()) {
                sink.atRegion(note.region()).variant(note.variant()).args(note.args().toArray())
                        .severity(Severity.INFO).report();
            }
        }
    }
}
