package io.github.reformplan.cli;

import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleDocs;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.RuleSummaries;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reformplan rules [ID]}: the rule catalogue, or one rule's page (what, why, basis, examples). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rules, or explains one rule with a failing and a passing example.",
                "Liệt kê các quy tắc, hoặc giải thích một quy tắc kèm ví dụ sai và đúng."})
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id (or a former id)")
    String id;

    @Option(names = "--lang", description = "Language of the summaries: vi or en (default: the system's)")
    ValidatorOptions.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id != null) {
            String page = RuleDocs.page(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown rule: " + id + " (run 'reformplan rules' for the list)"));
            out.print(page);
            out.flush();
            return 0;
        }
        Locale locale = lang != null ? Locale.forLanguageTag(lang.name()) : ValidatorOptions.systemLocale();
        int width = RuleRegistry.builtIn().descriptors().stream().mapToInt(d -> d.id().length()).max().orElse(10);
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            out.printf("%-" + width + "s  %-7s  %s%n", d.id(), d.defaultSeverity().id(), RuleSummaries.of(d, locale));
        }
        out.flush();
        return 0;
    }
}
