package io.github.reformplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import io.github.reformplan.text.DeadlineParser;
import io.github.reformplan.text.TargetParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jazzer fuzz tests of everything that reads what a user wrote: the YAML and JSON readers (and the whole
 * validator behind them), the JSON Pointer parser, the deadline and the target parsers. In an ordinary build they
 * run in regression mode: each committed input under {@code InputFuzzTestInputs/<method>/} once, plus an empty
 * one. {@code JAZZER_FUZZ=1} makes them fuzz (FUZZING.md). Whatever the input, the outcome is a result, never an
 * exception, a hang or a message that is blank.
 */
class InputFuzzTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.DEFAULT);
    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();
    private static final DeadlineParser DEADLINES = new DeadlineParser();
    private static final TargetParser TARGETS = TargetParser.standard();

    private static void wholeRun(String name, byte[] data) {
        DocumentReader.Result r = READER.read(PlanSource.of(name, data));
        assertThat(r).isNotNull();
        if (r instanceof DocumentReader.Unreadable u) {
            assertThat(u.problem().variant()).isNotBlank();
            assertThat(u.problem().line()).isGreaterThanOrEqualTo(0);
        }
        List<Finding> findings = VALIDATOR.validateSources(List.of(PlanSource.of(name, data))).findings();
        for (Finding f : findings) {
            assertThat(f.message()).isNotBlank();
            assertThat(f.message().length()).as("messages never carry huge values").isLessThan(20_000);
            assertThat(f.location().line()).isGreaterThanOrEqualTo(0);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void yamlReader(byte[] data) {
        wholeRun("fuzz.yaml", data);
    }

    @FuzzTest(maxDuration = "30s")
    void jsonReader(byte[] data) {
        wholeRun("fuzz.json", data);
    }

    @FuzzTest(maxDuration = "30s")
    void pointerParser(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        JsonPointer p;
        try {
            p = JsonPointer.parse(text);
        } catch (IllegalArgumentException notAPointer) {
            assertThat(text).doesNotStartWith("/").isNotEmpty();
            return;
        }
        assertThat(p.toString()).isEqualTo(text);
        JsonPointer rebuilt = JsonPointer.ROOT;
        for (String token : p.tokens()) {
            rebuilt = rebuilt.append(token);
        }
        assertThat(rebuilt).isEqualTo(p);
        assertThat(rebuilt.toString()).isEqualTo(text);
        assertThat(JsonPointer.ROOT.contains(p)).isTrue();
        assertThat(p.parent().contains(p)).isTrue();
    }

    @FuzzTest(maxDuration = "30s")
    void deadlineParser(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        DEADLINES.parse(text, 2026).ifPresent(due -> assertThat(due).isNotNull());
        assertThat(DEADLINES.parseCell(text, 2026)).isNotNull();
        assertThat(DEADLINES.parseReportDeadline(text, 2026)).isNotNull();
    }

    @FuzzTest(maxDuration = "30s")
    void targetParser(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (Quantity q : TARGETS.parseAll(text)) {
            assertThat(q.display()).isNotNull().hasSizeLessThan(10_000 + text.length());
        }
        TARGETS.parse(text);
    }
}
