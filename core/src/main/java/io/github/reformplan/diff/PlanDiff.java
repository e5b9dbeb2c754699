package io.github.reformplan.diff;

import io.github.reformplan.engine.Location;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.RuleDescriptor;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanFormats;
import io.github.reformplan.read.PlanReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import io.github.reformplan.read.ReadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two revisions of a plan with the change checks of {@link ChangeCatalogue}. Immutable and
 * thread-safe once built.
 *
 * <pre>{@code
 * DiffResult r = PlanDiff.builder().locale(Locale.ENGLISH).check("task-support-changed", "off").build()
 *         .compare(PlanSource.of(Path.of("old.yaml")), PlanSource.of(Path.of("new.yaml")));
 * r.changes().forEach(c -> System.out.println(c.newPlace() + " " + c.check() + " " + c.message()));
 * }</pre>
 *
 * <p>A side that cannot be read is one {@code parse} change (an error) at its place, never an exception.
 */
public final class PlanDiff {

    private final Locale locale;
    private final Map<String, String> severities;
    private final ReadLimits limits;
    private final ChangeCatalogue catalogue = ChangeCatalogue.builtIn();

    private PlanDiff(Builder b) {
        this.locale = b.locale;
        this.severities = Map.copyOf(b.severities);
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Locale locale() {
        return locale;
    }

    /** Reads both sources (any supported format) and compares them. */
    public DiffResult compare(PlanSource oldSource, PlanSource newSource) {
        Object before = read(oldSource);
        Object after = read(newSource);
        if (before instanceof PlanSide o && after instanceof PlanSide n) {
            return compare(o, n);
        }
        List<Change> changes = new ArrayList<>();
        Location oldFile = new Location(oldSource.name(), JsonPointer.ROOT, SourceRegion.at(0, 0));
        Location newFile = new Location(newSource.name(), JsonPointer.ROOT, SourceRegion.at(0, 0));
        if (before instanceof ReadProblem p) {
            changes.add(unreadable(p, new Location(oldSource.name(), JsonPointer.ROOT, p.region()), newFile));
        }
        if (after instanceof ReadProblem p) {
            changes.add(unreadable(p, oldFile, new Location(newSource.name(), JsonPointer.ROOT, p.region())));
        }
        return new DiffResult(oldSource.name(), newSource.name(),
                before instanceof PlanSide o ? o.plan() : null, after instanceof PlanSide n ? n.plan() : null,
                changes, descriptors());
    }

    /** Compares two revisions already read. */
    public DiffResult compare(PlanSide oldSide, PlanSide newSide) {
        Comparison comparison = new Comparison(oldSide, newSide);
        List<Change> changes = new ArrayList<>();
        for (ChangeCheck check : catalogue.checks()) {
            RuleDescriptor d = check.descriptor();
            check.check(comparison, new ChangeSink(d.id(), d.defaultSeverity(), severities, locale, changes));
        }
        changes.sort(Comparator.<Change>comparingInt(c -> c.newPlace().line())
                .thenComparingInt(c -> c.newPlace().column()).thenComparingInt(c -> c.oldPlace().line())
                .thenComparing(Change::check));
        return new DiffResult(oldSide.name(), newSide.name(), oldSide.plan(), newSide.plan(), changes, descriptors());
    }

    private List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> all = new ArrayList<>(catalogue.descriptors());
        RuleRegistry.builtIn().byId("parse").ifPresent(r -> all.add(r.descriptor()));
        return all;
    }

    /** A side that cannot be read: the {@code parse} finding validate would give, always an error. */
    private Change unreadable(ReadProblem p, Location oldPlace, Location newPlace) {
        return new Change("parse", Severity.ERROR, oldPlace, newPlace, "parse." + p.variant(), p.args(), locale);
    }

    private Object read(PlanSource source) {
        DocumentReader.Result result = PlanFormats.read(source, new DocumentReader(limits), limits);
        if (result instanceof DocumentReader.Unreadable u) {
            return u.problem();
        }
        DocumentReader.Document doc = (DocumentReader.Document) result;
        return new PlanSide(source.name(), PlanReader.bind(source.name(), doc.root(), doc.index()), doc.index());
    }

    /** Settings of a diff: the message language and check severities. */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private final Map<String, String> severities = new LinkedHashMap<>();
        private ReadLimits limits = ReadLimits.DEFAULT;

        public Builder locale(Locale l) {
            this.locale = Objects.requireNonNull(l);
            return this;
        }

        public Builder limits(ReadLimits l) {
            this.limits = Objects.requireNonNull(l);
            return this;
        }

        /**
         * Sets a check to {@code error}, {@code warning}, {@code info} or {@code off}.
         *
         * @throws IllegalArgumentException for an unknown check (the message names the nearest id) or
         *                                  severity, in the builder's language
         */
        public Builder check(String checkId, String severityOrOff) {
            ChangeCatalogue catalogue = ChangeCatalogue.builtIn();
            String id = catalogue.byId(checkId).map(c -> c.descriptor().id())
                    .orElseThrow(() -> new IllegalArgumentException(catalogue.unknown(checkId, locale)));
            String severity = severityOrOff == null ? "" : severityOrOff.trim().toLowerCase(Locale.ROOT);
            if (!severity.matches("error|warning|info|off")) {
                throw new IllegalArgumentException(Messages.format(locale, "usage.severity-invalid",
                        List.of(id, String.valueOf(severityOrOff))));
            }
            severities.put(id, severity);
            return this;
        }

        public PlanDiff build() {
            return new PlanDiff(this);
        }
    }
}
