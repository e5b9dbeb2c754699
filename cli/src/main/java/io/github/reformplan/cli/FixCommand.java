package io.github.reformplan.cli;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.run.RunSettings;
import io.github.reformplan.engine.Nearest;
import io.github.reformplan.fix.FixSelection;
import io.github.reformplan.fix.PatchResult;
import io.github.reformplan.fix.PlanFixer;
import io.github.reformplan.report.TextReport;
import io.github.reformplan.report.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reformplan fix}: applies the mechanical fixes findings carry (a defunct agency's successor,
 * an agency's canonical name) to YAML/JSON files in place, changing nothing else in the file: by default
 * those of findings at {@code warning} or above, with {@code --rule ID} those of the rules named, with
 * {@code --all} every one; each value replaced is listed ({@code file:line:col: changed 'old' → 'new'}).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the mechanical fixes (JSON Patch) the findings carry, in place, keeping comments and layout.",
                "Áp dụng các sửa đổi tự động mà phát hiện đề xuất, giữ nguyên chú thích và bố cục tệp."})
final class FixCommand implements Callable<Integer>, ReformplanCommand.Localised {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ValidatorOptions options;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing")
    boolean dryRun;

    @Option(names = "--rule", paramLabel = "ID[=SEVERITY]",
            description = {"Apply the fixes of this rule's findings only, at any severity (repeatable);"
                    + " ID=SEVERITY also sets the rule's severity, as validate --rule does",
                    "(default: the fixes of findings at warning or above)"})
    List<String> ruleOptions = new ArrayList<>();

    @Option(names = "--all", description = "Apply the fixes of every finding, info ones (canonical spellings) included")
    boolean all;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files or directories")
    List<String> paths;

    @Override
    public Locale language() {
        return options.language();
    }

    /**
     * Exit code 0 when every file was fixed or needed nothing; 1 when one could not be: its parse
     * finding, or why it was left alone (read-only, changed meanwhile, not writable), is printed.
     */
    @Override
    public Integer call() throws IOException {
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> selected = new ArrayList<>();
        for (String r : ruleOptions) {
            int eq = r.indexOf('=');
            String id = (eq < 0 ? r : r.substring(0, eq)).trim();
            if (eq >= 0) {
                overrides.put(id, r.substring(eq + 1));
            }
            selected.add(id);
        }
        options.rules = overrides;
        RunSettings.Resolved setup = options.setup(spec.commandLine());
        Locale locale = setup.locale();
        if (all && !selected.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.format(locale, "fix.cli.all-and-rule", List.of()));
        }
        for (String id : selected) {
            if (setup.validator().registry().descriptors().stream().noneMatch(d -> d.id().equals(id))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--rule " + VisibleText.escape(id) + ": " + Nearest.unknownRule(setup.validator().registry(), id, locale));
            }
        }
        FixSelection selection = all ? FixSelection.ALL : FixSelection.rules(selected);
        List<Path> files = ValidatorOptions.files(spec.commandLine(), paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int fixes = 0;
        int notFixed = 0;
        List<Path> office = files.stream().filter(FixCommand::isOffice).toList();
        for (Path f : office) {
            err.println(Messages.format(locale, "fix.cli.office", List.of(TextReport.fileName(f.toString()))));
            notFixed++;
        }
        List<Path> text = files.stream().filter(f -> !isOffice(f)).toList();
        for (PlanFixer.FileFix f : new PlanFixer(setup.validator()).fix(text, dryRun, selection)) {
            String file = TextReport.fileName(f.file().toString());
            fixes += f.fixed().size();
            if (dryRun) {
                out.print(f.diff());
            } else if (f.written()) {
                out.println(Messages.format(locale, "fix.cli.written", List.of(file, f.fixed().size())));
                for (PatchResult.Applied c : f.changes()) {
                    out.println(Messages.format(locale, "fix.cli.change", List.of(file, c.line(), c.column(),
                            VisibleText.escape(String.valueOf(c.oldValue())), VisibleText.escape(c.newValue()))));
                }
            }
            for (Finding problem : f.problems()) {
                err.println(TextReport.line(problem, locale));
            }
            if (!f.problems().isEmpty()) {
                err.println(Messages.format(locale, "fix.cli.problem", List.of(file)));
            }
            for (PlanFixer.Skip s : f.skipped()) {
                String why = VisibleText.escape(s.message(locale));
                err.println(s.finding() == null ? Messages.format(locale, "fix.cli.not-fixed", List.of(file, why))
                        : file + ": " + Messages.format(locale, "fix.cli.skipped", List.of(VisibleText.escape(s.path()), why)));
            }
            if (!f.complete()) {
                notFixed++;
            }
        }
        String summary = dryRun ? "fix.cli.summary-dry" : notFixed > 0 ? "fix.cli.summary-incomplete" : "fix.cli.summary";
        out.println(Messages.format(locale, summary, List.of(fixes, files.size(), notFixed)));
        out.flush();
        err.flush();
        return notFixed > 0 ? 1 : 0;
    }

    /** A Word or Excel document: fix cannot rewrite it keeping its layout. */
    static boolean isOffice(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx");
    }
}
