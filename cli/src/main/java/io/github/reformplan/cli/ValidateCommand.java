package io.github.reformplan.cli;

import io.github.reformplan.baseline.Baseline;
import io.github.reformplan.engine.ConfigFile;
import io.github.reformplan.engine.InvalidConfigException;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.JsonReport;
import io.github.reformplan.report.ReportWriter;
import io.github.reformplan.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reformplan validate}: checks plan files and reports findings. Options in, findings out. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks plan files (YAML/JSON) against the schema and the rules.",
                "Kiểm tra tệp kế hoạch theo lược đồ và các quy tắc."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    enum FailOn { error, warning, info, never }

    enum Lang { vi, en }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Plan files or directories (searched for *.yaml, *.yml, *.json); - reads standard input")
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this serious: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--lang", description = "Message language: ${COMPLETION-CANDIDATES} (default: vi when the system language is Vietnamese, else en)")
    Lang lang;

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Override a rule's severity: error, warning, info or off (repeatable)")
    Map<String, String> rules = Map.of();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./reformplan.yaml when present)")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Only findings not recorded in this baseline are reported and fail the run; stale entries are listed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE (by fingerprint, robust to line shifts) and exit 0")
    Path writeBaseline;

    @Option(names = "--no-color", description = "No colours, even on a terminal (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary line, no progress")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Optional<ConfigFile> configFile = configFile();
        Locale locale = lang != null ? Locale.forLanguageTag(lang.name())
                : configFile.flatMap(ConfigFile::locale).orElse(Locale.forLanguageTag(defaultLang().name()));
        if (baseline == null) {
            baseline = configFile.flatMap(ConfigFile::baseline).orElse(null);
        }
        PlanValidator.Builder builder = PlanValidator.builder().locale(locale);
        configFile.ifPresent(c -> builder.config(c.validator()));
        for (Map.Entry<String, String> r : rules.entrySet()) {
            if (RuleRegistry.builtIn().byId(r.getKey()).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown rule in --rule: " + r.getKey()
                        + " (see 'reformplan rules')");
            }
            if (!r.getValue().matches("(?i)error|warning|info|off")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid severity for --rule "
                        + r.getKey() + ": " + r.getValue() + " (expected error, warning, info or off)");
            }
            builder.rule(r.getKey(), r.getValue());
        }
        List<PlanSource> sources = sources();
        ValidationResult result = builder.build().validateSources(sources, progress(sources.size()));
        PrintWriter err = spec.commandLine().getErr();
        if (writeBaseline != null) {
            Baseline.of(result).write(writeBaseline);
            err.println(Messages.format(locale, "report.baseline-written", List.of(result.findings().size(), writeBaseline)));
            err.flush();
            return 0;
        }
        if (baseline != null) {
            Baseline.Outcome outcome = readBaseline(locale).apply(result);
            result = outcome.result();
            err.println(Messages.format(locale, "report.baseline-known", List.of(outcome.known(), baseline)));
            for (Baseline.Entry stale : outcome.stale()) {
                err.println(Messages.format(locale, "report.baseline-stale",
                        List.of(stale.file(), stale.pointer(), stale.rule(), stale.message())));
            }
            err.flush();
        }

        ReportWriter writer = format == Format.json ? new JsonReport() : new TextReport(color(), !quiet);
        PrintWriter out = spec.commandLine().getOut();
        writer.write(result, locale, out);
        out.flush();
        return failOn == FailOn.never || !result.hasAtLeast(Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT)))
                ? 0 : 1;
    }

    /** The configuration named by --config, else ./reformplan.yaml when present; a bad one is a usage error. */
    private Optional<ConfigFile> configFile() {
        try {
            if (config != null) {
                if (!Files.exists(config)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "No such configuration file: " + config);
                }
                return Optional.of(ConfigFile.load(config));
            }
            return ConfigFile.discover(Path.of(""));
        } catch (InvalidConfigException e) {
            Locale l = lang != null ? Locale.forLanguageTag(lang.name()) : Locale.forLanguageTag(defaultLang().name());
            throw new CommandLine.ParameterException(spec.commandLine(), e.message(l));
        }
    }

    private Baseline readBaseline(Locale locale) {
        try {
            return Baseline.read(baseline);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.format(locale, "report.baseline-unreadable", List.of(baseline, String.valueOf(e.getMessage()))));
        }
    }

    /** Colour only for a person at a terminal, and never when they asked for none. */
    private boolean color() {
        return !noColor && interactiveOut && System.getenv("NO_COLOR") == null;
    }

    /** Set by {@link Main}: picocli's writers wrap System.out, so the console check alone is not enough in tests. */
    static boolean interactiveOut = false;

    private IntConsumer progress(int total) {
        if (quiet || total < 20 || !interactiveOut) {
            return done -> { };
        }
        PrintWriter err = spec.commandLine().getErr();
        return done -> {
            if (done % 10 == 0 || done == total) {
                synchronized (err) {
                    err.print("\r" + done + "/" + total + (done == total ? "\r" + " ".repeat(24) + "\r" : ""));
                    err.flush();
                }
            }
        };
    }

    private List<PlanSource> sources() throws IOException {
        List<PlanSource> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                // Read one byte past the limit so that an oversized input is still reported as too large.
                long limit = io.github.reformplan.read.ReadLimits.DEFAULT.maxBytes();
                byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                out.add(PlanSource.of("-", bytes));
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or directory: " + p);
            }
            try {
                PlanFiles.expand(List.of(path)).forEach(f -> out.add(PlanSource.of(f)));
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + p + ": " + e.getCause().getMessage());
            }
        }
        return out;
    }

    private static Lang defaultLang() {
        return "vi".equals(Locale.getDefault().getLanguage()) ? Lang.vi : Lang.en;
    }
}
