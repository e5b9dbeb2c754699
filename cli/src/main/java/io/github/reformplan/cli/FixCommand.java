package io.github.reformplan.cli;

import io.github.reformplan.fix.PlanFixer;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.run.RunSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reformplan fix}: applies the mechanical fixes findings carry (a defunct agency's successor,
 * an agency's canonical name) to YAML/JSON files in place, changing nothing else in the file.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the mechanical fixes (JSON Patch) the findings carry, in place, keeping comments and layout.",
                "Áp dụng các sửa đổi tự động mà phát hiện đề xuất, giữ nguyên chú thích và bố cục tệp."})
final class FixCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ValidatorOptions options;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files or directories")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        RunSettings.Resolved setup = options.setup(spec.commandLine());
        Locale locale = setup.locale();
        List<Path> files = ValidatorOptions.files(spec.commandLine(), paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int fixes = 0;
        for (PlanFixer.FileFix f : new PlanFixer(setup.validator()).fix(files, dryRun)) {
            fixes += f.fixed().size();
            if (dryRun) {
                out.print(f.diff());
            } else if (f.written()) {
                out.println(Messages.format(locale, "fix.cli.written", List.of(f.file(), f.fixed().size())));
            }
            for (PlanFixer.Skip s : f.skipped()) {
                err.println(f.file() + ": " + Messages.format(locale, "fix.cli.skipped", List.of(s.path(), s.message(locale))));
            }
        }
        out.println(Messages.format(locale, dryRun ? "fix.cli.summary-dry" : "fix.cli.summary", List.of(fixes, files.size())));
        out.flush();
        err.flush();
        return 0;
    }
}
