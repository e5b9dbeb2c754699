package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanFormat;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.util.List;

/**
 * Jazzer fuzz tests of the Word and Excel readers: whatever the bytes, reading gives a document or one
 * {@code parse} problem with a message, and a whole validation run gives findings, never an exception or a hang
 * (the reader's time budget bounds each read). In an ordinary build they run in regression mode: each committed
 * input under {@code OfficeFuzzTestInputs/<method>/} once (a tiny plan written by the generators, the same
 * truncated, the other format's file, an OLE2 header), plus an empty one. {@code JAZZER_FUZZ=1} makes them fuzz
 * (FUZZING.md).
 */
class OfficeFuzzTest {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().build();

    private static void wholeRun(PlanFormat format, String name, byte[] data) {
        DocumentReader.Result r = format.read(PlanSource.of(name, data), ReadLimits.DEFAULT);
        assertThat(r).isNotNull();
        if (r instanceof DocumentReader.Unreadable u) {
            assertThat(u.problem().variant()).isNotBlank();
        } else {
            assertThat(r).isInstanceOf(DocumentReader.Document.class);
            assertThat(((DocumentReader.Document) r).root().isObject()).isTrue();
        }
        List<Finding> findings = VALIDATOR.validateSources(List.of(PlanSource.of(name, data))).findings();
        for (Finding f : findings) {
            assertThat(f.message()).isNotBlank();
            assertThat(f.message().length()).as("messages never carry huge values").isLessThan(20_000);
        }
        if (r instanceof DocumentReader.Unreadable) {
            assertThat(findings).extracting(Finding::rule, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("parse", Severity.ERROR));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void docxReader(byte[] data) {
        wholeRun(new DocxFormat(), "fuzz.docx", data);
    }

    @FuzzTest(maxDuration = "30s")
    void xlsxReader(byte[] data) {
        wholeRun(new XlsxFormat(), "fuzz.xlsx", data);
    }
}
