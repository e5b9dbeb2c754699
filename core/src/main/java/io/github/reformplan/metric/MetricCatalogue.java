package io.github.reformplan.metric;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.reformplan.text.FoldedText;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Quantity.Unit;
import io.github.reformplan.text.TargetParser;
import io.github.reformplan.text.TextCache;
import io.github.reformplan.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics targets can measure, and how to recognise them in a target's wording.
 *
 * <p>Immutable and thread-safe; keyword patterns are compiled when the catalogue is built.
 *
 * <h2>Recognition</h2>
 * A metric matches a text when all keywords of one of its wording alternatives occur in it (see
 * {@link Metric#wording()}). Its <em>coverage</em> is the set of characters its matching keywords
 * cover. When several metrics match, the most specific wins: the one whose coverage strictly contains
 * every other's ({@code TTHC đủ điều kiện ... trực tuyến toàn trình} contains {@code trực tuyến toàn
 * trình}). Metrics matched on different wording name different things, and the text is ambiguous.
 *
 * <h2>Several quantities in one text</h2>
 * {@link #identifyAll(String)} reads every quantity with {@link TargetParser#parseAll(String)} and pairs
 * each with the wording around it in its clause (clauses end at {@code ;}, a line break or a sentence
 * end): in {@code Tỷ lệ X đạt 70%} the wording precedes the quantity, in {@code 100% X được ...} it
 * follows. Between two quantities, a new lead-in ({@code tỷ lệ}, {@code mức độ}, {@code trong số đó})
 * starts the second one's wording; when a clause names several metrics, the wording from the last
 * lead-in before the quantity decides.
 */
public final class MetricCatalogue {

    private static final String RESOURCE = "/io/github/reformplan/data/metrics.yaml";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** Between the parts of {@code a ... b}: adjacent, or up to 30 characters within the clause. */
    private static final String GAP = "(?:[\\s,]+|[\\s,(]+[^;.]{0,30}?[\\s,)]+)";
    private static final Pattern LEAD_IN = Pattern.compile(WORD_START + "(?:ty\\s+le|muc\\s+do|trong\\s+so\\s+do)" + WORD_END);
    private static final Pattern SENTENCE_END = Pattern.compile(";|\\.(?=\\s|$)");

    private final List<Metric> metrics;
    private final Map<String, Metric> byId;
    private final List<Compiled> compiled;
    private final TargetParser parser;
    /**
     * What each target text was found to state, by text: commune and department plans copy their province's
     * targets word for word, so a batch reads the same few hundred texts thousands of times. Results are
     * immutable; the caches start over when full, as the agency registry's do.
     */
    private final TextCache<String, Optional<Metric>> identified = new TextCache<>(20_000);
    private final TextCache<Mentions, List<MetricMention>> mentioned = new TextCache<>(20_000);

    private record Mentions(String text, List<Quantity> quantities) {
    }

    private record Compiled(Metric metric, List<List<Keyword>> alternatives) {
    }

    /**
     * A keyword's pattern and, for each of its alternatives, a word every match contains ({@code null} when
     * one has none): a text holding none of them cannot match, and is not searched with the pattern.
     */
    private record Keyword(Pattern pattern, List<String> literals) {
        static Keyword of(String keyword) {
            List<String> literals = new ArrayList<>();
            for (String alternative : keyword.split("\\|")) {
                String first = VietnameseText.foldKey(alternative.split("\\.\\.\\.|\u2026")[0]);
                int from = 0;
                while (from < first.length() && !Character.isLetterOrDigit(first.charAt(from))) {
                    from++;
                }
                int to = from;
                while (to < first.length() && Character.isLetterOrDigit(first.charAt(to))) {
                    to++;
                }
                if (to == from) {
                    return new Keyword(keyword(keyword), null);
                }
                literals.add(first.substring(from, to));
            }
            return new Keyword(keyword(keyword), List.copyOf(literals));
        }

        /**
         * Where a search from {@code pos} may start without missing a match, or -1 when none is left: a match
         * is its word with at most spaces and punctuation before it, so it starts where that run before the
         * nearest word begins, and the pattern is not tried at every position of a long text.
         */
        int searchFrom(String folded, int pos) {
            if (literals == null) {
                return pos;
            }
            int nearest = -1;
            for (String l : literals) {
                int at = folded.indexOf(l, pos);
                if (at >= 0 && (nearest < 0 || at < nearest)) {
                    nearest = at;
                }
            }
            if (nearest < 0) {
                return -1;
            }
            while (nearest > pos && !Character.isLetterOrDigit(folded.charAt(nearest - 1))) {
                nearest--;
            }
            return nearest;
        }
    }

    private record Covered(Metric metric, BitSet coverage) {
    }

    private MetricCatalogue(List<Metric> metrics, TargetParser parser) {
        Map<String, Metric> ids = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (ids.putIfAbsent(m.id(), m) != null) {
                throw new IllegalArgumentException("Duplicate metric id: " + m.id());
            }
        }
        this.metrics = List.copyOf(metrics);
        this.byId = Collections.unmodifiableMap(ids);
        this.parser = parser;
        Map<String, Keyword> cache = new HashMap<>();
        List<Compiled> c = new ArrayList<>();
        for (Metric m : metrics) {
            List<List<Keyword>> alts = new ArrayList<>();
            for (List<String> alt : m.wording()) {
                alts.add(alt.stream().map(k -> cache.computeIfAbsent(k, Keyword::of)).toList());
            }
            c.add(new Compiled(m, List.copyOf(alts)));
        }
        this.compiled = List.copyOf(c);
    }

    /**
     * The keywords whose spans in {@code text}, as searched near their words, differ from a search at every
     * position: none, or a metric would be missed. For tests.
     */
    List<String> keywordsSearchedAmiss(String text) {
        Texts texts = new Texts(FoldedText.of(text));
        List<String> amiss = new ArrayList<>();
        for (Compiled c : compiled) {
            for (List<Keyword> alternative : c.alternatives()) {
                for (Keyword k : alternative) {
                    List<String> everywhere = new ArrayList<>();
                    Matcher m = k.pattern().matcher(texts.folded);
                    while (m.find()) {
                        everywhere.add(m.start() + "-" + m.end());
                    }
                    List<String> near = texts.occurrences(k).stream().map(span -> span[0] + "-" + span[1]).toList();
                    if (!near.equals(everywhere)) {
                        amiss.add(k.pattern().pattern() + ": " + near + " instead of " + everywhere);
                    }
                }
            }
        }
        return amiss;
    }

    /** Every keyword of the catalogue, as written. For tests. */
    List<String> keywordTexts() {
        return metrics.stream().flatMap(m -> m.wording().stream()).flatMap(List::stream).distinct().toList();
    }

    private static final class Holder {
        static final MetricCatalogue BUILT_IN = loadBuiltIn();

        private static MetricCatalogue loadBuiltIn() {
            try (InputStream in = MetricCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }

    /** The catalogue shipped with reformplan ({@code io/github/reformplan/data/metrics.yaml}), loaded once. */
    public static MetricCatalogue builtIn() {
        return Holder.BUILT_IN;
    }

    /** A catalogue of the given metrics (ids must be unique). */
    public static MetricCatalogue of(Collection<Metric> metrics) {
        return new MetricCatalogue(new ArrayList<>(metrics), TargetParser.standard());
    }

    /**
     * Reads a catalogue in the format of the built-in {@code metrics.yaml}. The stream is not closed.
     *
     * @throws IOException if the YAML cannot be read or does not have that format
     * @throws IllegalArgumentException if a metric is invalid (id, missing names or wording, duplicate id)
     */
    public static MetricCatalogue load(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        CatalogueFile file = mapper.readValue(yaml, CatalogueFile.class);
        List<Metric> out = new ArrayList<>();
        if (file != null && file.metrics != null) {
            for (MetricEntry e : file.metrics) {
                if (e.name == null) {
                    throw new IllegalArgumentException("Metric " + e.id + " has no name");
                }
                out.add(new Metric(e.id, e.name.en, e.name.vi, unit(e.unit, e.id), e.area, e.wording));
            }
        }
        return of(out);
    }

    /** This catalogue with metrics added, or replaced where the id is already known. */
    public MetricCatalogue withMetrics(Collection<Metric> extra) {
        Map<String, Metric> merged = new LinkedHashMap<>(byId);
        for (Metric m : extra) {
            merged.put(m.id(), m);
        }
        return new MetricCatalogue(new ArrayList<>(merged.values()), parser);
    }

    /** Every metric, in catalogue order. */
    public List<Metric> all() {
        return metrics;
    }

    /** The metric with this id. */
    public Optional<Metric> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The one metric a target text names; empty when it names none, or several on different wording
     * (use {@link #identifyAll(String)} for such texts).
     */
    public Optional<Metric> identify(String targetText) {
        // null is read as empty, as FoldedText reads it
        return identified.get(targetText == null ? "" : targetText, this::identifyUncached);
    }

    private Optional<Metric> identifyUncached(String targetText) {
        Texts t = new Texts(FoldedText.of(targetText));
        List<Metric> found = select(t, 0, t.folded.length());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Every quantity of a target text, each paired with the metric its clause names for it. A quantity
     * with no recognised metric is returned with an empty metric; a quantity whose wording names
     * several metrics equally is returned once per metric. In text order.
     */
    public List<MetricMention> identifyAll(String targetText) {
        return identifyAll(targetText, parser.parseAll(targetText));
    }

    /**
     * Like {@link #identifyAll(String)}, for the quantities already read from {@code targetText} (a bound
     * target's {@link io.github.reformplan.model.Target#quantities()}): each is paired with the metric
     * its place in the text names, without reading the text again.
     *
     * @param quantities quantities located in {@code targetText}, in text order
     */
    public List<MetricMention> identifyAll(String targetText, List<Quantity> quantities) {
        if (quantities.isEmpty()) {
            return List.of();
        }
        Mentions key = new Mentions(targetText == null ? "" : targetText, List.copyOf(quantities));
        return mentioned.get(key, k -> identifyAllUncached(k.text(), k.quantities()));
    }

    private List<MetricMention> identifyAllUncached(String targetText, List<Quantity> quantities) {
        FoldedText ft = FoldedText.of(targetText);
        Texts t = new Texts(ft);
        int n = quantities.size();
        int[] qs = new int[n];
        int[] qe = new int[n];
        for (int i = 0; i < n; i++) {
            Quantity q = quantities.get(i);
            qs[i] = ft.toFolded(q.offset());
            qe[i] = ft.toFolded(q.offset() + q.length());
        }
        List<MetricMention> out = new ArrayList<>();
        List<int[]> clauses = clauses(ft);
        int i = 0;
        for (int[] clause : clauses) {
            int first = i;
            while (i < n && qs[i] < clause[1]) {
                i++;
            }
            if (i > first) {
                pairClause(t, clause[0], clause[1], quantities, qs, qe, first, i, out);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private void pairClause(Texts t, int cs, int ce, List<Quantity> quantities, int[] qs, int[] qe,
            int from, int to, List<MetricMention> out) {
        if (to - from == 1) {
            List<Metric> found = narrow(t, select(t, cs, ce), cs, qs[from], ce);
            emit(out, quantities.get(from), found);
            return;
        }
        int n = to - from;
        int[] cut = new int[n - 1];
        for (int k = 0; k < n - 1; k++) {
            cut[k] = lastLeadIn(t.folded, qe[from + k], qs[from + k + 1]);
        }
        boolean wordingFirst = !select(t, cs, qs[from]).isEmpty();
        for (int k = 0; k < n; k++) {
            int q = from + k;
            int ps = k == 0 ? cs : cut[k - 1] >= 0 ? cut[k - 1] : wordingFirst ? qe[q - 1] : qs[q];
            int fe = k == n - 1 ? ce : cut[k] >= 0 ? cut[k] : wordingFirst ? qe[q] : qs[q + 1];
            List<Metric> found = narrow(t, select(t, ps, qs[q]), ps, qs[q], qs[q]);
            if (found.isEmpty()) {
                found = select(t, qe[q], fe);
            }
            if (found.isEmpty()) {
                found = select(t, ps, fe); // wording around the number: "số hóa 100% kết quả"
            }
            emit(out, quantities.get(q), found);
        }
    }

    /**
     * When several metrics are found in [start, end), prefers the wording that begins at the last
     * lead-in before the quantity ({@code ..., trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt 30%}).
     */
    private List<Metric> narrow(Texts t, List<Metric> found, int start, int quantityStart, int end) {
        if (found.size() < 2) {
            return found;
        }
        int leadIn = lastLeadIn(t.folded, start + 1, quantityStart);
        if (leadIn < 0) {
            return found;
        }
        List<Metric> narrowed = select(t, leadIn, end);
        return narrowed.isEmpty() ? found : narrowed;
    }

    private static void emit(List<MetricMention> out, Quantity q, List<Metric> found) {
        if (found.isEmpty()) {
            out.add(new MetricMention(q, Optional.empty()));
        } else {
            for (Metric m : found) {
                out.add(new MetricMention(q, Optional.of(m)));
            }
        }
    }

    private static int lastLeadIn(String folded, int start, int end) {
        if (start >= end) {
            return -1;
        }
        Matcher m = LEAD_IN.matcher(folded).region(start, end).useTransparentBounds(true);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** [start, end) of each clause in folded coordinates: split at ';', sentence ends and line breaks. */
    private static List<int[]> clauses(FoldedText ft) {
        String f = ft.folded();
        String original = ft.original();
        List<Integer> cuts = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(f);
        while (m.find()) {
            cuts.add(m.end());
        }
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028') {
                cuts.add(ft.toFolded(i));
            }
        }
        Collections.sort(cuts);
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut > start) {
                out.add(new int[] {start, cut});
                start = cut;
            }
        }
        out.add(new int[] {start, f.length()});
        return out;
    }

    /** The most specific metrics matched within [start, end) of the folded text. */
    private List<Metric> select(Texts t, int start, int end) {
        if (start >= end) {
            return List.of();
        }
        List<Covered> candidates = new ArrayList<>();
        for (Compiled c : compiled) {
            BitSet coverage = null;
            for (List<Keyword> alt : c.alternatives) {
                BitSet altCoverage = new BitSet();
                boolean all = true;
                for (Keyword p : alt) {
                    boolean any = false;
                    for (int[] span : t.occurrences(p)) {
                        if (span[0] >= start && span[1] <= end) {
                            altCoverage.set(span[0], span[1]);
                            any = true;
                        }
                    }
                    if (!any) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    if (coverage == null) {
                        coverage = new BitSet();
                    }
                    coverage.or(altCoverage);
                }
            }
            if (coverage != null) {
                candidates.add(new Covered(c.metric, coverage));
            }
        }
        List<Metric> maximal = new ArrayList<>();
        for (Covered a : candidates) {
            boolean dominated = false;
            for (Covered b : candidates) {
                if (a != b && strictlyContains(b.coverage, a.coverage)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                maximal.add(a.metric);
            }
        }
        return maximal;
    }

    private static boolean strictlyContains(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty() && !outer.equals(inner);
    }

    /** A folded text with the keyword occurrences found so far (per call, so no shared state). */
    private static final class Texts {
        final String folded;
        private final Map<Keyword, List<int[]>> occurrences = new HashMap<>();

        Texts(FoldedText ft) {
            this.folded = ft.folded();
        }

        List<int[]> occurrences(Keyword p) {
            return occurrences.computeIfAbsent(p, k -> {
                int from = k.searchFrom(folded, 0);
                if (from < 0) {
                    return List.of();
                }
                List<int[]> spans = new ArrayList<>();
                Matcher m = k.pattern().matcher(folded);
                while (from >= 0 && from <= folded.length() && m.find(from)) {
                    spans.add(new int[] {m.start(), m.end()});
                    from = k.searchFrom(folded, Math.max(m.end(), m.start() + 1));
                }
                return spans;
            });
        }
    }

    /** Compiles one keyword ({@code a|b}, {@code a ... b}) to a pattern over folded text. */
    static Pattern keyword(String keyword) {
        StringBuilder sb = new StringBuilder(WORD_START).append("(?:");
        String[] alternatives = keyword.split("\\|");
        for (int a = 0; a < alternatives.length; a++) {
            if (a > 0) {
                sb.append('|');
            }
            String[] parts = alternatives[a].split("\\.\\.\\.|\u2026");
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    sb.append(GAP);
                }
                String folded = VietnameseText.foldKey(parts[p]);
                if (folded.isEmpty()) {
                    throw new IllegalArgumentException("Empty part in metric keyword: " + keyword);
                }
                sb.append(phrase(folded));
            }
        }
        return Pattern.compile(sb.append(')').append(WORD_END).toString());
    }

    /** A folded phrase as a regex: spaces match any run of spaces, punctuation tolerates spaces around it. */
    private static String phrase(String folded) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (c == ' ') {
                boolean nearPunct = (i > 0 && isPunct(folded.charAt(i - 1)))
                        || (i + 1 < folded.length() && isPunct(folded.charAt(i + 1)));
                if (!nearPunct) {
                    sb.append("\\s+");
                }
            } else {
                sb.append("\\s*").append(Pattern.quote(String.valueOf(c))).append("\\s*");
            }
        }
        return sb.toString();
    }

    private static boolean isPunct(char c) {
        return c != ' ' && !Character.isLetterOrDigit(c);
    }

    private static Unit unit(String unit, String id) {
        if (unit == null) {
            throw new IllegalArgumentException("Metric " + id + " has no unit");
        }
        String u = unit.strip().toUpperCase(Locale.ROOT);
        for (Unit candidate : Unit.values()) {
            if (candidate.name().equals(u)) {
                return candidate;
            }
        }
        if (unit.strip().equals("%")) {
            return Unit.PERCENT;
        }
        throw new IllegalArgumentException("Metric " + id + ": unit must be percent, count or ratio, not " + unit);
    }

    // YAML shape of metrics.yaml
    static final class CatalogueFile {
        public List<MetricEntry> metrics;
    }

    static final class MetricEntry {
        public String id;
        public Names name;
        public String unit;
        public String area;
        public List<List<String>> wording;
    }

    static final class Names {
        public String en;
        public String vi;
    }
}
