package io.github.reformplan.fix;

import static io.github.reformplan.fix.FixTestSupport.offsetOf;
import static io.github.reformplan.fix.FixTestSupport.replace;
import static io.github.reformplan.fix.FixTestSupport.test;
import static io.github.reformplan.fix.FixTestSupport.text;
import static io.github.reformplan.fix.FixTestSupport.valueAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourcePatcherTest {

    private static final SourcePatcher PATCHER = new SourcePatcher();

    /**
     * Replaces the value at {@code pointer} and checks the output is the input with exactly
     * {@code oldSource} (found where the reader locates the value) turned into {@code newSource},
     * and that reading the output back gives the new value there.
     */
    private static void assertSplice(String file, boolean json, String pointer, String oldSource, String newValue,
            String newSource) {
        String in = text(file);
        int at = offsetOf(in, json, pointer);
        assertThat(in.substring(at)).as("fixture: source at " + pointer).startsWith(oldSource);
        PatchResult r = PATCHER.apply(in, json, List.of(replace(pointer, newValue)));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.text()).isEqualTo(in.substring(0, at) + newSource + in.substring(at + oldSource.length()));
        assertThat(valueAt(r.text(), json, pointer).textValue()).isEqualTo(newValue);
        assertThat(r.applied()).singleElement().satisfies(a -> {
            assertThat(a.path()).isEqualTo(pointer);
            assertThat(a.newValue()).isEqualTo(newValue);
        });
    }

    static Stream<Arguments> yamlCases() {
        return Stream.of(
                // plain item of a flow list, comment after the list
                Arguments.of("/tasks/0/lead/0", "Sở Thông tin và Truyền thông]",
                        "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ]"),
                // double-quoted item holding a comma stays double-quoted
                Arguments.of("/tasks/0/support/0", "\"Sở Nội vụ, Sở Tư pháp\"", "Sở Nội vụ", "\"Sở Nội vụ\""),
                Arguments.of("/tasks/0/support/1", "'Sở Y tế',", "Sở Xây dựng", "'Sở Xây dựng',"),
                // a plain flow item cannot take a comma: double-quoted; the spaces around it stay
                Arguments.of("/tasks/0/support/2", "Phòng Kinh tế ]", "Sở Tài chính, Kho bạc",
                        "\"Sở Tài chính, Kho bạc\" ]"),
                // block list item followed by a comment
                Arguments.of("/tasks/1/lead/0", "Sở Thông tin và Truyền thông # block",
                        "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ # block"),
                Arguments.of("/tasks/1/lead/0", "Sở Thông tin và Truyền thông #", "Sở: Nội vụ", "\"Sở: Nội vụ\" #"),
                Arguments.of("/tasks/1/lead/0", "Sở Thông tin và Truyền thông #", "Sở #1", "\"Sở #1\" #"),
                Arguments.of("/tasks/1/lead/1", "\"Văn phòng \\\"UBND\\\" tỉnh\"\n", "a \"b\" \\ c\td",
                        "\"a \\\"b\\\" \\\\ c\\td\"\n"),
                Arguments.of("/tasks/1/lead/2", "'It''s quoted'\n", "It's new", "'It''s new'\n"),
                // a single-quoted scalar cannot hold a line break: double-quoted
                Arguments.of("/plan/issuer", "'UBND xã Mẫu'   #", "UBND\nxã", "\"UBND\\nxã\"   #"),
                // a plain scalar over two lines becomes one line; the comment after it stays
                Arguments.of("/tasks/1/outputs/0", "Báo cáo\n        nhiều dòng    #", "Báo cáo tổng hợp",
                        "Báo cáo tổng hợp    #"),
                // plain text that would read back as a number, boolean or null is quoted
                Arguments.of("/plan/title", "Kế hoạch 😀 cải cách hành chính năm 2026 #", "2026", "\"2026\" #"),
                Arguments.of("/plan/level", "commune\n", "true", "\"true\"\n"),
                Arguments.of("/plan/level", "commune\n", "~", "\"~\"\n"),
                Arguments.of("/plan/level", "commune\n", "- x", "\"- x\"\n"),
                Arguments.of("/plan/level", "commune\n", "-x", "-x\n"),
                Arguments.of("/plan/level", "commune\n", "", "\"\"\n"),
                Arguments.of("/plan/level", "commune\n", " lề", "\" lề\"\n"),
                Arguments.of("/schemaVersion", "\"1\"   #", "2", "\"2\"   #"),
                // folded and literal blocks keep their header and trailing lines
                Arguments.of("/tasks/0/title", ">-\n      Rà soát, đánh giá thủ tục hành chính\n",
                        "Rà soát thủ tục", ">-\n      Rà soát thủ tục\n"),
                Arguments.of("/tasks/1/title", "|\n      Số hóa hồ sơ,\n      kết quả giải quyết TTHC\n\n    lead",
                        "Số hóa\n\nhồ sơ\n", "|\n      Số hóa\n\n      hồ sơ\n\n    lead"),
                // a value the block cannot hold as it is chomped: double-quoted in its place
                Arguments.of("/tasks/1/title", "|\n      Số hóa hồ sơ,\n      kết quả giải quyết TTHC\n\n    lead",
                        "Số hóa", "\"Số hóa\"\n\n    lead"),
                Arguments.of("/tasks/0/title", ">-\n      Rà soát, đánh giá thủ tục hành chính\n",
                        "Rà soát\nthủ tục", "\"Rà soát\\nthủ tục\"\n"),
                // flow mapping inside a block list
                Arguments.of("/tasks/2/lead/0", "Sở Tài chính]", "Sở Tài chính và Kế hoạch", "Sở Tài chính và Kế hoạch]"),
                Arguments.of("/tasks/2/deadline", "Năm 2026}", "Quý I/2027", "Quý I/2027}"),
                Arguments.of("/last", "cuối cùng\n", "đầu tiên", "đầu tiên\n"));
    }

    static Stream<Arguments> crlfCases() {
        return Stream.of(
                Arguments.of("/tasks/0/lead/0", "Sở Thông tin và Truyền thông,", "Sở Khoa học và Công nghệ",
                        "Sở Khoa học và Công nghệ,"),
                Arguments.of("/tasks/0/lead/1", "\"Sở Nội vụ\"]", "Sở Nội vụ tỉnh", "\"Sở Nội vụ tỉnh\"]"),
                Arguments.of("/tasks/0/support/0", "Sở Thông tin và Truyền thông\r\n", "Sở Khoa học và Công nghệ",
                        "Sở Khoa học và Công nghệ\r\n"),
                Arguments.of("/tasks/0/support/1", "'Sở Tư pháp'\r\n", "Sở Tư pháp tỉnh", "'Sở Tư pháp tỉnh'\r\n"),
                Arguments.of("/tasks/0/title", "|\r\n      Dòng một\r\n      Dòng hai\r\n", "Một\nHai\nBa\n",
                        "|\r\n      Một\r\n      Hai\r\n      Ba\r\n"),
                Arguments.of("/schemaVersion", "\"1\"\r\n", "1.1", "\"1.1\"\r\n"));
    }

    static Stream<Arguments> jsonCases() {
        return Stream.of(
                Arguments.of("/tasks/0/lead/0", "\"Sở Thông tin và Truyền thông\",", "Sở Khoa học và Công nghệ",
                        "\"Sở Khoa học và Công nghệ\","),
                // escapes in the old string are read through; the new one is escaped as JSON needs
                Arguments.of("/tasks/0/lead/1", "\"Sở \\u004Eội vụ\"]", "Sở \"Nội vụ\"\n", "\"Sở \\\"Nội vụ\\\"\\n\"]"),
                Arguments.of("/plan/title", "\"Kế hoạch \\\"CCHC\\\" năm 2026\\n\",", "Kế hoạch", "\"Kế hoạch\","),
                Arguments.of("/tasks/0/support/0", "\"Phòng Kinh tế\" ,", "Phòng Kinh tế - Hạ tầng",
                        "\"Phòng Kinh tế - Hạ tầng\" ,"),
                // a number replaced by text
                Arguments.of("/plan/year", "2026}", "năm 2026", "\"năm 2026\"}"));
    }

    /** Each case: the file, then pointer, old source text, new value, new source text. */
    static Stream<Arguments> cases() {
        return Stream.of(in("tricky.yaml", yamlCases()), in("crlf-bom.yaml", crlfCases()), in("plan.json", jsonCases()))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> in(String file, Stream<Arguments> cases) {
        return cases.map(c -> {
            Object[] args = new Object[c.get().length + 1];
            args[0] = file;
            System.arraycopy(c.get(), 0, args, 1, c.get().length);
            return Arguments.of(args);
        });
    }

    /** Tricky YAML (comments, flow lists, every quoting style, blocks), CRLF with a BOM, and JSON. */
    @ParameterizedTest(name = "{0} {1} := {4}")
    @MethodSource("cases")
    void replacesExactlyTheScalar(String file, String pointer, String oldSource, String newValue, String newSource) {
        assertSplice(file, file.endsWith(".json"), pointer, oldSource, newValue, newSource);
    }

    @Test
    void theCrlfFixtureReallyHasCrlfAndABom() {
        String crlf = text("crlf-bom.yaml");
        assertThat(crlf).startsWith("\uFEFF# CRLF");
        assertThat(crlf.replace("\r\n", "")).doesNotContain("\n");
    }

    private static final List<String> AWKWARD = List.of("Sở Khoa học và Công nghệ", "a, b", "x: y", "yes", "12",
            "", " lead", "trail ", "it's", "say \"hi\"", "a\nb", "a\nb\n", "# no", "[x]", "{y}", "-", "- z", "a #b",
            "a:b", "@at", "%p", "!bang", "&amp", "*star", "|pipe", ">gt", "null", "~", "tab\there", "😀", "back\\slash",
            "line\u2028sep", "nel\u0085x", "bell\u0007", "---", "...");

    static Stream<Arguments> everyScalar() {
        return Stream.of("tricky.yaml", "crlf-bom.yaml", "plan.json", "defunct-plan.yaml").flatMap(file -> {
            boolean json = file.endsWith(".json");
            List<String> pointers = new ArrayList<>();
            collectScalars(FixTestSupport.read(text(file), json).root(), "", pointers);
            return pointers.stream().filter(p -> !p.startsWith("/anchors/")).map(p -> Arguments.of(file, p));
        });
    }

    private static void collectScalars(JsonNode n, String at, List<String> out) {
        if (n.isObject()) {
            n.properties().forEach(e -> collectScalars(e.getValue(), at + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectScalars(n.get(i), at + "/" + i, out);
            }
        } else {
            out.add(at);
        }
    }

    /**
     * Whatever the value, it is written so that it reads back, and nothing before the scalar moves
     * (the patcher itself checks that the rest of the document reads back unchanged).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyScalar")
    void everyScalarTakesAwkwardValues(String file, String pointer) {
        boolean json = file.endsWith(".json");
        String in = text(file);
        int at = offsetOf(in, json, pointer);
        for (String value : AWKWARD) {
            PatchResult r = PATCHER.apply(in, json, List.of(replace(pointer, value)));
            assertThat(r.skipped()).as(value).isEmpty();
            assertThat(r.text()).as(value).startsWith(in.substring(0, at));
            assertThat(FixTestSupport.read(r.text(), json).root().at(pointer).textValue()).as(value).isEqualTo(value);
        }
    }

    @Test
    void severalPatchesOnOneLineAndAcrossTheFileAllLand() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.applyAll(in, false, List.of(
                List.of(test("/tasks/0/support/2", "Phòng Kinh tế"), replace("/tasks/0/support/2", "Phòng Kinh tế, Hạ tầng")),
                List.of(replace("/tasks/0/support/0", "A")),
                List.of(replace("/last", "z")),
                List.of(replace("/tasks/0/support/1", "Sở Y tế tỉnh"), replace("/plan/id", "tricky-2027"))));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.applied()).hasSize(5);
        assertThat(r.text()).isEqualTo(in
                .replace("support: [\"Sở Nội vụ, Sở Tư pháp\", 'Sở Y tế',   Phòng Kinh tế ]",
                        "support: [\"A\", 'Sở Y tế tỉnh',   \"Phòng Kinh tế, Hạ tầng\" ]")
                .replace("last: cuối cùng", "last: z")
                .replace("id: tricky-2026", "id: tricky-2027"));
        assertThat(r.applied().get(0)).isEqualTo(new PatchResult.Applied(0, "/tasks/0/support/2", "Phòng Kinh tế",
                "Phòng Kinh tế, Hạ tầng", 14, 53));
    }

    @Test
    void aFailedTestIsAConflictAndNothingOfThatPatchIsWritten() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.applyAll(in, false, List.of(
                List.of(replace("/last", "z"), test("/tasks/0/lead/0", "Sở Nội vụ"), replace("/tasks/0/lead/0", "X")),
                List.of(test("/plan/nothing", "x"), replace("/plan/id", "y"))));
        assertThat(r.text()).isEqualTo(in);
        assertThat(r.applied()).isEmpty();
        assertThat(r.skipped()).extracting(PatchResult.Skipped::patch, PatchResult.Skipped::reason)
                .containsExactly(tuple(0, "fix.conflict.test"),
                        tuple(1, "fix.conflict.missing"));
        assertThat(r.skipped().get(0).message(Locale.ENGLISH))
                .isEqualTo("The value at /tasks/0/lead/0 is no longer 'Sở Nội vụ' but 'Sở Thông tin và Truyền thông':"
                        + " the file changed since it was checked");
        assertThat(r.skipped().get(0).message(Locale.forLanguageTag("vi"))).startsWith("Giá trị tại /tasks/0/lead/0");
    }

    @Test
    void aSecondReplaceOfTheSameValueIsAConflict() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.applyAll(in, false, List.of(
                List.of(test("/tasks/1/lead/0", "Sở Thông tin và Truyền thông"), replace("/tasks/1/lead/0", "A")),
                List.of(replace("/tasks/1/lead/0", "B")),
                List.of(test("/tasks/1/lead/0", "Sở Thông tin và Truyền thông"), replace("/tasks/1/lead/0", "C"))));
        assertThat(valueAt(r.text(), false, "/tasks/1/lead/0").textValue()).isEqualTo("A");
        assertThat(r.skipped()).extracting(PatchResult.Skipped::reason)
                .containsExactly("fix.conflict.overlap", "fix.conflict.overlap");
    }

    @Test
    void otherOperationsAndTargetsAreReportedAsUnsupported() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.applyAll(in, false, List.of(
                List.of(new PatchOperation("add", "/tasks/0/lead/-", "X")),
                List.of(new PatchOperation("remove", "/tasks/0/lead/0", null)),
                List.of(new PatchOperation("move", "/last", null)),
                List.of(new PatchOperation("copy", "/last", null)),
                List.of(replace("/tasks/0/lead", "X")),
                List.of(replace("/anchors/again/0", "X")),
                List.of(replace("/anchors/common", "X")),
                List.of(replace("/anchors/tagged", "X")),
                List.of(replace("/last", 42)),
                List.of(replace("", "X")),
                List.of(replace("tasks", "X")),
                List.of(new PatchOperation(null, "/last", "X"))));
        assertThat(r.text()).isEqualTo(in);
        assertThat(r.skipped()).extracting(PatchResult.Skipped::reason).containsExactly(
                "fix.unsupported.op", "fix.unsupported.op", "fix.unsupported.op", "fix.unsupported.op",
                "fix.unsupported.target", "fix.unsupported.target", "fix.unsupported.target",
                "fix.unsupported.target", "fix.unsupported.value", "fix.unsupported.target", "fix.invalid",
                "fix.invalid");
        assertThat(r.skipped()).allSatisfy(s -> assertThat(s.message(Locale.ENGLISH)).doesNotStartWith("fix."));
    }

    @Test
    void aChangeThatWouldShowThroughAnAliasIsUnsafe() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.apply(in, false, List.of(replace("/anchors/common/0", "Sở Tư pháp")));
        assertThat(r.text()).isEqualTo(in);
        assertThat(r.skipped()).extracting(PatchResult.Skipped::reason).containsExactly("fix.unsafe");
    }

    @Test
    void testsCompareAnyValueAndNumbersByValue() {
        String in = text("plan.json");
        PatchResult r = PATCHER.applyAll(in, true, List.of(
                List.of(test("/plan/year", 2026L), test("/plan/year", new BigDecimal("2026.0")),
                        test("/tasks/0/support", List.of("Phòng Kinh tế", "Sở Tư pháp")),
                        replace("/tasks/0/support/1", "Sở Tư pháp tỉnh")),
                List.of(test("/plan/year", 2027), replace("/plan/id", "x"))));
        assertThat(r.skipped()).extracting(PatchResult.Skipped::patch).containsExactly(1);
        assertThat(r.applied()).extracting(PatchResult.Applied::path).containsExactly("/tasks/0/support/1");
    }

    @Test
    void anUnreadableSourceIsLeftAlone() {
        PatchResult r = PATCHER.apply("a: [b\n", false, List.of(replace("/a/0", "c")));
        assertThat(r.text()).isEqualTo("a: [b\n");
        assertThat(r.skipped()).extracting(PatchResult.Skipped::reason).containsExactly("fix.unreadable");
    }

    @Test
    void replacingWithTheSameValueKeepsTheText() {
        String in = text("tricky.yaml");
        PatchResult r = PATCHER.apply(in, false, List.of(replace("/tasks/0/support/1", "Sở Y tế")));
        assertThat(r.text()).isEqualTo(in);
        assertThat(r.applied()).hasSize(1);
    }
}
