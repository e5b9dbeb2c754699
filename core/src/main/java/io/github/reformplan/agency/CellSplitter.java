package io.github.reformplan.agency;

import io.github.reformplan.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cell-splitting algorithm of {@link AgencyRegistry#split(String)}. */
final class CellSplitter {

    /** Beyond this many comma-separated pieces an item is not split on commas (it is prose, not a list). */
    private static final int MAX_PIECES = 40;
    /** Unrecognised pieces weigh more than any number of segments: first fewest unknowns, then fewest parts. */
    private static final long UNKNOWN_WEIGHT = 1_000;
    /** "Các Sở:" / "các sở:" / "Bộ:" opening an enumeration; checked on the fold key after matching. */
    private static final Pattern ENUMERATION = Pattern.compile("(?:(\\S{3,6})\\s+)?(\\S{2,6})\\s*:\\s*");

    private final AgencyRegistry registry;

    CellSplitter(AgencyRegistry registry) {
        this.registry = registry;
    }

    List<NamePart> split(String cell) {
        List<NamePart> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (NameText.isLineBreak(c) || c == ';' && depth == 0) {
                item(cell, start, i, out);
                start = i + 1;
                depth = 0;
            } else if (i > start && depth == 0 && isBullet(cell, start, i)) {
                item(cell, start, i, out);
                start = i;
            }
        }
        item(cell, start, cell.length(), out);
        return out;
    }

    /** A bullet starts a new item: "•" anywhere, "- " / "+ " after "." or ":" ("Sở Lao động - Thương binh" is no bullet). */
    private static boolean isBullet(String s, int itemStart, int i) {
        char c = s.charAt(i);
        if (NameText.HARD_BULLETS.indexOf(c) >= 0) {
            return true;
        }
        if (NameText.SOFT_BULLETS.indexOf(c) < 0 || i + 1 >= s.length() || !NameText.isSpace(s.charAt(i + 1))) {
            return false;
        }
        int p = i - 1;
        while (p >= itemStart && NameText.isSpace(s.charAt(p))) {
            p--;
        }
        return p >= itemStart && (s.charAt(p) == '.' || s.charAt(p) == ':');
    }

    private void item(String cell, int from, int to, List<NamePart> out) {
        int[] t = NameText.trim(cell, from, to);
        if (NameText.isEmpty(t)) {
            return;
        }
        int a = t[0];
        int b = t[1];

        Matcher m = ENUMERATION.matcher(cell).region(a, b);
        if (m.lookingAt() && isEnumerationHead(m)) {
            String prefix = VietnameseText.foldKey(m.group(2)).equals("so") ? "Sở " : "Bộ ";
            List<int[]> segments = new ArrayList<>();
            if (segment(cell, m.end(), b, prefix, segments)) {
                for (int[] seg : segments) {
                    String text = cell.substring(seg[0], seg[1]);
                    out.add(new NamePart(text, seg[0], prefix + text));
                }
                return;
            }
        }

        int colon = topLevelIndexOf(cell, a, b, ':');
        if (colon >= 0) {
            int[] before = NameText.trim(cell, a, colon);
            if (NameText.isEmpty(before) || !registry.recognises(cell.substring(before[0], before[1]), true)) {
                item(cell, colon + 1, b, out); // a heading: the names follow it
                return;
            }
            int[] after = NameText.trim(cell, colon + 1, b);
            int end = NameText.isEmpty(after) ? before[1] : b; // "Sở Nội vụ:" alone is just the name
            out.add(new NamePart(cell.substring(a, end), a));
            return;
        }

        List<int[]> segments = new ArrayList<>();
        segment(cell, a, b, "", segments);
        for (int[] seg : segments) {
            out.add(new NamePart(cell.substring(seg[0], seg[1]), seg[0]));
        }
    }

    private static boolean isEnumerationHead(Matcher m) {
        String head = VietnameseText.foldKey(m.group(2));
        return (head.equals("so") || head.equals("bo"))
                && (m.group(1) == null || VietnameseText.foldKey(m.group(1)).equals("cac"));
    }

    /**
     * Splits {@code [a, b)} on top-level commas where the parts are known names: the segmentation with
     * the fewest unrecognised pieces, then the fewest segments. Adds the segments' spans to {@code out}
     * and returns whether every segment is a known name.
     */
    private boolean segment(String cell, int a, int b, String prefix, List<int[]> out) {
        List<int[]> pieces = new ArrayList<>();
        int start = a;
        int depth = 0;
        for (int i = a; i < b; i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                pieces.add(new int[] {start, i});
                start = i + 1;
            }
        }
        pieces.add(new int[] {start, b});

        int n = pieces.size();
        if (n > 1 && n <= MAX_PIECES) {
            int[] whole = NameText.trim(cell, a, b);
            if (!NameText.isEmpty(whole) && registry.recognises(prefix + cell.substring(whole[0], whole[1]), false)) {
                out.add(whole); // one recognised segment is the optimum: skip the search
                return true;
            }
        }
        if (n == 1 || n > MAX_PIECES) {
            int[] t = NameText.trim(cell, a, b);
            if (NameText.isEmpty(t)) {
                return true;
            }
            out.add(t);
            return registry.recognises(prefix + cell.substring(t[0], t[1]), n == 1);
        }

        boolean[] single = new boolean[n];
        for (int k = 0; k < n; k++) {
            int[] t = NameText.trim(cell, pieces.get(k)[0], pieces.get(k)[1]);
            single[k] = !NameText.isEmpty(t) && registry.recognises(prefix + cell.substring(t[0], t[1]), true);
        }
        long[] cost = new long[n + 1];
        int[] back = new int[n + 1];
        boolean[] known = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            cost[i] = Long.MAX_VALUE;
            for (int j = 0; j < i; j++) {
                int[] t = NameText.trim(cell, pieces.get(j)[0], pieces.get(i - 1)[1]);
                boolean empty = NameText.isEmpty(t);
                boolean recognised = empty || (i - j == 1 ? single[j] : multi(prefix + cell.substring(t[0], t[1]), single, j, i));
                long c = cost[j] + (recognised ? 0 : UNKNOWN_WEIGHT * (i - j)) + (empty ? 0 : 1);
                if (c < cost[i]) {
                    cost[i] = c;
                    back[i] = j;
                    known[i] = recognised;
                }
            }
        }
        List<int[]> segs = new ArrayList<>();
        boolean all = true;
        for (int i = n; i > 0; i = back[i]) {
            int[] t = NameText.trim(cell, pieces.get(back[i])[0], pieces.get(i - 1)[1]);
            if (!NameText.isEmpty(t)) {
                segs.add(0, t);
            }
            all &= known[i];
        }
        out.addAll(segs);
        return all;
    }

    /**
     * Whether pieces {@code [j, i)} together name one agency: the whole text is a name (give or take a
     * trailing parenthesis or place), or it is a name followed by a remark that runs on over commas
     * ("Sở Nội vụ cho ý kiến/ trình ..., quy định ..."), provided no later piece is a name of its own
     * ("Sở A phối hợp, Sở B" is two names).
     */
    private boolean multi(String text, boolean[] single, int j, int i) {
        if (registry.recognises(text, false)) {
            return true;
        }
        for (int k = j + 1; k < i; k++) {
            if (single[k]) {
                return false;
            }
        }
        return registry.recognises(text, true);
    }

    /** First index of {@code c} in {@code [a, b)} outside parentheses, or -1. */
    static int topLevelIndexOf(String s, int a, int b, char c) {
        int depth = 0;
        for (int i = a; i < b; i++) {
            char x = s.charAt(i);
            if (x == '(') {
                depth++;
            } else if (x == ')') {
                depth = Math.max(0, depth - 1);
            } else if (x == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
