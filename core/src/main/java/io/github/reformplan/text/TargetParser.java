package io.github.reformplan.text;

import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.TargetValue;
import io.github.reformplan.model.Quantity.Comparator;
import io.github.reformplan.model.Quantity.Direction;
import io.github.reformplan.model.Quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measurable quantities of a Vietnamese target text ({@code chỉ tiêu}).
 *
 * <p>Immutable and thread-safe; the patterns are compiled once per class. Matching runs on the
 * {@linkplain FoldedText folded} text, so case, accents, NFD input and tone typos ({@code tối thiếu})
 * do not matter; offsets are reported in the text as given.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>comparators: {@code tối thiểu}, {@code ít nhất}, {@code không dưới}, {@code không ít hơn}
 *       ({@code >=}); {@code trên}, {@code hơn}, {@code cao hơn} ({@code >}); {@code đạt}, {@code bằng}
 *       or nothing ({@code =}); {@code khoảng}, {@code xấp xỉ}, {@code trên dưới} ({@code ~});
 *       {@code không quá}, {@code không vượt quá}, {@code tối đa} ({@code <=}); {@code dưới},
 *       {@code ít hơn}, {@code thấp hơn} ({@code <}); {@code từ X trở lên} or {@code từ X} alone
 *       ({@code >=}); {@code X trở xuống} ({@code <=}); {@code từ X đến Y}, {@code X - Y} (between;
 *       a leading {@code ít nhất} is absorbed: {@code ít nhất từ 02 đến 03 cuộc} is 2..3);</li>
 *   <li>fillers between comparator and number: {@code ít nhất có 03}, {@code tối thiểu đạt 80%};</li>
 *   <li>units: {@code %}, {@code phần trăm} (percent); {@code x/y} followed by its noun (ratio);
 *       a number followed by a noun (count, zero-padded {@code 03} is 3);</li>
 *   <li>numbers: decimal comma ({@code 2,5}); thousands dots ({@code 1.000}); a decimal point only
 *       before {@code %} ({@code 99.5%}); a space before {@code %} ({@code 75 %});</li>
 *   <li>direction: {@code tăng}/{@code giảm} right before the comparator or number is a change
 *       ({@code Giảm tối thiểu 2,5%}); {@code tăng lên}, {@code giảm xuống (còn)}, {@code giảm còn}
 *       state a level and give {@link Direction#NONE}; {@code từ 70% lên 80%} is the level 80%;</li>
 *   <li>a stray space inside a percentage ({@code trên 9 8%}) is joined only when the first part is a
 *       single digit standing alone, a comparator, {@code từ} or {@code đạt} comes right before it, and
 *       the joined value is at most 100; otherwise only the part next to {@code %} is read.</li>
 * </ul>
 *
 * <h2>What is not a quantity</h2>
 * <ul>
 *   <li>parts of document numbers and dates: {@code 63/2010/NĐ-CP}, {@code 06/QĐ-TTg}, {@code 12-NQ/TU},
 *       {@code 15/7/2021}, {@code ISO 9001:2015}, {@code 66.7/NQ-CP}, section numbers {@code 1.2.};</li>
 *   <li>a number (other than a percentage) right after {@code năm, ngày, tháng, quý, số, giai đoạn,
 *       nhiệm kỳ, lần thứ, điều, khoản, mục, phụ lục, nhóm, loại, mức độ, cấp, ISO}, a document type
 *       ({@code Quyết định 06}, {@code Đề án 06}) and no comparator;</li>
 *   <li>a bare year (1900–2100) unless a known counted noun follows; a ratio that reads as a date
 *       ({@code 30/11} without a known noun, {@code 6/2026});</li>
 *   <li>a number whose noun is a dimension, not a thing counted: ages ({@code dưới 40 tuổi} qualifies
 *       who is counted in {@code 50% cán bộ, công chức dưới 40 tuổi}), durations ({@code ngày, tháng,
 *       năm, quý, tuần, giờ}), money ({@code đồng, triệu, tỷ}), levels ({@code chính quyền 02 cấp}),
 *       {@code 2 chiều};</li>
 *   <li>a count with no comparator and no noun ({@code (1)}, a number at the end of the text).</li>
 * </ul>
 * A leading hyphen is a bullet, never a minus sign.
 */
public final class TargetParser {

    private static final TargetParser STANDARD = new TargetParser();

    private static final String NUM_START = "(?<![\\p{L}\\p{N}/])(?<!\\p{N}[.,:-])";
    private static final String NUM_END = "(?![\\p{L}\\p{N}]|[.,/:][\\p{L}\\p{N}]|-\\p{L})";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    private static final String PCT = "(?:%|\uFF05|phan\\s+tram(?![\\p{L}\\p{N}]))";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    private static final Map<String, Comparator> COMPARATOR_WORDS = comparatorWords();

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    static final Pattern QUANTITY = Pattern.compile(
            "(?:" + WORD_START + "(?<dir>giam|tang)"
                    + "(?:\\s+(?<lvl>(?:xuong|len)(?:\\s+(?:con|den|muc))?|con))?(?:\\s+them)?\\s+)?"
                    + "(?:" + WORD_START + "(?<dat>phan\\s+dau(?:\\s+dat)?|dat(?:\\s+(?:muc|ty\\s+le))?|bang|la|ty\\s+le)\\s+)?"
                    + "(?:" + WORD_START + "(?<cmp>" + alternation(COMPARATOR_WORDS.keySet()) + ")\\s+)?"
                    + "(?:(?:la|co|dat|duoc|bang|muc)\\s+)?"
                    + "(?:" + WORD_START + "(?<from>tu)\\s+)?"
                    + NUM_START
                    + "(?:(?<joined>\\d\\s\\d{1,2})(?=\\s*" + PCT + ")"
                    + "|(?<a>" + NUMBER + ")(?:/(?<b>" + NUMBER + "))?" + NUM_END + ")"
                    + "(?:\\s*(?<pct>" + PCT + "))?"
                    + "(?:(?:\\s+(?<sep>den|toi|len|xuong)\\s+|\\s*(?<dash>[-\u2013\u2014])\\s*)"
                    + NUM_START + "(?<a2>" + NUMBER + ")" + NUM_END + "(?:\\s*(?<pct2>" + PCT + "))?)?"
                    + "(?:\\s+(?<up>tro\\s+len)|\\s+(?<down>tro\\s+xuong))?"
                    + "(?![\\p{L}\\p{N}])");

    /**
     * The most words {@link #QUANTITY} can match before its number: direction, level and "thêm" (4), "phấn đấu
     * đạt" (3), the longest comparator, then "là" and "từ" (2).
     */
    private static final int PREFIX_WORDS = 4 + 3 + COMPARATOR_WORDS.keySet().stream()
            .mapToInt(w -> w.split(" ").length).max().orElse(0) + 2;

    /** Words that, right before a bare number, make it a label, a date or a document number. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            WORD_START + "(?:nam|ngay|thang|quy|(?<!tong )so|lan(?:\\s+thu)?|khoa|nhiem\\s+ky|giai\\s+doan"
                    + "|dieu|khoan|muc(?:\\s+do)?|phu\\s+luc|chuong|iso|tcvn|nhom|loai|hang|cap|buoc|phien\\s+ban"
                    + "|de\\s+an|quyet\\s+dinh|nghi\\s+dinh|nghi\\s+quyet|thong\\s+tu|chi\\s+thi|ket\\s+luan"
                    + "|cong\\s+van|van\\s+ban|to\\s+trinh|cong\\s+dien|ke\\s+hoach|chuong\\s+trinh|luat|top)"
                    + "\\s*[:.]?\\s*\\z");

    /** Nouns after which a number measures something other than a count of things. */
    private static final Set<String> NOT_COUNTED = Set.of(
            "cap", "tuoi", "ngay", "thang", "nam", "quy", "tuan", "gio", "phut", "giay", "chieu",
            "dong", "trieu", "ty", "nghin", "ngan", "km", "kg", "ha", "m", "m2", "cm");

    /**
     * Counted nouns recognised as a whole (longest first), with their written form. Short words that
     * fold onto a common other word ({@code sở}/{@code số}, {@code hạng}/{@code hàng}, {@code tin}/{@code tín})
     * are left out: they are still read as the noun, as written, but they do not vouch for a count.
     */
    private static final List<Noun> NOUNS = nouns(
            "xã, phường, thị trấn", "xã, phường, đặc khu", "xã, phường", "sáng kiến", "giải pháp", "cuộc",
            "lớp", "đợt", "lượt", "buổi", "đơn vị", "cơ quan", "xã", "phường", "chỉ tiêu", "nhiệm vụ", "nhóm",
            "văn bản", "hồ sơ", "thủ tục", "TTHC", "dịch vụ công", "dịch vụ", "mô hình", "người", "cán bộ",
            "công chức", "viên chức", "doanh nghiệp", "hợp tác xã", "hội nghị", "đề án", "UBND",
            "sở, ban, ngành", "tỉnh", "huyện", "thôn", "tổ dân phố", "cơ sở dữ liệu", "hệ thống", "nền tảng",
            "phần mềm", "lần", "bài", "đoàn", "tổ chức", "điểm", "bậc", "chỉ số", "chương trình",
            "kế hoạch", "báo cáo", "kiến nghị", "phản ánh", "tài liệu");

    /** The shared instance; equivalent to {@code new TargetParser()}. */
    public static TargetParser standard() {
        return STANDARD;
    }

    public TargetParser() {
        // stateless: everything is in the static patterns
    }

    /**
     * The first quantity of a target text, preferring a strong one: a percentage, a ratio, or a
     * number with an explicit comparator or direction comes before a bare count that precedes it.
     */
    public Optional<Quantity> parse(String text) {
        List<Candidate> all = scan(text);
        for (Candidate c : all) {
            if (c.strong) {
                return Optional.of(c.quantity);
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).quantity);
    }

    /** Every quantity in a target text, in text order; empty when there is none. */
    public List<Quantity> parseAll(String text) {
        return text == null || text.length() > CACHED_LENGTH ? quantities(text) : TEXTS.get(text, this::quantities);
    }

    /** Longer texts are not targets worded again elsewhere, and would make the cache large. */
    private static final int CACHED_LENGTH = 1_000;

    /** Target texts repeat across a year's plans: communes copy their province's wording. */
    private static final TextCache<String, List<Quantity>> TEXTS = new TextCache<>(4_096);

    private List<Quantity> quantities(String text) {
        List<Candidate> all = scan(text);
        List<Quantity> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            out.add(c.quantity);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * What a target states, as the model holds it ({@link Target#quantities()}): its explicit {@code value}
     * when that is well-formed, else every quantity of its text ({@link #parseAll(String)}).
     */
    public List<Quantity> quantities(Target target) {
        Optional<Quantity> explicit = explicit(target.value());
        return explicit.isPresent() ? List.of(explicit.get()) : parseAll(target.text() == null ? "" : target.text());
    }

    /**
     * The quantity a plan file's {@code value} states ({@code { comparator: ">=", amount: 75, unit: "%" }};
     * the unit is a percentage when absent); empty when it is incomplete or malformed, which is the schema's
     * finding.
     */
    public static Optional<Quantity> explicit(TargetValue v) {
        if (v == null || v.comparator() == null) {
            return Optional.empty();
        }
        try {
            Unit unit = v.unit() == null ? Unit.PERCENT : Unit.fromSymbol(v.unit());
            Comparator c = Comparator.fromSymbol(v.comparator());
            if (c == Comparator.BETWEEN) {
                return v.min() == null || v.max() == null ? Optional.empty()
                        : Optional.of(Quantity.between(v.min(), v.max(), unit, null));
            }
            return v.amount() == null ? Optional.empty() : Optional.of(Quantity.of(c, v.amount(), unit));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Candidate(Quantity quantity, boolean strong) {
    }

    private record Noun(String written, Pattern pattern) {
    }

    private List<Candidate> scan(String text) {
        FoldedText ft = FoldedText.of(text);
        String f = ft.folded();
        List<Candidate> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(f);
        int pos = 0;
        int from;
        while (pos <= f.length() && (from = searchFrom(f, pos)) >= 0 && m.find(from)) {
            int numStart = m.start("joined") >= 0 ? m.start("joined") : m.start("a");
            int numEnd = m.start("joined") >= 0 ? m.end("joined") : (m.end("b") >= 0 ? m.end("b") : m.end("a"));
            pos = numEnd; // default resume point: just past the first number
            Candidate c = read(m, ft, numStart, numEnd);
            if (c == null) {
                if (m.start("joined") >= 0) {
                    pos = m.start("joined") + 2; // retry with the part next to '%'
                }
                continue;
            }
            out.add(c);
            pos = Math.max(pos, ft.toFolded(c.quantity.offset() + c.quantity.length()));
        }
        return out;
    }

    /**
     * Where a search for {@link #QUANTITY} from {@code pos} may start without missing a match, or -1 when none
     * is left. Every match holds an ASCII digit and only words of letters come before its number, so no match
     * starts before the {@link #PREFIX_WORDS} words ahead of the next digit: the regex is not tried at every
     * position of a long text.
     */
    static int searchFrom(String f, int pos) {
        int digit = pos;
        while (digit < f.length() && (f.charAt(digit) < '0' || f.charAt(digit) > '9')) {
            digit++;
        }
        if (digit >= f.length()) {
            return -1;
        }
        int start = digit;
        int words = 0;
        while (start > pos) {
            char c = f.charAt(start - 1);
            if (Character.isWhitespace(c)) {
                start--;
            } else if (c >= 'a' && c <= 'z' && words < PREFIX_WORDS) {
                while (start > pos && f.charAt(start - 1) >= 'a' && f.charAt(start - 1) <= 'z') {
                    start--;
                }
                words++;
            } else {
                break;
            }
        }
        return start;
    }

    private Candidate read(Matcher m, FoldedText ft, int numStart, int numEnd) {
        String f = ft.folded();
        String dir = m.group("dir");
        String cmpWord = m.group("cmp");
        boolean from = m.group("from") != null;
        boolean dat = m.group("dat") != null;
        boolean percent = m.group("pct") != null;

        BigDecimal a;
        BigDecimal b = null;
        if (m.group("joined") != null) {
            a = new BigDecimal(m.group("joined").replace(" ", ""));
            boolean anchored = cmpWord != null || from || dat || dir != null;
            if (!anchored || a.compareTo(BigDecimal.valueOf(100)) > 0) {
                return null;
            }
        } else {
            a = number(m.group("a"), percent);
            if (a == null) {
                return null;
            }
            if (m.group("b") != null) {
                if (percent) {
                    return null;
                }
                b = number(m.group("b"), false);
                if (b == null) {
                    return null;
                }
            }
        }

        // the span ends after the unit, or after the range and 'trở lên' when they belong to it
        int spanEnd = m.end("pct") >= 0 ? m.end("pct") : numEnd;
        BigDecimal a2 = null;
        boolean levelChange = false;
        boolean rangeSep = m.group("sep") != null || m.group("dash") != null;
        if (rangeSep && b == null) {
            boolean percent2 = m.group("pct2") != null;
            BigDecimal second = number(m.group("a2"), percent || percent2);
            boolean years = !percent && !percent2 && isYear(a, m.group("a")) && isYear(second, m.group("a2"));
            if (second != null && !years && !(percent && !percent2 && isYear(second, m.group("a2")))) {
                String sep = m.group("sep");
                levelChange = "len".equals(sep) || "xuong".equals(sep);
                a2 = second;
                percent = percent || percent2;
                spanEnd = m.end("pct2") >= 0 ? m.end("pct2") : m.end("a2");
            }
        }
        boolean up = false;
        boolean down = false;
        if (a2 != null || !rangeSep) {
            if (m.group("up") != null) {
                up = true;
                spanEnd = m.end("up");
            } else if (m.group("down") != null) {
                down = true;
                spanEnd = m.end("down");
            }
        }

        boolean explicit = cmpWord != null || from || dir != null || a2 != null || up || down;
        Unit unit = percent ? Unit.PERCENT : b != null ? Unit.RATIO : Unit.COUNT;
        String noun = null;
        if (unit != Unit.PERCENT) {
            int[] word = nextWord(f, spanEnd);
            Noun known = knownNoun(f, word[0]);
            if (word[1] > word[0] && known == null && NOT_COUNTED.contains(f.substring(word[0], word[1]))
                    && !f.startsWith("ty le", word[0])) {
                return null; // age, duration, money, level: not a count of things
            }
            noun = known != null ? known.written : word[1] > word[0] ? ft.originalSlice(word[0], word[1]) : null;
            boolean labelled = !explicit && !dat && LABEL_BEFORE.matcher(f).region(Math.max(0, numStart - 40), numStart)
                    .useTransparentBounds(true).find();
            if (labelled) {
                return null;
            }
            if (unit == Unit.RATIO) {
                if (known == null && (isYear(b, m.group("b")) || isDayMonth(a, b))) {
                    return null;
                }
            } else {
                if (isYear(a, m.group("a")) && known == null && a2 == null) {
                    return null;
                }
                if (!explicit && (noun == null || a.scale() > 0)) {
                    return null;
                }
            }
        }

        Comparator comparator;
        BigDecimal amount = a;
        BigDecimal min = null;
        BigDecimal max = null;
        if (a2 != null && levelChange) {
            comparator = Comparator.EQUAL;
            amount = a2;
        } else if (a2 != null) {
            comparator = Comparator.BETWEEN;
            amount = null;
            min = a;
            max = a2;
        } else if (cmpWord != null) {
            comparator = COMPARATOR_WORDS.get(SPACES.matcher(cmpWord).replaceAll(" "));
        } else if (up || from) {
            comparator = Comparator.AT_LEAST;
        } else if (down) {
            comparator = Comparator.AT_MOST;
        } else {
            comparator = Comparator.EQUAL;
        }
        Direction direction = Direction.NONE;
        if (dir != null && m.group("lvl") == null && !levelChange) {
            direction = dir.equals("giam") ? Direction.DECREASE : Direction.INCREASE;
        }

        int spanStart = dir != null ? m.start("dir")
                : cmpWord != null ? m.start("cmp")
                : from ? m.start("from")
                : numStart;
        int offset = ft.toOriginal(spanStart);
        int length = ft.toOriginalEnd(spanEnd) - offset;

        Quantity q;
        if (unit == Unit.RATIO) {
            q = new Quantity(comparator, Quantity.percentOf(a, b), null, null, unit, noun, a, b, direction, offset, length);
        } else {
            q = new Quantity(comparator, amount, min, max, unit, unit == Unit.PERCENT ? null : noun,
                    null, null, direction, offset, length);
        }
        boolean strong = unit != Unit.COUNT || explicit;
        return new Candidate(q, strong);
    }

    /** [start, end) of the next word at or after {@code from} (skipping spaces); empty if none. */
    private static int[] nextWord(String f, int from) {
        int i = from;
        while (i < f.length() && f.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < f.length() && (Character.isLetter(f.charAt(j)) || (j > i && Character.isDigit(f.charAt(j))))) {
            j++;
        }
        return new int[] {i, j};
    }

    private static Noun knownNoun(String f, int at) {
        for (Noun n : NOUNS) {
            Matcher nm = n.pattern.matcher(f).region(at, f.length());
            nm.useTransparentBounds(true);
            if (nm.lookingAt()) {
                return n;
            }
        }
        return null;
    }

    /**
     * A number written with a decimal comma and optional thousands dots; a dot alone is a decimal point
     * only in a percentage. Null when the digits are not a number (a section number such as {@code 1.2}).
     */
    static BigDecimal number(String s, boolean percent) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf(',') >= 0) {
            if (t.indexOf(',') != t.lastIndexOf(',')) {
                return null;
            }
            if (t.indexOf('.') >= 0) {
                if (!GROUPED_THOUSANDS.matcher(t.substring(0, t.indexOf(','))).matches()) {
                    return null;
                }
                t = t.replace(".", "");
            }
            t = t.replace(',', '.');
        } else if (t.indexOf('.') >= 0) {
            if (GROUPED_THOUSANDS.matcher(t).matches()) {
                t = t.replace(".", "");
            } else if (!(percent && t.indexOf('.') == t.lastIndexOf('.'))) {
                return null;
            }
        }
        return new BigDecimal(t);
    }

    private static boolean isYear(BigDecimal n, String written) {
        return n != null && written != null && written.length() == 4 && n.scale() <= 0
                && n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    private static boolean isDayMonth(BigDecimal a, BigDecimal b) {
        return a.scale() <= 0 && b.scale() <= 0 && a.signum() > 0 && b.signum() > 0
                && a.compareTo(BigDecimal.valueOf(31)) <= 0 && b.compareTo(BigDecimal.valueOf(12)) <= 0;
    }

    private static Map<String, Comparator> comparatorWords() {
        Map<String, Comparator> m = new LinkedHashMap<>();
        for (String w : List.of("toi thieu", "it nhat", "khong duoi", "khong it hon", "khong thap hon")) {
            m.put(w, Comparator.AT_LEAST);
        }
        for (String w : List.of("tren", "hon", "nhieu hon", "cao hon", "lon hon")) {
            m.put(w, Comparator.MORE_THAN);
        }
        for (String w : List.of("khoang", "xap xi", "tren duoi")) {
            m.put(w, Comparator.ABOUT);
        }
        for (String w : List.of("khong qua", "khong vuot qua", "khong vuot", "toi da", "nhieu nhat",
                "khong cao hon", "khong nhieu hon", "khong lon hon")) {
            m.put(w, Comparator.AT_MOST);
        }
        for (String w : List.of("duoi", "it hon", "thap hon", "nho hon")) {
            m.put(w, Comparator.LESS_THAN);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A regex alternation of phrases, longest first, spaces matching any run of spaces. */
    private static String alternation(Set<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(java.util.Comparator.<String>comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String p : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(p.replace(" ", "\\s+"));
        }
        return sb.toString();
    }

    private static List<Noun> nouns(String... written) {
        List<Noun> out = new ArrayList<>();
        for (String w : written) {
            String key = VietnameseText.foldKey(w);
            String regex = Pattern.quote(key).replace(", ", "\\E\\s*,\\s*\\Q").replace(" ", "\\E\\s+\\Q");
            out.add(new Noun(w, Pattern.compile(regex + "(?![\\p{L}\\p{N}])")));
        }
        out.sort(java.util.Comparator.comparingInt((Noun n) -> n.written.length()).reversed());
        return List.copyOf(out);
    }
}
