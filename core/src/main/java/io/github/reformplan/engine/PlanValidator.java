package io.github.reformplan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.LocationIndex;
import io.github.reformplan.read.PlanFormats;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.SourceMap;
import io.github.reformplan.model.SourceRegion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.Suppression;

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
            .comparing((Finding f) -> f.location().region(), SourceRegion.READING_ORDER)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().pointer());

    private final ValidatorConfig config;
    private final Locale locale;
    private final RuleRegistry registry;
    private final DocumentReader reader;
    private final List<Active<InputRule>> inputRules = new ArrayList<>();
    private final List<Active<PlanRule>> planRules = new ArrayList<>();
    private final List<Active<SetRule<?>>> setRules = new ArrayList<>();
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
            boolean configured = config.severities().containsKey(d.id());
            // A rule may work in more than one phase (id-duplicate: in a plan, and across plans).
            if (rule instanceof InputRule r) {
                inputRules.add(new Active<>(r, d, severity.get(), configured));
            }
            if (rule instanceof PlanRule r) {
                planRules.add(new Active<>(r, d, severity.get(), configured));
            }
            if (rule instanceof SetRule<?> r) {
                setRules.add(new Active<>(r, d, severity.get(), configured));
            }
            if (rule instanceof ResultRule r) {
                resultRules.add(new Active<>(r, d, severity.get(), configured));
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

    /**
     * Loads what every validator shares (the built-in agencies, metrics and floors, the compiled schema, the
     * readers) by validating a small bundled plan with the default settings, and returns how many findings it
     * had. A front end calls it on a spare thread while it parses its own options: a validator built afterwards,
     * on any thread, then finds it all loaded (class initialisation is shared and runs once): the command line's
     * one-plan run went from 0.740 to 0.686 s on two cores.
     */
    public static int warmUp() {
        byte[] plan;
        try (java.io.InputStream in = PlanValidator.class.getResourceAsStream("/io/github/reformplan/data/warm-up.yaml")) {
            plan = Objects.requireNonNull(in, "warm-up.yaml").readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return builder().build().validateSources(List.of(PlanSource.of("warm-up.yaml", plan)), done -> { }, false)
                .files().get(0).findings().size();
    }

    /** Validates sources together: rules that look across files see them all. */
    public ValidationResult validateSources(List<PlanSource> sources) {
        return validateSources(sources, read -> { });
    }

    /**
     * Validates sources together, telling {@code progress} how many files have been read so far
     * (from any thread), e.g. to show progress on a terminal. Each result carries its plan.
     */
    public ValidationResult validateSources(List<PlanSource> sources, IntConsumer progress) {
        return validateSources(sources, progress, true);
    }

    /**
     * Validates sources together as a stream: each file is read, checked and dropped in turn (on as
     * many threads as there are cores), keeping only its findings and what the cross-file rules need
     * of it. Without {@code keepPlans} (which keeps each file's plan in its result, for reports that show
     * findings beside tasks) these are kept encoded, past 4 MB in a temporary file, and the result's
     * files are read back one at a time as a report walks through them: memory hardly grows with the
     * number of files (ten national years, 43,244 files: 124 MB peak RSS against 90 MB for one).
     */
    public ValidationResult validateSources(List<PlanSource> sources, IntConsumer progress, boolean keepPlans) {
        // Without plans, what each file leaves is put aside encoded (and past a few megabytes on disk).
        Spill spill = keepPlans ? Spill.asIs() : new Spill();
        AtomicInteger done = new AtomicInteger();
        List<Checked> checked = sources.parallelStream().map(src -> {
            Checked c = check(read(src), keepPlans, spill);
            progress.accept(done.incrementAndGet());
            return c;
        }).toList();
        Cross cross = summaries(checked);
        SpilledFiles.Counter counter = new SpilledFiles.Counter();
        List<Spill.Slot<ValidationResult.FileResult>> results = IntStream.range(0, checked.size()).parallel()
                .mapToObj(i -> spill.put(counter.count(finish(checked.get(i), i, cross)), PlanValidator::encode,
                        PlanValidator::decodeResult))
                .toList();
        return new ValidationResult(new SpilledFiles(results, counter), registry.descriptors());
    }

    /**
     * Validates plans built in memory (not read from files): field constraints are checked with
     * Bean Validation in place of the JSON Schema, then the rules run as for files. Parsed values a
     * plan lacks are computed first ({@link PlanReader#complete}).
     */
    public ValidationResult validatePlans(List<Plan> plans) {
        plans = plans.stream().map(p -> PlanReader.complete(p, config.agencies())).toList(); // built by hand: the rules read parsed values
        List<Checked> checked = new ArrayList<>();
        for (Plan plan : plans) {
            FileState s = new FileState(plan.source(), plan, LocationIndex.empty());
            Active<InputRule> schema = inputRules.stream()
                    .filter(a -> a.descriptor.id().equals("schema")).findFirst().orElse(null);
            if (schema != null) {
                Sink sink = new Sink(schema, s.name, s.index, s.findings);
                for (ModelConstraints.Violation v : ModelConstraints.check(plan)) {
                    sink.at(v.pointer()).variant("constraint").args(v.message()).report();
                }
            }
            checked.add(check(s, true, Spill.asIs()));
        }
        Cross cross = summaries(checked);
        return new ValidationResult(IntStream.range(0, checked.size()).mapToObj(i -> finish(checked.get(i), i, cross))
                .toList(), registry.descriptors());
    }

    private FileState read(PlanSource source) {
        long started = System.nanoTime();
        DocumentReader.Result result = PlanFormats.read(source, reader, config.limits());
        SourceMap index = result instanceof DocumentReader.Document d ? d.index() : LocationIndex.empty();
        FileState state = new FileState(source.name(), null, index);
        state.started = started;
        state.budget = budget(source);
        InputContext input = new InputContext(source.name(), result);
        for (Active<InputRule> a : inputRules) {
            a.rule.check(input, new Sink(a, state.name, state.index, state.findings));
        }
        if (result instanceof DocumentReader.Document d) {
            state.plan = PlanReader.bind(source.name(), d.root(), d.index(), config.agencies());
            // The tree is a large plan's largest part: where the index can name the findings' subjects, it goes now.
            JsonNode root = d.root();
            state.subjects = d.index() instanceof LocationIndex values && values.holdsValues()
                    ? p -> Fingerprints.subject(values, p) : p -> Fingerprints.subject(root, p);
        }
        return state;
    }

    /**
     * Phase one, with the file's tree and plan: everything but what looks across files. What phase two
     * needs of the file's findings, places and summaries goes to {@code spill}.
     */
    private Checked check(FileState s, boolean keepPlan, Spill spill) {
        int inputCount = s.findings.size();
        Anchors anchors = new Anchors(s.index, s.subjects);
        Object[] kept = new Object[setRules.size()];
        if (s.plan != null) {
            PlanContext ctx = new PlanContext(s.plan, s.index, config, registry);
            for (Active<PlanRule> a : planRules) {
                if (s.started != NOT_TIMED && System.nanoTime() - s.started > s.budget) {
                    overBudget(s, a.descriptor.id());
                    break;
                }
                a.rule.check(ctx, new Sink(a, s.name, s.index, s.findings));
            }
            for (int i = 0; i < kept.length; i++) {
                kept[i] = setRules.get(i).rule.summarize(ctx, anchors);
            }
            for (Suppression x : s.plan.suppress()) {
                JsonPointer at = x.position().pointer();
                anchors.keep(at);
                anchors.keep(at.append("rule"));
                anchors.keep(at.append("pointer"));
            }
        }
        s.findings.replaceAll(f -> f.withFingerprint(Fingerprints.of(f, s.subjects.apply(f.location().pointer()))));
        anchors.seal(); // from here on only the places kept: the tree and the index go with the file
        Found found = new Found(s.name, List.copyOf(s.findings), inputCount, anchors);
        return new Checked(s.name, s.plan == null ? null : s.plan.plan().id(), keepPlan ? s.plan : null,
                s.plan != null, s.plan == null ? List.of() : s.plan.suppress(),
                spill.put(kept, PlanValidator::encode, PlanValidator::decodeKept),
                spill.put(found, PlanValidator::encode, PlanValidator::decodeFound));
    }

    /** What phase one keeps of a file: what the cross-file rules and suppressions need, and its findings. */
    private record Checked(String name, String planId, Plan plan, boolean bound, List<Suppression> suppressions,
            Spill.Slot<Object[]> kept, Spill.Slot<Found> found) {
    }

    /** What the cross-file rules kept, by rule in {@link #setRules}' order ({@code null} for nothing). */
    private static void encode(Object[] kept, FindingCodec.Out out) throws FindingCodec.Unencodable {
        out.number(kept.length);
        for (Object summary : kept) {
            out.value(summary);
        }
    }

    private static Object[] decodeKept(FindingCodec.In in) {
        Object[] kept = new Object[in.number()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = in.value();
        }
        return kept;
    }

    /** A file's findings after phase one (the first {@code inputCount} by the input rules) and its kept places. */
    private record Found(String name, List<Finding> findings, int inputCount, Anchors anchors) {
        List<Finding> inputFindings() {
            return findings.subList(0, inputCount);
        }
    }

    private static void encode(Found f, FindingCodec.Out out) throws FindingCodec.Unencodable {
        out.text(f.name());
        out.findings(f.findings(), f.name());
        out.number(f.inputCount());
        f.anchors().encode(out);
    }

    private static Found decodeFound(FindingCodec.In in) {
        String name = in.text();
        List<Finding> findings = in.findings(name);
        return new Found(name, findings, in.number(), Anchors.decode(in));
    }

    private static void encode(ValidationResult.FileResult r, FindingCodec.Out out) throws FindingCodec.Unencodable {
        out.text(r.path());
        out.text(r.planId());
        out.findings(r.findings(), r.path());
    }

    private static ValidationResult.FileResult decodeResult(FindingCodec.In in) {
        String path = in.text();
        String planId = in.text();
        return new ValidationResult.FileResult(path, planId, in.findings(path));
    }

    /** Every cross-file rule's summaries, and each file's place among them ({@code -1} for a file not bound). */
    private record Cross(List<PlanSummaries<Object>> summaries, int[] entries) {
    }

    private Cross summaries(List<Checked> checked) {
        List<Checked> bound = new ArrayList<>();
        int[] entries = new int[checked.size()];
        for (int i = 0; i < checked.size(); i++) {
            entries[i] = checked.get(i).bound() ? bound.size() : -1;
            if (checked.get(i).bound()) {
                bound.add(checked.get(i));
            }
        }
        List<String> files = bound.stream().map(Checked::name).toList();
        List<String> planIds = bound.stream().map(Checked::planId).toList(); // null where a plan has none
        List<PlanSummaries<Object>> out = new ArrayList<>();
        for (int r = 0; r < setRules.size(); r++) {
            int rule = r;
            out.add(new PlanSummaries<>(files, planIds, i -> bound.get(i).kept().get()[rule]));
        }
        return new Cross(out, entries);
    }

    /** Phase two, once every file is read: the cross-file rules, suppressions and the rules on results. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private ValidationResult.FileResult finish(Checked c, int index, Cross summaries) {
        Found kept = c.found().get();
        List<Finding> findings = new ArrayList<>(kept.findings());
        if (c.bound()) {
            Anchors anchors = kept.anchors();
            List<Finding> cross = new ArrayList<>();
            int entry = summaries.entries()[index];
            for (int r = 0; r < setRules.size(); r++) {
                Active<SetRule<?>> a = setRules.get(r);
                PlanSummaries<Object> all = summaries.summaries().get(r);
                Object mine = all.summary(entry);
                if (mine != null) {
                    ((SetRule) a.rule).check(mine, all.seenFrom(entry, mine), new Sink(a, c.name(), anchors, cross));
                }
            }
            cross.replaceAll(f -> f.withFingerprint(Fingerprints.of(f, anchors.subject(f.location().pointer()))));
            findings.addAll(cross);
            dropConsequences(findings, kept.inputFindings());
            List<Finding> found = List.copyOf(findings);
            List<Predicate<Finding>> suppressed = c.suppressions().stream()
                    .map(x -> Suppressions.matcher(x, registry)).toList();
            findings.removeIf(f -> suppressed.stream().anyMatch(m -> m.test(f)));
            List<Finding> results = new ArrayList<>();
            ResultContext ctx = new ResultContext(c.name(), c.suppressions(), registry);
            for (Active<ResultRule> a : resultRules) {
                a.rule.check(ctx, found, new Sink(a, c.name(), anchors, results));
            }
            results.replaceAll(f -> f.withFingerprint(Fingerprints.of(f, anchors.subject(f.location().pointer()))));
            findings.addAll(results);
            dropConsequences(findings, kept.inputFindings()); // the result rules' findings too
        }
        findings.sort(ORDER);
        return new ValidationResult.FileResult(c.name(), c.planId(), findings, c.plan());
    }

    /**
     * The input rules whose finding is the root cause of whatever other rules find at or below its pointer,
     * in precedence order: a value the schema rejects, then a placeholder not filled in.
     */
    private static final List<String> ROOT_CAUSES = List.of("schema", "placeholder-unfilled");

    /**
     * One root cause, one finding: what lies under a schema violation or a placeholder was already reported, and
     * so was what a rule concludes from a place the schema rejected ({@link RuleInfo#reads()}).
     */
    private void dropConsequences(List<Finding> findings, List<Finding> inputFindings) {
        List<JsonPointer> rejected = inputFindings.stream().filter(i -> i.rule().equals("schema"))
                .map(i -> i.location().pointer()).toList();
        findings.removeIf(f -> inputFindings.stream().anyMatch(i -> causes(i, f)) || follows(f, rejected));
    }

    /** Whether a finding follows from a place the schema rejected, by what its rule reads. */
    private boolean follows(Finding f, List<JsonPointer> rejected) {
        if (rejected.isEmpty() || ROOT_CAUSES.contains(f.rule()) || f.rule().equals("parse")) {
            return false;
        }
        Optional<Rule> rule = registry.byId(f.rule());
        if (rule.isEmpty()) {
            return false;
        }
        for (String read : rule.get().descriptor().reads()) {
            for (JsonPointer r : rejected) {
                Optional<JsonPointer> scope = ReadPlaces.scope(read, r);
                if (scope.isPresent() && (scope.get().contains(f.location().pointer())
                        || f.location().pointer().contains(scope.get()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean causes(Finding cause, Finding f) {
        int rank = ROOT_CAUSES.indexOf(cause.rule());
        int own = ROOT_CAUSES.indexOf(f.rule());
        return rank >= 0 && (own < 0 || rank < own) && cause.location().pointer().contains(f.location().pointer());
    }

    /** The file took longer than its time budget: the rules from {@code next} on are skipped, and it is said. */
    private void overBudget(FileState s, String next) {
        inputRules.stream().filter(a -> a.descriptor.id().equals("parse")).findFirst().ifPresent(parse ->
                new Sink(parse, s.name, s.index, s.findings).atRegion(SourceRegion.at(0, 0)).variant("time-budget")
                        .args(s.budget / 1e9, next).report());
    }

    private static final long NOT_TIMED = Long.MIN_VALUE;

    /** The file's time budget in nanoseconds: the configured budget for each started megabyte, at least once. */
    private long budget(PlanSource source) {
        long size;
        try {
            size = source.size();
        } catch (java.io.IOException e) {
            size = 0;
        }
        long megabytes = Math.max(1, (size + (1 << 20) - 1) >> 20);
        long base = config.limits().timeBudget().toNanos();
        return base > Long.MAX_VALUE / megabytes ? Long.MAX_VALUE : base * megabytes;
    }

    /** Mutable per-file state while reading; confined to one thread at a time. */
    private static final class FileState {
        final String name;
        final SourceMap index;
        final List<Finding> findings = new ArrayList<>();
        Plan plan;
        /** What each pointer's findings are about ({@link Fingerprints#subject}), from the tree or the index. */
        Function<JsonPointer, String> subjects = p -> Fingerprints.subject((JsonNode) null, p);
        /** {@link System#nanoTime()} when reading began ({@link #NOT_TIMED} for a plan built in memory). */
        long started = NOT_TIMED;
        long budget;

        FileState(String name, Plan plan, SourceMap index) {
            this.name = name;
            this.plan = plan;
            this.index = index;
        }
    }

    /**
     * The places phase two may report at, kept from phase one: where each stands and what its
     * fingerprint names, so that neither the tree nor the full source map has to outlive phase one.
     */
    private static final class Anchors implements SetRule.Anchors, SourceMap {
        private record Place(Position position, SourceRegion region, SourceRegion keyRegion, String subject) {
        }

        private SourceMap index;
        private Function<JsonPointer, String> subjects;
        private final Map<JsonPointer, Place> places = new ConcurrentHashMap<>();

        Anchors(SourceMap index, Function<JsonPointer, String> subjects) {
            this.index = index;
            this.subjects = subjects;
        }

        void encode(FindingCodec.Out out) {
            out.number(places.size());
            for (Map.Entry<JsonPointer, Place> e : places.entrySet()) {
                Place p = e.getValue();
                out.pointer(e.getKey());
                boolean same = p.position().pointer().equals(e.getKey());
                out.bool(same);
                if (!same) {
                    out.pointer(p.position().pointer());
                }
                out.number(p.position().line());
                out.number(p.position().column());
                out.region(p.region());
                out.region(p.keyRegion());
                out.text(p.subject());
            }
        }

        /** Sealed places, as {@link #encode} wrote them. */
        static Anchors decode(FindingCodec.In in) {
            Anchors a = new Anchors(null, null);
            int n = in.number();
            for (int i = 0; i < n; i++) {
                JsonPointer at = in.pointer();
                JsonPointer position = in.bool() ? at : in.pointer();
                a.places.put(at, new Place(new Position(position, in.number(), in.number()), in.region(), in.region(),
                        in.text()));
            }
            return a;
        }

        /** Phase one is over: drops the file's tree and index, so that a kept result holds only its places. */
        void seal() {
            index = null;
            subjects = null;
        }

        @Override
        public void keep(JsonPointer pointer) {
            if (index == null) {
                throw new IllegalStateException("places are kept in phase one only");
            }
            places.computeIfAbsent(pointer, p -> new Place(index.locate(p), index.region(p), index.keyRegion(p),
                    subjects.apply(p)));
        }

        private Place place(JsonPointer pointer) {
            for (JsonPointer p = pointer; ; p = p.parent()) {
                Place at = places.get(p);
                if (at != null || p.isRoot()) {
                    return at;
                }
            }
        }

        @Override
        public Position locate(JsonPointer pointer) {
            Place p = place(pointer);
            return p == null ? Position.of(pointer) : new Position(pointer, p.position().line(), p.position().column());
        }

        @Override
        public Position locateKey(JsonPointer pointer) {
            return locate(pointer);
        }

        @Override
        public SourceRegion region(JsonPointer pointer) {
            Place p = place(pointer);
            return p == null ? SourceRegion.WHOLE_FILE : p.region();
        }

        @Override
        public SourceRegion keyRegion(JsonPointer pointer) {
            Place p = place(pointer);
            return p == null ? SourceRegion.WHOLE_FILE : p.keyRegion();
        }

        String subject(JsonPointer pointer) {
            Place p = places.get(pointer);
            return p != null ? p.subject() : Fingerprints.subject((JsonNode) null, pointer);
        }
    }

    /** The sink bound to one rule and one file, locating pointers with {@code index}. */
    private final class Sink implements FindingSink {
        private final Active<?> active;
        private final String file;
        private final SourceMap index;
        private final List<Finding> findings;

        Sink(Active<?> active, String file, SourceMap index, List<Finding> findings) {
            this.active = active;
            this.file = file;
            this.index = index;
            this.findings = findings;
        }

        @Override
        public Report at(JsonPointer pointer) {
            return new Draft(pointer, index.region(pointer));
        }

        @Override
        public Report atKey(JsonPointer pointer) {
            return new Draft(pointer, index.keyRegion(pointer));
        }

        @Override
        public Report atLine(int line, int column) {
            return new Draft(JsonPointer.ROOT, SourceRegion.at(line, column));
        }

        @Override
        public Report atRegion(SourceRegion region) {
            return new Draft(JsonPointer.ROOT, region);
        }

        private final class Draft implements Report {
            private final JsonPointer pointer;
            private final SourceRegion region;
            private String variant;
            private Object[] args = new Object[0];
            private Suggestion suggestion;
            private Severity explicit;
            private List<JsonPointer> related = List.of();

            Draft(JsonPointer pointer, SourceRegion region) {
                this.pointer = pointer;
                this.region = region;
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
            public Report related(List<JsonPointer> pointers) {
                this.related = pointers.stream().filter(p -> !p.equals(pointer)).distinct().toList();
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
                List<Location> places = related.stream()
                        .map(p -> new Location(file, p, index.region(p))).toList();
                findings.add(new Finding(id, severity, new Location(file, pointer, region),
                        variant == null ? id : id + "." + variant, argList, suggestion, locale, null, places));
            }
        }
    }

    /** Builds a {@link PlanValidator}. */
    public static final class Builder {
        private ValidatorConfig config = ValidatorConfig.DEFAULTS;
        private Locale locale = Locale.ENGLISH;
        private RuleRegistry registry = RuleRegistry.installed();

        private Builder() {
        }

        public Builder config(ValidatorConfig c) {
            this.config = Objects.requireNonNull(c);
            return this;
        }

        /** The rules to run; by default the built-in ones and every {@link RulePack} on the class path. */
        public Builder registry(RuleRegistry r) {
            this.registry = Objects.requireNonNull(r);
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
