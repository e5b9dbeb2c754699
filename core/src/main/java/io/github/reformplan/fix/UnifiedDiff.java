package io.github.reformplan.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff ({@code ---}/{@code +++} headers, {@code @@} hunks, two lines of context) between
 * two versions of a text, for {@code reformplan fix --dry-run}. Lines are compared and printed with
 * their own line endings; the lines the diff adds (headers, hunk headers, "\ No newline at end of
 * file") use the old text's line ending. Lines are matched with Myers' algorithm; a change too large
 * for it (over {@value #MAX_EDITS} edits) is shown as one replacement.
 */
public final class UnifiedDiff {

    /** Unchanged lines shown around each change. */
    public static final int CONTEXT = 2;
    static final int MAX_EDITS = 2000;

    private UnifiedDiff() {
    }

    private enum Kind { SAME, DELETE, INSERT }

    /** One line of the edit script; {@code a} and {@code b} are the 0-based line cursors before it. */
    private record Op(Kind kind, int a, int b, String line) {
    }

    /** The diff, or {@code ""} when the texts are equal. */
    public static String between(String oldLabel, String newLabel, String oldText, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        String eol = lineEnding(oldText.isEmpty() ? newText : oldText);
        List<Op> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldLabel).append(eol).append("+++ ").append(newLabel).append(eol);
        int i = 0;
        while (true) {
            int change = i;
            while (change < ops.size() && ops.get(change).kind == Kind.SAME) {
                change++;
            }
            if (change == ops.size()) {
                break;
            }
            int start = Math.max(i, change - CONTEXT);
            int end = change;
            while (true) {
                while (end < ops.size() && ops.get(end).kind != Kind.SAME) {
                    end++;
                }
                int same = end;
                while (same < ops.size() && ops.get(same).kind == Kind.SAME) {
                    same++;
                }
                if (same < ops.size() && same - end <= 2 * CONTEXT) {
                    end = same; // the next change is close: one hunk
                } else {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(out, ops.subList(start, end), eol);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops, String eol) {
        int oldCount = (int) ops.stream().filter(o -> o.kind != Kind.INSERT).count();
        int newCount = (int) ops.stream().filter(o -> o.kind != Kind.DELETE).count();
        Op first = ops.get(0);
        out.append("@@ -").append(range(first.a, oldCount)).append(" +").append(range(first.b, newCount))
                .append(" @@").append(eol);
        for (Op o : ops) {
            out.append(o.kind == Kind.SAME ? ' ' : o.kind == Kind.DELETE ? '-' : '+').append(o.line);
            if (!o.line.endsWith("\n") && !o.line.endsWith("\r")) {
                out.append(eol).append("\\ No newline at end of file").append(eol);
            }
        }
    }

    private static String range(int before, int count) {
        int start = count == 0 ? before : before + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    /** The lines of a text, each with its line ending ({@code \r\n}, {@code \n} or a lone {@code \r}). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** The text's first line ending, {@code \n} when it has none. */
    static String lineEnding(String text) {
        int nl = text.indexOf('\n');
        int cr = text.indexOf('\r');
        if (cr >= 0 && (nl < 0 || cr < nl)) {
            return nl == cr + 1 ? "\r\n" : "\r";
        }
        return "\n";
    }

    /** The edit script turning {@code a} into {@code b}: common ends, then Myers on the middle. */
    private static List<Op> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.SAME, i, i, a.get(i)));
        }
        List<String> ma = a.subList(prefix, a.size() - suffix);
        List<String> mb = b.subList(prefix, b.size() - suffix);
        List<Kind> middle = myers(ma, mb);
        int x = 0;
        int y = 0;
        for (Kind k : middle) {
            switch (k) {
                case SAME -> ops.add(new Op(k, prefix + x, prefix + y++, ma.get(x++)));
                case DELETE -> ops.add(new Op(k, prefix + x, prefix + y, ma.get(x++)));
                case INSERT -> ops.add(new Op(k, prefix + x, prefix + y, mb.get(y++)));
            }
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(Kind.SAME, a.size() - suffix + i, b.size() - suffix + i, a.get(a.size() - suffix + i)));
        }
        return ops;
    }

    /** Myers' O((N+M)D) shortest edit script; beyond {@link #MAX_EDITS}, delete all then insert all. */
    private static List<Kind> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        outer:
        for (int d = 0; d <= max; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break outer;
                }
            }
        }
        List<Kind> out = new ArrayList<>();
        if (found < 0) {
            for (int i = 0; i < n; i++) {
                out.add(Kind.DELETE);
            }
            for (int i = 0; i < m; i++) {
                out.add(Kind.INSERT);
            }
            return out;
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d); // v after d-1 rounds, for k in [-d-1, d+1]
            int k = x - y;
            int prevK = k == -d || k != d && prev[k - 1 + d + 1] < prev[k + 1 + d + 1] ? k + 1 : k - 1;
            int prevX = prev[prevK + d + 1];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                out.add(Kind.SAME);
                x--;
                y--;
            }
            out.add(x == prevX ? Kind.INSERT : Kind.DELETE);
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            out.add(Kind.SAME);
            x--;
            y--;
        }
        Collections.reverse(out);
        return out;
    }
}
