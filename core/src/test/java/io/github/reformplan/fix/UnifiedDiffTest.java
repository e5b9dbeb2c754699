package io.github.reformplan.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.between("a", "b", "x\n", "x\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithTwoLinesOfContext() {
        String old = numbered(1, 10);
        String now = old.replace("line 5\n", "line five\n");
        assertThat(UnifiedDiff.between("a/p.yaml", "b/p.yaml", old, now)).isEqualTo("""
                --- a/p.yaml
                +++ b/p.yaml
                @@ -3,5 +3,5 @@
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                """);
    }

    @Test
    void changesFarApartMakeTwoHunksAndCloseOnesOne() {
        String old = numbered(1, 20);
        String now = old.replace("line 2\n", "line two\n").replace("line 6\n", "line six\n")
                .replace("line 18\n", "line eighteen\n");
        assertThat(UnifiedDiff.between("p", "p", old, now)).isEqualTo("""
                --- p
                +++ p
                @@ -1,8 +1,8 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                @@ -16,5 +16,5 @@
                 line 16
                 line 17
                -line 18
                +line eighteen
                 line 19
                 line 20
                """);
    }

    @Test
    void insertedAndDeletedLinesCountRight() {
        String old = numbered(1, 6);
        String now = "line 1\nline 2\nnew a\nnew b\nline 3\nline 4\nline 6\n";
        assertThat(UnifiedDiff.between("p", "p", old, now)).isEqualTo("""
                --- p
                +++ p
                @@ -1,6 +1,7 @@
                 line 1
                 line 2
                +new a
                +new b
                 line 3
                 line 4
                -line 5
                 line 6
                """);
        assertThat(UnifiedDiff.between("p", "p", "", "x\n")).isEqualTo("--- p\n+++ p\n@@ -0,0 +1 @@\n+x\n");
    }

    @Test
    void crlfLinesKeepTheirEndingsAndAMissingFinalNewlineIsSaid() {
        String old = "a\r\nb\r\nc";
        String now = "a\r\nB\r\nc";
        assertThat(UnifiedDiff.between("p", "p", old, now))
                .isEqualTo("--- p\r\n+++ p\r\n@@ -1,3 +1,3 @@\r\n a\r\n-b\r\n+B\r\n c\r\n\\ No newline at end of file\r\n");
    }

    @Test
    void theScriptIsMinimalOnALongFile() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add("l" + (i % 7) + "\n");
        }
        String old = String.join("", lines);
        lines.set(10, "changed\n");
        lines.set(2990, "changed too\n");
        String diff = UnifiedDiff.between("p", "p", old, String.join("", lines));
        assertThat(diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).hasSize(2);
        assertThat(diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))).hasSize(2);
        assertThat(diff).contains("@@ -9,5 +9,5 @@").contains("@@ -2989,5 +2989,5 @@");
    }
}
