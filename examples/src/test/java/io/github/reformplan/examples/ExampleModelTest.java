package io.github.reformplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.model.Due;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.Task;
import io.github.reformplan.read.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an integrator gets from {@link PlanReader} without calling a parser: each task's deadline as parsed
 * and each target's quantities, for the real plan of Hà Tĩnh. The whole plan is compared with a reviewed
 * listing ({@code ha-tinh-2026.parsed.txt}: one line per deadline part and per quantity); on a difference
 * the listing actually produced is written to {@code target/} to compare.
 */
class ExampleModelTest {

    private static final Path PLAN = Path.of("plans", "ha-tinh-2026.yaml");

    @Test
    void aQuarterIsItsThreeMonths() throws Exception {
        Task task = task(PlanReader.read(PLAN), "2.26");
        assertThat(task.parsedDeadline().parts()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("Quý I/2025"));
        assertThat(task.parsedDeadline().window())
                .contains(new Due.Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void aPercentageTargetIsAComparatorAnAmountAndAUnit() throws Exception {
        Target target = PlanReader.read(PLAN).targets().stream().filter(t -> t.id().equals("1.2")).findFirst().orElseThrow();
        // "Tối thiểu 35% cơ quan, đơn vị được kiểm tra ...; 100% các đơn vị, địa phương ban hành ..."
        assertThat(target.quantities()).extracting(Quantity::comparator, Quantity::amount, Quantity::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Quantity.Comparator.AT_LEAST, new BigDecimal("35"), Quantity.Unit.PERCENT),
                org.assertj.core.groups.Tuple.tuple(Quantity.Comparator.EQUAL, new BigDecimal("100"), Quantity.Unit.PERCENT));
        assertThat(target.quantityFromValue()).isFalse();
    }

    @Test
    void anOwnersReportDeadlineIsAReportDueOnOneDay() throws Exception {
        Plan plan = PlanReader.read(Path.of("plans", "hoang-loc-2026.yaml"));
        assertThat(plan.responsibilities()).isNotEmpty().allSatisfy(r -> assertThat(r.parsedReportDeadline().parts())
                .singleElement().satisfies(p -> assertThat(p.isReport()).isTrue()));
        // "Trước ngày 30/11/2026": before the 30th is read as by the 30th
        assertThat(plan.responsibilities().get(0).parsedReportDeadline().window())
                .contains(Due.Window.day(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void everyDeadlineAndQuantityOfThePlanIsAsReviewed() throws Exception {
        Plan plan = PlanReader.read(PLAN);
        String actual = listing(plan);
        String expected;
        try (InputStream in = ExampleModelTest.class.getResourceAsStream("/ha-tinh-2026.parsed.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "ha-tinh-2026.parsed.actual.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.parsedDeadline()).isNotNull());
        assertThat(plan.tasks()).as("every task of the plan has a deadline the reader understood")
                .allSatisfy(t -> assertThat(t.parsedDeadline().unparsed()).isEmpty());
    }

    /** Built on the same model a person would use: one line per deadline part, one per quantity. */
    static String listing(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Task t : plan.tasks()) {
            ParsedDeadline d = t.parsedDeadline();
            if (d.parts().isEmpty()) {
                lines.add("task " + t.id() + " | (no deadline)");
            }
            for (ParsedDeadline.Part p : d.parts()) {
                lines.add("task " + t.id() + " | " + (p.label() == null ? "" : p.label() + ": ") + p.text()
                        + " | " + p.kind().name().toLowerCase() + " | " + p.due().map(ExampleModelTest::due).orElse("?"));
            }
        }
        for (Target t : plan.targets()) {
            lines.add("target " + t.id() + " | " + (t.quantities().isEmpty() ? "(none)"
                    : t.quantities().stream().map(Quantity::display).collect(Collectors.joining(" ; "))));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String due(Due due) {
        if (due instanceof Due.Window w) {
            return w.earliest() + ".." + w.latest();
        } else if (due instanceof Due.Recurring r) {
            return "recurring " + r.recurrence();
        } else if (due instanceof Due.EventRelative e) {
            return "after event +" + e.offset() + ": " + e.event();
        }
        return "delegated: " + ((Due.Delegated) due).authority();
    }

    private static Task task(Plan plan, String id) throws IOException {
        return plan.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
