package io.github.reformplan.engine;

import io.github.reformplan.model.Suppression;
import java.util.List;

/**
 * What a {@link ResultRule} sees once every other rule has run on a file, across files too: the
 * file's suppressions and the rules the validator runs.
 */
public record ResultContext(String file, List<Suppression> suppressions, RuleRegistry registry) {

    public ResultContext {
        suppressions = List.copyOf(suppressions);
    }
}
