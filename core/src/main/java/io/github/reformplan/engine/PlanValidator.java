package io.github.reformplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Validates plan files against the schema and the rules. Build it once and share it: it is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder().locale(Locale.forLanguageTag("vi")).build();
 * ValidationResult result = validator.validate(List.of(Path.of("plans/ha-tinh-2026.yaml")));
 * result.findings().forEach(f -> System.out.println(f.rule() + " " + f.location() + " " + f.message()));
 * }</pre>
 */
public final class PlanValidator {

    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().pointer());

    private final ValidatorConfig config;
    private final Locale locale;
    private final RuleRegistry registry;
    private final DocumentReader reader;
    private final List<Active<InputRule>> inputRules = new ArrayList<>();
    private final List<Active<PlanRule>> planRules = new ArrayList<>();
    private final List<Active<ResultRule>> resultRules = new ArrayList<>();

    private record Active<R extends Rule>(R rule, RuleDescriptor descriptor, Severity severity, boolean configured) {
    }

    private PlanValidator(Builder b) {
        this.config = b.config;
        this.locale = b.locale;
        this.registry = b.registry;
        this.reader = new DocumentReader(config.limits());
        for (Rule rule : registry.rules()) {
            RuleDescriptor d = rule.descriptor();
            Optional<Severity> severity = config.severities().containsKey(d.id())
                    ? config.severities().get(d.id()) : Optional.of(d.defaultSeverity());
            if (severity.isEmpty()) {
                continue; // turned off: not run at all
            }
            if (rule instanceof InputRule r) {
                inputRules.add(new Active<>(r, d, severity.get(), config.severities().containsKey(d.id())));
            } else if (rule instanceof PlanRule r) {
                planRules.add(new Active<>(r, d, severity.get(), config.severities().containsKey(d.id())));
            } else if (rule instanceof ResultRule r) {
                resultRules.add(new Active<>(r, d, severity.get(), config.severities().containsKey(d.id())));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Locale locale() {
        return locale;
    }

    public ValidatorConfig config() {
        return config;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** Validates files and directories (searched recursively for plan files) together. */
    public ValidationResult validate(List<Path> paths) {
        return validateSources(PlanFiles.expand(paths).stream().map(PlanSource::of).toList());
    }

    /** Validates sources together: rules that look across files see them all. */
    public ValidationResult validateSources(List<PlanSource> sources) {
        return validateSources(sources, read -> { });
    }

    /**
     * Validates sources together, telling {@code progress} how many files have been read so far
     * (from any thread), e.g. to show progress on a terminal.
     */
    public ValidationResult validateSources(List<PlanSource> sources, IntConsumer progress) {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // Reading, the schema and binding are per file and run in parallel; rules then see the whole set.
        List<FileState> states = sources.parallelStream().map(src -> {
            FileState s = read(src);
            progress.accept(done.incrementAndGet());
            return s;
        }).toList();
        List<Plan> plans = states.stream().map(s -> s.plan).filter(Objects::nonNull).toList();
        PlanSet set = new PlanSet(plans);
        return new ValidationResult(states.parallelStream().map(s -> finish(s, set)).toList());
    }

    /**
     * Validates plans built in memory (not read from files): field constraints are checked with
     * Bean Validation in place of the JSON Schema, then the rules run as for files.
     */
    public ValidationResult validatePlans(List<Plan> plans) {
        PlanSet set = new PlanSet(plans);
        List<ValidationResult.FileResult> out = new ArrayList<>();
        for (Plan plan : plans) {
            FileState s = new FileState(plan.source(), plan, LocationIndex.empty());
            Active<InputRule> schema = inputRules.stream()
                    .filter(a -> a.descriptor.id().equals("schema")).findFirst().orElse(null);
            if (schema != null) {
                Sink sink = new Sink(schema, s);
                for (ModelConstraints.Violation v : ModelConstraints.check(plan)) {
                    sink.at(v.pointer()).variant("constraint").args(v.message()).report();
                }
            }
            out.add(finish(s, set));
        }
        return new ValidationResult(out);
    }

    private FileState read(PlanSource source) {
        DocumentReader.Result result = reader.read(source);
        LocationIndex index = result instanceof DocumentReader.Document d ? d.index() : LocationIndex.empty();
        FileState state = new FileState(source.name(), null, index);
        InputContext input = new InputContext(source.name(), result);
        for (Active<InputRule> a : inputRules) {
            a.rule.check(input, new Sink(a, state));
        }
        if (result instanceof DocumentReader.Document d) {
            state.plan = PlanReader.bind(source.name(), d.root(), d.index());
            state.root = d.root();
        }
        return state;
    }

    private ValidationResult.FileResult finish(FileState s, PlanSet set) {
        if (s.plan != null) {
            PlanContext ctx = new PlanContext(s.plan, s.index, config, set);
            List<Finding> inputFindings = List.copyOf(s.findings);
            for (Active<PlanRule> a : planRules) {
                a.rule.check(ctx, new Sink(a, s));
            }
            dropConsequences(s.findings, inputFindings);
            List<Finding> found = List.copyOf(s.findings);
            s.findings.removeIf(f -> s.plan.suppress().stream().anyMatch(x -> Suppressions.matches(x, f)));
            for (Active<ResultRule> a : resultRules) {
                a.rule.check(ctx, found, new Sink(a, s));
            }
            dropConsequences(s.findings, inputFindings); // the result rules' findings too
        }
        s.findings.replaceAll(f -> f.withFingerprint(Fingerprints.of(f, s.root)));
        s.root = null; // only findings outlive validation
        s.findings.sort(ORDER);
        return new ValidationResult.FileResult(s.name, s.plan == null ? null : s.plan.plan().id(), s.findings);
    }

    /**
     * The input rules whose finding is the root cause of whatever other rules find at or below its pointer,
     * in precedence order: a value the schema rejects, then a placeholder not filled in.
     */
    private static final List<String> ROOT_CAUSES = List.of("schema", "placeholder-unfilled");

    /** One root cause, one finding: what lies under a schema violation or a placeholder was already reported. */
    private static void dropConsequences(List<Finding> findings, List<Finding> inputFindings) {
        findings.removeIf(f -> inputFindings.stream().anyMatch(i -> causes(i, f)));
    }

    private static boolean causes(Finding cause, Finding f) {
        int rank = ROOT_CAUSES.indexOf(cause.rule());
        int own = ROOT_CAUSES.indexOf(f.rule());
        return rank >= 0 && (own < 0 || rank < own) && cause.location().pointer().contains(f.location().pointer());
    }

    /** Mutable per-file state while validating; confined to one thread at a time. */
    private static final class FileState {
        final String name;
        final LocationIndex index;
        final List<Finding> findings = new ArrayList<>();
        Plan plan;
        JsonNode root;

        FileState(String name, Plan plan, LocationIndex index) {
            this.name = name;
            this.plan = plan;
            this.index = index;
        }
    }

    /** The sink bound to one rule and one file. */
    private final class Sink implements FindingSink {
        private final Active<?> active;
        private final FileState state;

        Sink(Active<?> active, FileState state) {
            this.active = active;
            this.state = state;
        }

        @Override
        public Report at(JsonPointer pointer) {
            var p = state.index.locate(pointer);
            return new Draft(pointer, p.line(), p.column());
        }

        @Override
        public Report atKey(JsonPointer pointer) {
            var p = state.index.locateKey(pointer);
            return new Draft(pointer, p.line(), p.column());
        }

        @Override
        public Report atLine(int line, int column) {
            return new Draft(JsonPointer.ROOT, line, column);
        }

        private final class Draft implements Report {
            private final JsonPointer pointer;
            private final int line;
            private final int column;
            private String variant;
            private Object[] args = new Object[0];
            private Suggestion suggestion;
            private Severity explicit;

            Draft(JsonPointer pointer, int line, int column) {
                this.pointer = pointer;
                this.line = line;
                this.column = column;
            }

            @Override
            public Report variant(String v) {
                this.variant = v;
                return this;
            }

            @Override
            public Report args(Object... a) {
                this.args = a.clone();
                return this;
            }

            @Override
            public Report suggest(Suggestion s) {
                this.suggestion = s;
                return this;
            }

            @Override
            public Report severity(Severity s) {
                this.explicit = s;
                return this;
            }

            @Override
            public void report() {
                String id = active.descriptor.id();
                List<Object> argList = new ArrayList<>();
                for (Object a : args) {
                    argList.add(a == null ? "" : a);
                }
                Severity severity = explicit != null && !active.configured ? explicit : active.severity;
                state.findings.add(new Finding(id, severity,
                        new Location(state.name, pointer, line, column),
                        variant == null ? id : id + "." + variant, argList, suggestion, locale));
            }
        }
    }

    /** Builds a {@link PlanValidator}. */
    public static final class Builder {
        private ValidatorConfig config = ValidatorConfig.DEFAULTS;
        private Locale locale = Locale.ENGLISH;
        private RuleRegistry registry = RuleRegistry.builtIn();

        private Builder() {
        }

        public Builder config(ValidatorConfig c) {
            this.config = Objects.requireNonNull(c);
            return this;
        }

        public Builder locale(Locale l) {
            this.locale = Objects.requireNonNull(l);
            return this;
        }

        /**
         * Sets one rule's severity ({@code error}, {@code warning}, {@code info} or {@code off}).
         *
         * @throws IllegalArgumentException naming the unknown rule (and the nearest known id) or the invalid
         *                                  severity, in the language set with {@link #locale} before
         */
        public Builder rule(String ruleId, String severityOrOff) {
            String id = registry.byId(ruleId.trim()).map(r -> r.descriptor().id())
                    .orElseThrow(() -> new IllegalArgumentException(Nearest.unknownRule(registry, ruleId, locale)));
            String severity = severityOrOff == null ? "" : severityOrOff.trim().toLowerCase(Locale.ROOT);
            if (!severity.matches("error|warning|info|off")) {
                throw new IllegalArgumentException(Messages.format(locale, "usage.severity-invalid",
                        List.of(id, String.valueOf(severityOrOff))));
            }
            this.config = config.withSeverity(id, severity);
            return this;
        }

        public PlanValidator build() {
            return new PlanValidator(this);
        }
    }
}
