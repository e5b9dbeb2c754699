package io.github.reformplan.agency;

import io.github.reformplan.text.TextCache;
import io.github.reformplan.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The agencies a plan may name, with their spellings and validity dates.
 *
 * <pre>{@code
 * AgencyRegistry registry = AgencyRegistry.builtIn().withExtra(Path.of("agencies.yaml"));
 * for (NamePart part : registry.split("Văn phòng UBND tỉnh, Sở KH&CN")) {
 *     registry.lookup(part.name()).ifPresentOrElse(
 *             m -> System.out.println(m.agency().id() + (m.canonical() ? "" : " (written " + m.written() + ")")),
 *             () -> System.out.println("unknown: " + part.text() + ", nearest " + registry.suggest(part.name(), 3)));
 * }
 * }</pre>
 *
 * <p><b>Lookup</b> compares names insensitive to case, spacing, Unicode form, tone placement, dash style
 * and {@code &} for {@code và}; then without accents; then the {@code patterns} of entries whose names
 * embed a place. When the whole text is not a known name, it looks for one inside it: before a trailing
 * parenthesis ({@code "Sở Tài chính (đối với các đơn vị SNCL)"}), on either side of a colon
 * ({@code "Sở Nội vụ: theo dõi, kiểm tra"}, {@code "Cơ quan thực hiện: Văn phòng Đăng ký đất đai"}),
 * before a role verb ({@code "Sở Nội vụ chủ trì đối với ..."}, {@code "UBND cấp xã thực hiện ..."}) and
 * before a place ({@code "Sở Tư pháp tỉnh Hà Tĩnh"}, {@code "UBND tỉnh Hà Tĩnh"}). The rest of the text is
 * returned as {@link AgencyMatch#remark()}.
 *
 * <p>Instances are immutable and thread-safe; build them once. Indexes are built in the constructor;
 * results of {@link #lookup} and {@link #split} are memoised in bounded caches.
 */
public final class AgencyRegistry {

    private static final String BUILT_IN = "/io/github/reformplan/data/agencies.yaml";
    private static final int MAX_DEPTH = 3;
    private static final int CACHE_LIMIT = 20_000;

    /**
     * Role phrases (folded) that may follow a name in a lead/support cell: "Sở Nội vụ chủ trì ...",
     * "UBND cấp xã thực hiện ...", "Các sở, ngành, đơn vị có đơn vị được ...".
     */
    private static final List<String[]> ROLE_WORDS = List.of(
            new String[] {"chu", "tri"}, new String[] {"phoi", "hop"}, new String[] {"thuc", "hien"},
            new String[] {"tong", "hop"}, new String[] {"theo", "doi"}, new String[] {"tham", "dinh"},
            new String[] {"huong", "dan"}, new String[] {"cho", "y", "kien"}, new String[] {"doi", "voi"},
            new String[] {"tham", "muu"}, new String[] {"trien", "khai"}, new String[] {"kiem", "tra"},
            new String[] {"bao", "cao"}, new String[] {"la", "co", "quan"}, new String[] {"co"});

    /** Level words that end a generic name ("Báo tỉnh"); the stem is what a place-named form begins with. */
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("\\s+(?:cấp\\s+)?(?:tỉnh|huyện|xã)$");
    private static final Pattern FOLDED_LEVEL_SUFFIX = Pattern.compile(" (?:tinh|huyen|xa|phuong|dac khu)$");

    private final List<List<Agency>> layers;
    private final List<Agency> agencies;
    private final Map<String, Agency> byId;
    private final Map<String, Agency> exact;
    private final Map<String, Agency> fold;
    private final List<PatternEntry> patterns;
    private final List<KeyEntry> suggestKeys;
    private final Map<String, String> nameKeys;
    private final Map<String, String> stemKeys;
    /** No name has more words than this; a longer head before a role word or place is not looked up. */
    private final int maxNameWords;
    /** Per commune body: the canonical keys of its name with a commune level word ("Văn phòng HĐND và UBND xã"). */
    private final Map<String, Set<String>> levelNameKeys;
    private final TextCache<String, Optional<AgencyMatch>> lookupCache = new TextCache<>(CACHE_LIMIT);
    private final TextCache<ScopedKey, Optional<AgencyMatch>> scopedCache = new TextCache<>(CACHE_LIMIT);
    private final TextCache<ScopedKey, List<String>> suggestCache = new TextCache<>(CACHE_LIMIT);
    private final TextCache<String, Boolean> strictCache = new TextCache<>(CACHE_LIMIT);
    private final TextCache<String, List<NamePart>> splitCache = new TextCache<>(CACHE_LIMIT);
    private final TextCache<String, Direct> directCache = new TextCache<>(CACHE_LIMIT);
    private final CellSplitter splitter = new CellSplitter(this);

    private record PatternEntry(Pattern pattern, Agency agency) {
    }

    private record KeyEntry(String key, Agency agency) {
    }

    /**
     * A name found in {@code text[start, end)}; {@code wholeEnd} is where the text it names ends: {@code end},
     * or the end of the place that qualifies it ("Sở Tư pháp tỉnh Hà Tĩnh", "Phòng Nội vụ huyện Hoằng Hóa").
     */
    private record Hit(Agency agency, int start, int end, boolean canonical, int wholeEnd) {
        Hit(Agency agency, int start, int end, boolean canonical) {
            this(agency, start, end, canonical, end);
        }

        Hit through(int placeEnd) {
            return new Hit(agency, start, end, canonical, placeEnd);
        }
    }

    /** A name (or a query) read in a scope, the key of the scoped caches. */
    private record ScopedKey(String name, LookupScope scope, int max) {
    }

    /** Commune level words a commune body's name may end with and stay canonical. */
    private static final List<String> COMMUNE_WORDS = List.of("xã", "phường", "đặc khu", "cấp xã");

    /** What a whole text names, memoised by text: name parts recur across cells ("Sở Nội vụ"). */
    private record Direct(Agency agency, boolean canonical) {
    }

    private static final Direct NO_DIRECT = new Direct(null, false);

    private record Ranked(Agency agency, int key, int layer) {
    }

    private AgencyRegistry(List<List<Agency>> layers) {
        this.layers = List.copyOf(layers);

        Map<String, Agency> ids = new LinkedHashMap<>();
        Map<String, Integer> idLayer = new HashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            Set<String> seen = new HashSet<>();
            for (Agency a : layers.get(l)) {
                if (!seen.add(a.id())) {
                    throw new AgencyDataException(source(l) + ": duplicate agency id '" + a.id() + "'");
                }
                ids.put(a.id(), a);
                idLayer.put(a.id(), l);
            }
        }
        for (Agency a : ids.values()) {
            for (String s : a.successors()) {
                if (s.equals(a.id()) || !ids.containsKey(s)) {
                    throw new AgencyDataException(source(idLayer.get(a.id())) + ": agency '" + a.id()
                            + "' names successor '" + s + "', which " + (s.equals(a.id()) ? "is itself" : "does not exist"));
                }
            }
        }
        this.agencies = List.copyOf(ids.values());
        this.byId = Map.copyOf(ids);

        List<Ranked> ranked = new ArrayList<>();
        for (Agency a : agencies) {
            ranked.add(new Ranked(a, ranked.size(), idLayer.get(a.id())));
        }
        ranked.sort(Comparator.comparingInt(Ranked::layer).thenComparingInt(Ranked::key));

        Map<String, Agency> exactIdx = new HashMap<>();
        Map<String, Integer> exactLayer = new HashMap<>();
        Map<String, Agency> foldIdx = new HashMap<>();
        Map<String, Integer> foldLayer = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<KeyEntry> keys = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (Ranked r : ranked) {
            Agency a = r.agency();
            names.put(a.id(), NameText.canonicalKey(a.name()));
            stems.put(a.id(), NameText.canonicalKey(LEVEL_SUFFIX.matcher(a.name()).replaceFirst("")));
            Set<String> folds = new HashSet<>();
            for (String text : allNames(a)) {
                String k = NameText.lookupKey(text);
                Agency old = exactIdx.get(k);
                if (old == null || exactLayer.get(k) < r.layer()) {
                    exactIdx.put(k, a);
                    exactLayer.put(k, r.layer());
                } else if (!old.id().equals(a.id())) {
                    throw new AgencyDataException(source(r.layer()) + ": the name '" + text + "' of agency '" + a.id()
                            + "' is already a name of agency '" + old.id() + "'");
                }
                String f = NameText.foldKey(text);
                folds.add(f);
                Agency oldFold = foldIdx.get(f);
                if (oldFold == null || foldLayer.get(f) < r.layer()) {
                    foldIdx.put(f, a);
                    foldLayer.put(f, r.layer());
                    ambiguous.remove(f);
                } else if (!oldFold.id().equals(a.id())) {
                    ambiguous.add(f); // same letters, other accents: only an accented spelling can tell them apart
                }
            }
            for (String f : folds) {
                keys.add(new KeyEntry(f, a));
            }
        }
        foldIdx.keySet().removeAll(ambiguous);
        this.exact = Map.copyOf(exactIdx);
        this.fold = Map.copyOf(foldIdx);
        this.suggestKeys = List.copyOf(keys);
        this.nameKeys = Map.copyOf(names);
        this.stemKeys = Map.copyOf(stems);
        Map<String, Set<String>> levelNames = new HashMap<>();
        for (Agency a : agencies) {
            if (a.level() == AgencyLevel.COMMUNE && !LEVEL_SUFFIX.matcher(a.name()).find()) {
                Set<String> keys2 = new HashSet<>();
                for (String w : COMMUNE_WORDS) {
                    keys2.add(NameText.canonicalKey(a.name() + " " + w));
                }
                levelNames.put(a.id(), Set.copyOf(keys2));
            }
        }
        this.levelNameKeys = Map.copyOf(levelNames);
        int words = 0;
        for (Agency a : agencies) {
            for (String text : allNames(a)) {
                words = Math.max(words, text.split(" ").length);
            }
        }
        this.maxNameWords = words + 2; // room for a pattern's place name

        List<Ranked> byPriority = new ArrayList<>(ranked);
        byPriority.sort(Comparator.comparingInt((Ranked r) -> -r.layer()).thenComparingInt(Ranked::key));
        List<PatternEntry> pats = new ArrayList<>();
        for (Ranked r : byPriority) { // user layers first: their patterns win over built-in ones
            for (String p : r.agency().patterns()) {
                try {
                    pats.add(new PatternEntry(Pattern.compile(p), r.agency()));
                } catch (PatternSyntaxException e) {
                    throw new AgencyDataException(source(r.layer()) + ": agency '" + r.agency().id()
                            + "' has an invalid pattern '" + p + "': " + e.getDescription(), e);
                }
            }
        }
        this.patterns = List.copyOf(pats);
    }

    /** The built-in registry (loaded once, then shared). */
    public static AgencyRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * This registry plus the agencies of a YAML file in the built-in format (a mapping {@code agencies:}
     * with a list, or a bare list). An entry whose id is already known replaces that agency entirely
     * (its names, dates and successors); a user's name or pattern wins over a built-in one.
     *
     * @throws AgencyDataException when the file cannot be read or its entries are invalid
     */
    public AgencyRegistry withExtra(Path yamlFile) {
        Objects.requireNonNull(yamlFile, "yamlFile");
        return withExtra(AgencyYaml.read(yamlFile));
    }

    /**
     * This registry plus the given agencies, with the override rules of {@link #withExtra(Path)}.
     *
     * @throws AgencyDataException when the agencies are inconsistent (duplicate id, unknown successor,
     *                             two of them claiming the same name, invalid pattern)
     */
    public AgencyRegistry withExtra(List<Agency> extra) {
        Objects.requireNonNull(extra, "extra");
        if (extra.isEmpty()) {
            return this;
        }
        List<List<Agency>> next = new ArrayList<>(layers);
        next.add(List.copyOf(extra));
        return new AgencyRegistry(next);
    }

    /** Every agency, built-in ones in data-file order, then those added by {@link #withExtra}. */
    public List<Agency> agencies() {
        return agencies;
    }

    /** The agency with that id. */
    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The agencies that took over the work of {@code agency}, main successor first (empty when none). */
    public List<Agency> successorsOf(Agency agency) {
        Objects.requireNonNull(agency, "agency");
        Agency current = byId.getOrDefault(agency.id(), agency);
        List<Agency> out = new ArrayList<>(current.successors().size());
        for (String id : current.successors()) {
            Agency s = byId.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Finds the agency a name refers to. Leading bullets ({@code "- "}, {@code "+ "}, {@code "•"}) and
     * list numbering, and trailing {@code . ; ,} are ignored. See the class comment for what else is
     * tolerated.
     *
     * @return the match, or empty when no known agency is named
     */
    public Optional<AgencyMatch> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return lookupCache.get(name, n -> find(n, true));
    }

    /**
     * Finds the agency a name refers to, read in a plan's scope: in a commune's plan a name that is a commune
     * body's with the level word added ("Phòng Kinh tế", "Trung tâm Phục vụ hành chính công") is that body,
     * written canonically, when the body exists on the scope's day; otherwise as {@link #lookup(String)}.
     *
     * @return the match, or empty when no known agency is named
     */
    public Optional<AgencyMatch> lookup(String name, LookupScope scope) {
        if (name == null) {
            return Optional.empty();
        }
        if (scope == null || scope.level() != AgencyLevel.COMMUNE) {
            return lookup(name);
        }
        ScopedKey key = new ScopedKey(name, scope, 0);
        return scopedCache.get(key, k -> communeLookup(name, scope));
    }

    private Optional<AgencyMatch> communeLookup(String name, LookupScope scope) {
        String suffix = " xã";
        Optional<AgencyMatch> own = lookup(name + suffix).filter(m -> m.agency().level() == AgencyLevel.COMMUNE
                && m.remark().isEmpty() && m.written().endsWith(suffix)
                && (scope.on() == null || m.agency().existsOn(scope.on())));
        if (own.isPresent()) {
            String written = own.get().written();
            return Optional.of(new AgencyMatch(own.get().agency(), written.substring(0, written.length() - suffix.length()),
                    true, "", AgencyMatch.How.EXACT));
        }
        return lookup(name);
    }

    /**
     * Whether {@code text} names an agency. With {@code swallow} false, only a name that makes up the
     * whole text (give or take a trailing parenthesis or place) counts, so that "Sở A, Sở B" is not
     * read as "Sở A" with the remark ", Sở B".
     */
    boolean recognises(String text, boolean swallow) {
        if (swallow) {
            return lookup(text).isPresent();
        }
        return strictCache.get(text, t -> find(t, false).isPresent());
    }

    /**
     * The canonical names nearest to an unknown name, nearest first: edit distance between fold keys
     * (accents, case and punctuation style ignored) against every name and alias, within about a third
     * of the name's length. Never an agency that ceases (see {@link #suggest(String, int, LookupScope)}).
     *
     * @param max at most this many names
     */
    public List<String> suggest(String unknownName, int max) {
        return suggest(unknownName, max, LookupScope.ANY);
    }

    /**
     * The canonical names nearest to an unknown name, in a plan's scope: as {@link #suggest(String, int)}, but
     * the bodies of the scope's level (and those of no level) come before others at a distance one or two
     * larger, a commune plan's name is also compared with its level word added ("Ủy ban MTTQ" as "Ủy ban MTTQ
     * xã"), and an agency that ceases or does not exist yet on the scope's day is never suggested. Results are
     * memoised: a plan repeats its unknown names, and the search runs over every name of the registry.
     *
     * @param max at most this many names
     */
    public List<String> suggest(String unknownName, int max, LookupScope scope) {
        if (unknownName == null || max <= 0) {
            return List.of();
        }
        LookupScope sc = scope == null ? LookupScope.ANY : scope;
        ScopedKey key = new ScopedKey(unknownName, sc, max);
        return suggestCache.get(key, k -> nearest(unknownName, max, sc));
    }

    private List<String> nearest(String unknownName, int max, LookupScope scope) {
        int[] span = NameText.trim(unknownName, 0, unknownName.length());
        String q = NameText.foldKey(unknownName.substring(span[0], span[1]));
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> queries = new ArrayList<>(2);
        queries.add(q);
        if (scope.level() == AgencyLevel.COMMUNE && !FOLDED_LEVEL_SUFFIX.matcher(q).find()) {
            queries.add(q + " xa");
        }
        int threshold = Math.max(2, Math.round(q.length() * 0.3f));
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        Map<Agency, Integer> best = new HashMap<>();
        for (KeyEntry k : suggestKeys) {
            if (!scope.admits(k.agency())) {
                continue;
            }
            for (String query : queries) {
                if (Math.abs(k.key().length() - query.length()) > threshold) {
                    continue;
                }
                int d = distance.apply(query, k.key());
                if (d >= 0) {
                    best.merge(k.agency(), d + levelPenalty(k.agency(), scope), Math::min);
                }
            }
        }
        return best.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Agency, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().name()))
                .map(e -> e.getKey().name())
                .distinct()
                .limit(max)
                .toList();
    }

    /** 0 for a body of the scope's level or of none; 2 for another level, so the plan's own bodies come first. */
    private static int levelPenalty(Agency a, LookupScope scope) {
        if (scope.level() == AgencyLevel.ANY || a.level() == AgencyLevel.ANY || a.level() == scope.level()) {
            return 0;
        }
        return 2;
    }

    /**
     * Splits a table cell or list item into agency names: on {@code ;}, line breaks and bullets
     * ({@code "- "}, {@code "+ "}, {@code "•"} at the start of a line or after {@code .} or {@code :}),
     * and on commas only where the registry recognises the comma-separated parts as agencies. Names that
     * contain commas ("Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành cấp tỉnh") stay whole, and
     * a run of unrecognised parts stays together as one unknown name.
     *
     * <p>Also: a heading ending in a colon that is not an agency ("Cơ quan thực hiện tự đánh giá:",
     * "Cơ quan chủ trì, chỉ đạo: Sở ...") is dropped and the names after it kept; "Sở Nội vụ: theo dõi,
     * kiểm tra" stays one part; the enumerated form "Các Sở: Tài chính, Tư pháp, Khoa học và Công nghệ"
     * gives one part per department, with {@link NamePart#name()} "Sở Tài chính" etc.
     */
    public List<NamePart> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return splitCache.get(cell, c -> List.copyOf(splitter.split(c)));
    }

    // ------------------------------------------------------------------------------------------
    // lookup internals

    private Optional<AgencyMatch> find(String s, boolean swallow) {
        int[] span = NameText.trim(s, 0, s.length());
        if (NameText.isEmpty(span)) {
            return Optional.empty();
        }
        Hit h = resolve(s, span[0], span[1], swallow, 0);
        if (h == null) {
            return Optional.empty();
        }
        String remark = (stripRemark(s.substring(span[0], h.start())) + " " + stripRemark(s.substring(h.end(), span[1]))).strip();
        boolean whole = h.start() == span[0] && h.wholeEnd() == span[1];
        AgencyMatch.How how = !whole ? AgencyMatch.How.CONTAINED : h.canonical() ? AgencyMatch.How.EXACT : AgencyMatch.How.ALIAS;
        return Optional.of(new AgencyMatch(h.agency(), s.substring(h.start(), h.end()), h.canonical(), remark, how));
    }

    private Hit resolve(String s, int a, int b, boolean swallow, int depth) {
        Hit h = direct(s, a, b);
        if (h != null || depth >= MAX_DEPTH) {
            return h;
        }
        if (s.charAt(b - 1) == ')') {
            int open = matchingOpen(s, a, b - 1);
            if (open > a) {
                h = resolveSpan(s, NameText.trim(s, a, open), swallow, depth);
                if (h != null) {
                    return h;
                }
            }
        }
        if (swallow) {
            int colon = CellSplitter.topLevelIndexOf(s, a, b, ':');
            if (colon >= 0) {
                h = resolveSpan(s, NameText.trim(s, a, colon), true, depth);
                if (h == null) {
                    h = resolveSpan(s, NameText.trim(s, colon + 1, b), true, depth);
                }
                if (h != null) {
                    return h;
                }
            }
            h = beforeRoleWord(s, a, b, depth);
            if (h != null) {
                return h;
            }
        }
        return beforePlace(s, a, b, depth);
    }

    private Hit resolveSpan(String s, int[] span, boolean swallow, int depth) {
        return NameText.isEmpty(span) ? null : resolve(s, span[0], span[1], swallow, depth + 1);
    }

    private Hit direct(String s, int a, int b) {
        String t = s.substring(a, b);
        Direct d = directCache.get(t, this::directUncached);
        return d == NO_DIRECT ? null : new Hit(d.agency(), a, b, d.canonical());
    }

    /** The whole text as a name: exact key, then accent-free key, then patterns. */
    private Direct directUncached(String t) {
        Agency ag = exact.get(NameText.lookupKey(t));
        if (ag != null) {
            String key = NameText.canonicalKey(t);
            return new Direct(ag, key.equals(nameKeys.get(ag.id()))
                    || levelNameKeys.getOrDefault(ag.id(), Set.of()).contains(key));
        }
        String f = NameText.foldKey(t);
        ag = fold.get(f);
        if (ag != null) {
            return new Direct(ag, false);
        }
        for (PatternEntry p : patterns) {
            if (p.pattern().matcher(f).matches()) {
                String key = NameText.canonicalKey(t);
                String stem = stemKeys.get(p.agency().id());
                return new Direct(p.agency(), key.equals(nameKeys.get(p.agency().id())) || key.startsWith(stem + " "));
            }
        }
        return NO_DIRECT;
    }

    /** "Sở Nội vụ chủ trì đối với ...": the longest head before a role phrase that is a name. */
    private Hit beforeRoleWord(String s, int a, int b, int depth) {
        List<int[]> tokens = tokens(s, a, b);
        List<String> folded = foldedTokens(s, tokens);
        for (int i = Math.min(tokens.size() - 1, maxNameWords); i >= 1; i--) {
            if (startsRole(folded, i)) {
                Hit h = resolveSpan(s, NameText.trim(s, a, tokens.get(i)[0]), false, depth);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    private static boolean startsRole(List<String> folded, int i) {
        for (String[] role : ROLE_WORDS) {
            if (i + role.length <= folded.size()) {
                boolean match = true;
                for (int k = 0; k < role.length && match; k++) {
                    match = role[k].equals(folded.get(i + k));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Sở Tư pháp tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh", "Sở Nội vụ tỉnh", "Phòng Nội vụ huyện Hoằng Hóa",
     * "Phòng Tài chính - Kế hoạch huyện": the name before the place, with or without its level word, naming
     * the whole text (the place is part of what it names). A name found without the level word counts only
     * when the level word is its agency's ("Phòng Nội vụ" is a district office: "Phòng Nội vụ tỉnh" is not
     * it). Canonical when either form is the canonical name.
     */
    private Hit beforePlace(String s, int a, int b, int depth) {
        List<int[]> tokens = tokens(s, a, b);
        List<String> folded = foldedTokens(s, tokens);
        int n = tokens.size();
        for (int i = Math.min(n - 1, maxNameWords); i >= 1; i--) {
            if (!Character.isLowerCase(s.charAt(tokens.get(i)[0])) && !folded.get(i).equals("tp")) {
                continue;
            }
            int words = levelWord(folded, i);
            if (words == 0) {
                continue;
            }
            int after = i + words;
            int kwEnd = tokens.get(after - 1)[1];
            if (",;:()".indexOf(s.charAt(kwEnd - 1)) >= 0 || !isPlace(s, kwEnd, b)) {
                continue; // "Sở, ban, ngành cấp tỉnh, UBND cấp xã": a list, not a place
            }
            List<int[]> heads = new ArrayList<>(2);
            int bare; // index in heads of the head without the level word
            if (after == n) {
                int from = i >= 2 && folded.get(i - 1).equals("cap") ? i - 1 : i;
                heads.add(NameText.trim(s, a, tokens.get(from)[0]));
                bare = 0;
            } else {
                if (!Character.isUpperCase(s.codePointAt(tokens.get(after)[0]))) {
                    continue;
                }
                heads.add(NameText.trim(s, a, tokens.get(after - 1)[1]));
                heads.add(NameText.trim(s, a, tokens.get(i)[0]));
                bare = 1;
            }
            for (int k = 0; k < heads.size(); k++) {
                Hit h = resolveSpan(s, heads.get(k), false, depth);
                if (h == null || k == bare && !levelFits(h.agency(), folded, i)) {
                    continue;
                }
                if (!h.canonical()) {
                    for (int[] other : heads) {
                        if (!NameText.isEmpty(other) && NameText.canonicalKey(s.substring(other[0], other[1]))
                                .equals(nameKeys.get(h.agency().id()))) {
                            return new Hit(h.agency(), other[0], other[1], true, b);
                        }
                    }
                }
                return h.wholeEnd() == heads.get(k)[1] ? h.through(b) : h;
            }
        }
        return null;
    }

    /** Whether the level word at {@code i} is the agency's level ("huyện" for a district office). */
    private static boolean levelFits(Agency agency, List<String> folded, int i) {
        AgencyLevel level = agency.level();
        if (level == AgencyLevel.ANY) {
            return true;
        }
        String w = folded.get(i);
        switch (w) {
            case "tinh":
                return level == AgencyLevel.PROVINCE;
            case "huyen":
                return level == AgencyLevel.DISTRICT;
            case "xa", "phuong", "dac":
                return level == AgencyLevel.COMMUNE;
            case "thi":
                return level == (folded.get(i + 1).equals("xa") ? AgencyLevel.DISTRICT : AgencyLevel.COMMUNE);
            default: // "thành phố": a province's city or a district's
                return level == AgencyLevel.PROVINCE || level == AgencyLevel.DISTRICT;
        }
    }

    /** A place name holds no list punctuation. */
    private static boolean isPlace(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (",;:()".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens a level word takes at {@code i} ("tỉnh" 1, "thành phố" 2), or 0. */
    private static int levelWord(List<String> folded, int i) {
        String w = folded.get(i);
        String next = i + 1 < folded.size() ? folded.get(i + 1) : "";
        switch (w) {
            case "tinh", "huyen", "xa", "phuong", "tp":
                return 1;
            case "thanh":
                return next.equals("pho") ? 2 : 0;
            case "thi":
                return next.equals("xa") || next.equals("tran") ? 2 : 0;
            case "dac":
                return next.equals("khu") ? 2 : 0;
            default:
                return 0;
        }
    }

    private static List<int[]> tokens(String s, int a, int b) {
        List<int[]> out = new ArrayList<>();
        int i = a;
        while (i < b) {
            while (i < b && NameText.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < b && !NameText.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static List<String> foldedTokens(String s, List<int[]> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int[] t : tokens) {
            String f = VietnameseText.foldKey(s.substring(t[0], t[1]));
            int end = f.length();
            while (end > 0 && !Character.isLetterOrDigit(f.charAt(end - 1))) {
                end--;
            }
            out.add(f.substring(0, end));
        }
        return out;
    }

    private static int matchingOpen(String s, int a, int close) {
        int depth = 0;
        for (int i = close; i >= a; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripRemark(String r) {
        int a = 0;
        int b = r.length();
        while (a < b && (NameText.isSpace(r.charAt(a)) || ":;,.-–".indexOf(r.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (NameText.isSpace(r.charAt(b - 1)) || ":;,.-–".indexOf(r.charAt(b - 1)) >= 0)) {
            b--;
        }
        return r.substring(a, b);
    }

    private static List<String> allNames(Agency a) {
        List<String> out = new ArrayList<>(a.aliases().size() + 1);
        out.add(a.name());
        out.addAll(a.aliases());
        return out;
    }

    private static String source(int layer) {
        return layer == 0 ? "built-in agencies" : "extra agencies #" + layer;
    }

    private static final class BuiltIn {
        static final AgencyRegistry INSTANCE = load();

        private static AgencyRegistry load() {
            try (InputStream in = AgencyRegistry.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new AgencyDataException("built-in agency data " + BUILT_IN + " is missing from the class path");
                }
                return new AgencyRegistry(List.of(List.copyOf(AgencyYaml.read(in, BUILT_IN))));
            } catch (IOException e) {
                throw new AgencyDataException("cannot read built-in agency data " + BUILT_IN, e);
            }
        }
    }
}
