package io.github.reformplan.cli;

import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.Nearest;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.diff.ChangeCatalogue;
import io.github.reformplan.engine.RuleDocs;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.RuleSummaries;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reformplan rules [ID] [--lang vi|en]}: the rule catalogue, or one rule's page (what, why, basis, examples),
 * in the reader's language, also for a change check of {@code reformplan diff}; an unknown id is a usage error
 * naming the nearest rule id.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rules, or explains one rule with a failing and a passing example.",
                "Liệt kê các quy tắc, hoặc giải thích một quy tắc kèm ví dụ sai và đúng."})
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id (or a former id)")
    String id;

    @Option(names = "--lang", description = "Language of the catalogue and the page: vi or en (default: the system's)")
    ValidatorOptions.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = lang != null ? Locale.forLanguageTag(lang.name()) : ValidatorOptions.systemLocale();
        if (id != null) {
            String page = RuleDocs.page(id, locale).or(() -> ChangeCatalogue.page(id, locale))
                    .orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), Nearest.unknownRule(RuleRegistry.installed(), id, locale)));
            out.print(page);
            out.flush();
            return 0;
        }
        List<RuleDescriptor> rules = RuleRegistry.installed().descriptors();
        int width = rules.stream().mapToInt(d -> d.id().length()).max().orElse(10);
        int severityWidth = rules.stream().mapToInt(d -> Messages.severity(locale, d.defaultSeverity()).length()).max().orElse(7);
        for (RuleDescriptor d : rules) {
            out.printf("%-" + width + "s  %-" + severityWidth + "s  %s%n", d.id(),
                    Messages.severity(locale, d.defaultSeverity()), RuleSummaries.of(d, locale));
        }
        out.flush();
        return 0;
    }
}
