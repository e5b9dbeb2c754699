package io.github.reformplan.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.ValidatorConfig;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The office read follows the configured {@link ReadLimits#timeBudget()}, per started megabyte. */
class OfficeTimeBudgetTest {

    @Test
    void theBudgetIsTheConfiguredOnePerStartedMegabyte() {
        ReadLimits limits = ReadLimits.DEFAULT.withTimeBudget(Duration.ofMillis(1500));
        assertThat(OfficeGuard.budgetNanos(limits, 0)).isEqualTo(1_500_000_000L);
        assertThat(OfficeGuard.budgetNanos(limits, 1 << 20)).isEqualTo(1_500_000_000L);
        assertThat(OfficeGuard.budgetNanos(limits, (1 << 20) + 1)).isEqualTo(3_000_000_000L);
        assertThat(OfficeGuard.budgetNanos(ReadLimits.DEFAULT, 15_000)).isEqualTo(10_000_000_000L);
        assertThat(OfficeGuard.budgetNanos(ReadLimits.DEFAULT.withTimeBudget(Duration.ofSeconds(Long.MAX_VALUE / 2)), 5L << 20))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aReadOverTheBudgetIsAbandonedAsOneParseFinding() throws Exception {
        byte[] docx = Files.readAllBytes(DocxImportTest.HA_TINH_DOCX);
        // No budget at all: the read cannot finish before it is given up.
        ReadLimits none = ReadLimits.DEFAULT.withTimeBudget(Duration.ZERO);
        DocumentReader.Result r = new DocxFormat().read(PlanSource.of("ke-hoach.docx", docx), none);
        assertThat(r).isInstanceOf(DocumentReader.Unreadable.class);
        assertThat(((DocumentReader.Unreadable) r).problem().variant()).isEqualTo("office-timeout");
        assertThat(((DocumentReader.Unreadable) r).problem().args()).containsExactly(0.0);
        DocumentReader.Result x = new XlsxFormat().read(PlanSource.of("ke-hoach.xlsx", Files.readAllBytes(XlsxImportTest.XLSX)), none);
        assertThat(((DocumentReader.Unreadable) x).problem().variant()).isEqualTo("office-timeout");

        PlanValidator validator = PlanValidator.builder()
                .config(ValidatorConfig.DEFAULTS.withLimits(none)).build();
        List<Finding> findings = validator.validateSources(List.of(PlanSource.of("ke-hoach.docx", docx))).files().get(0).findings();
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("parse");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageKey()).isEqualTo("parse.office-timeout");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("Reading the document took longer than 0 seconds; it was abandoned");
        assertThat(f.message(Locale.forLanguageTag("vi"))).isEqualTo("Đọc tài liệu mất hơn 0 giây; đã dừng đọc");
    }

    @Test
    void theDefaultBudgetReadsTheExamples() throws Exception {
        DocumentReader.Result r = new DocxFormat().read(PlanSource.of("ke-hoach.docx",
                Files.readAllBytes(DocxImportTest.HA_TINH_DOCX)), ReadLimits.DEFAULT);
        assertThat(r).isInstanceOf(DocumentReader.Document.class);
    }
}
