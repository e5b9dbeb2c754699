package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.model.Deadline;
import io.github.reformplan.model.Due;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Milestone;
import io.github.reformplan.model.ParsedDeadline;
import io.github.reformplan.model.Plan;
import io.github.reformplan.model.PlanHeader;
import io.github.reformplan.model.PlanPeriod;
import io.github.reformplan.model.Position;
import io.github.reformplan.model.Quantity;
import io.github.reformplan.model.ReformArea;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Target;
import io.github.reformplan.model.TargetValue;
import io.github.reformplan.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binding reads what the text states once, into the model: deadlines with the plan's default year,
 * report deadlines as reports, target quantities from the value or the text. A plan built by hand gets the
 * same values from {@link PlanReader#complete} and from the validator.
 */
class PlanBindingTest {

    private static Plan read(String yaml) {
        try {
            return PlanReader.read(PlanSource.of("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (PlanReadException e) {
            throw new AssertionError(e);
        }
    }

    private static String clean() throws IOException {
        try (InputStream in = PlanBindingTest.class.getResourceAsStream("/clean-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDeadlineWithoutAYearTakesThePeriodsFirstYear() throws IOException {
        Plan plan = read(clean().replace("deadline: Quý I/2026", "deadline: Quý II"));
        ParsedDeadline d = plan.tasks().get(0).parsedDeadline();
        assertThat(d.defaultYear()).isEqualTo(2026);
        assertThat(d.window()).contains(new Due.Window(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aStringWithLabelledPartsGivesOneMilestoneEach() throws IOException {
        Plan plan = read(clean().replace("deadline: Quý I/2026",
                "deadline: \"- Kế hoạch: Quý I/2026. - Báo cáo kết quả: Tháng 11/2026.\""));
        List<ParsedDeadline.Part> parts = plan.tasks().get(0).parsedDeadline().parts();
        assertThat(parts).extracting(ParsedDeadline.Part::label, ParsedDeadline.Part::kind, ParsedDeadline.Part::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kế hoạch", Milestone.Kind.WORK, "Quý I/2026"),
                        org.assertj.core.groups.Tuple.tuple("Báo cáo kết quả", Milestone.Kind.REPORT, "Tháng 11/2026"));
        // the whole deadline spans both parts
        assertThat(plan.tasks().get(0).parsedDeadline().window())
                .contains(new Due.Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void milestonesKeepTheirLabelKindAndOrder() throws IOException {
        Plan plan = read(clean().replace("deadline: Quý I/2026", "deadline:\n"
                + "      - { label: \"Kế hoạch\", due: \"Thường xuyên\" }\n"
                + "      - { label: \"Báo cáo\", due: \"không rõ\", kind: report }"));
        ParsedDeadline d = plan.tasks().get(0).parsedDeadline();
        assertThat(d.parts()).hasSize(2);
        assertThat(d.parts().get(0).due()).contains(new Due.Recurring(Due.Recurrence.CONTINUOUS));
        assertThat(d.parts().get(1).isReport()).isTrue();
        assertThat(d.unparsed()).extracting(ParsedDeadline.Part::text).containsExactly("không rõ");
        assertThat(d.window()).isEmpty();
    }

    @Test
    void aTaskWithoutDeadlineHasNoPart() throws IOException {
        Plan plan = read(clean().replace("    deadline: Quý I/2026\n", ""));
        assertThat(plan.tasks().get(0).deadline()).isNull();
        assertThat(plan.tasks().get(0).parsedDeadline().parts()).isEmpty();
    }

    @Test
    void targetsStateTheirValueOrWhatTheirTextSays() throws IOException {
        Plan plan = read(clean().replace("    text: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn\n",
                "    text: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn\n"
                        + "    value: { comparator: \">=\", amount: 99, unit: \"%\" }\n"));
        Target explicit = plan.targets().get(0);
        assertThat(explicit.quantities()).containsExactly(Quantity.of(Quantity.Comparator.AT_LEAST, new BigDecimal("99"),
                Quantity.Unit.PERCENT));
        assertThat(explicit.quantityFromValue()).isTrue();
        Target fromText = plan.targets().get(1);
        assertThat(fromText.quantityFromValue()).isFalse();
        assertThat(fromText.quantities()).singleElement().satisfies(q -> {
            assertThat(q.display()).isEqualTo("= 100%");
            assertThat(fromText.text().substring(q.offset(), q.offset() + q.length())).isEqualTo("100%");
        });
    }

    @Test
    void aMalformedValueLeavesTheTextToSpeak() throws IOException {
        Plan plan = read(clean().replace("    text: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn\n",
                "    text: Trên 98% hồ sơ TTHC được giải quyết trước và đúng hạn\n"
                        + "    value: { comparator: \"plenty\", amount: 99 }\n"));
        assertThat(plan.targets().get(0).quantities()).extracting(Quantity::display).containsExactly("> 98%");
    }

    @Test
    void aPlanBuiltByHandIsCompletedAndValidatedLikeARead() {
        Position at = Position.of(JsonPointer.parse("/tasks/0"));
        Task task = new Task("1", ReformArea.DIRECTION, "Ban hành kế hoạch", List.of(), List.of(), List.of("Kế hoạch"),
                List.of("Sở Nội vụ"), List.of(), new Deadline.Text("Quý I/2025", Position.of(JsonPointer.parse("/tasks/0/deadline"))),
                null, at);
        Target target = new Target("1", ReformArea.DIRECTION, "Tối thiểu 35% cơ quan được kiểm tra", null, null,
                Position.of(JsonPointer.parse("/targets/0")));
        Responsibility owner = new Responsibility("Sở Nội vụ", List.of(ReformArea.DIRECTION), "Trước ngày 30/11/2026",
                Position.of(JsonPointer.parse("/responsibilities/0")));
        PlanHeader header = new PlanHeader("p", "Kế hoạch", "UBND tỉnh", io.github.reformplan.model.PlanLevel.PROVINCE,
                new PlanPeriod(2026, 2026), new io.github.reformplan.model.Decision("1/QĐ-UBND", LocalDate.of(2025, 12, 31),
                        null, Position.of(JsonPointer.parse("/plan/decision"))), null, Position.of(JsonPointer.parse("/plan")));
        Plan plan = new Plan("memory", "1", header, List.of(), List.of(target), List.of(task), List.of(owner), List.of());
        assertThat(task.parsedDeadline()).isNull();

        Plan done = PlanReader.complete(plan);
        assertThat(done.tasks().get(0).parsedDeadline().window())
                .contains(new Due.Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(done.targets().get(0).quantities()).extracting(Quantity::display).containsExactly(">= 35%");
        assertThat(done.responsibilities().get(0).parsedReportDeadline().parts())
                .singleElement().satisfies(p -> assertThat(p.isReport()).isTrue());
        assertThat(PlanReader.complete(done)).isSameAs(done);

        List<Finding> findings = PlanValidator.builder().build().validatePlans(List.of(plan)).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("deadline-before-issue"))
                .extracting(f -> f.location().pointer().toString()).containsExactly("/tasks/0/deadline");
    }

    @Test
    void aTaskMovedToAPlanOfAnotherYearIsParsedAgainForThatYear() throws IOException {
        Plan plan = read(clean().replace("deadline: Quý I/2026", "deadline: Quý II"));
        PlanHeader h = plan.plan();
        Plan later = new Plan(plan.source(), plan.schemaVersion(), new PlanHeader(h.id(), h.title(), h.issuer(), h.level(),
                new PlanPeriod(2027, 2027), h.decision(), h.parent(), h.position()), plan.sections(), plan.targets(),
                plan.tasks(), plan.responsibilities(), plan.suppress());
        assertThat(PlanReader.complete(later).tasks().get(0).parsedDeadline().window())
                .contains(new Due.Window(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
    }
}
