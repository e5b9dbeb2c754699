package io.github.reformplan.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.model.Plan;
import io.github.reformplan.model.ResolvedAgency;
import io.github.reformplan.model.Task;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each agency a plan names, resolved once when it is bound (issue 9, item 3): what integrators read. */
class AgencyBindingTest {

    private static Plan read(String fixture) throws Exception {
        return PlanReader.read(Path.of(AgencyBindingTest.class.getResource("/rules/" + fixture).toURI()));
    }

    private static Task task(Plan plan, String id) {
        return plan.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCommunePlansCentreIsTheCommunesAndAnAbbreviationIsAnAlias() throws Exception {
        Plan plan = read("agency-alias/fires-abbreviation.yaml");
        Task t = task(plan, "3");
        assertThat(t.agencies().lead()).singleElement().satisfies(a -> {
            assertThat(a.match()).isEqualTo(ResolvedAgency.Match.EXACT);
            assertThat(a.known().id()).isEqualTo("trung-tam-phuc-vu-hcc-xa");
            assertThat(a.canonicalName()).isEqualTo("Trung tâm Phục vụ hành chính công xã");
        });
        assertThat(t.agencies().support()).extracting(ResolvedAgency::item, ResolvedAgency::text, ResolvedAgency::match,
                ResolvedAgency::canonicalName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "Phòng Kinh tế", ResolvedAgency.Match.EXACT, "Phòng Kinh tế"),
                org.assertj.core.groups.Tuple.tuple(1, "Sở KH&CN", ResolvedAgency.Match.ALIAS, "Sở Khoa học và Công nghệ"));
    }

    @Test
    void aDefunctDistrictOfficeCarriesItsLastDayAndSuccessor() throws Exception {
        Plan plan = read("agency-defunct/fires-district-offices-with-their-place.yaml");
        ResolvedAgency a = task(plan, "3").agencies().support().get(1);
        assertThat(a.text()).isEqualTo("Phòng Nội vụ huyện Hoằng Hóa");
        assertThat(a.match()).isEqualTo(ResolvedAgency.Match.EXACT);
        assertThat(a.remark()).isEqualTo("huyện Hoằng Hóa");
        assertThat(a.known().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(a.known().defunctOn(plan.plan().referenceDate())).isTrue();
        assertThat(a.known().successors()).containsExactly("UBND cấp xã");
        assertThat(task(plan, "4").agencies().support()).singleElement()
                .satisfies(c -> assertThat(c.match()).isEqualTo(ResolvedAgency.Match.CONTAINED));
    }

    @Test
    void aNameAFlowListSplitIsOneAgencyOverTwoItems() throws Exception {
        Plan plan = read("agency-unknown/fires-flow-list-split-a-name.yaml");
        assertThat(task(plan, "4").lead()).hasSize(2);
        assertThat(task(plan, "4").agencies().lead()).singleElement().satisfies(a -> {
            assertThat(a.item()).isZero();
            assertThat(a.items()).isEqualTo(2);
            assertThat(a.text()).isEqualTo("Các phòng, đơn vị thuộc UBND xã");
            assertThat(a.known().kind()).isEqualTo("group");
        });
    }

    @Test
    void anUnknownNameIsUnknown() throws Exception {
        Plan plan = read("agency-unknown/fires-once.yaml");
        assertThat(plan.tasks().stream().flatMap(t -> t.agencies().lead().stream())
                .filter(a -> a.match() == ResolvedAgency.Match.UNKNOWN))
                .isNotEmpty().allSatisfy(a -> assertThat(a.agency()).isEmpty());
    }

    @Test
    void aPlanBuiltInMemoryGetsItsAgenciesWhenCompleted() throws Exception {
        Plan plan = read("agency-alias/fires-abbreviation.yaml");
        Task bare = new Task("9", plan.tasks().get(0).area(), "t", java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of("Sở KHCN"), java.util.List.of(), null, null,
                plan.tasks().get(0).position());
        Plan built = new Plan(plan.source(), plan.schemaVersion(), plan.plan(), plan.sections(), plan.targets(),
                java.util.List.of(bare), java.util.List.of(), java.util.List.of());
        assertThat(PlanReader.complete(built).tasks().get(0).agencies().lead())
                .singleElement().satisfies(a -> assertThat(a.canonicalName()).isEqualTo("Sở Khoa học và Công nghệ"));
    }
}
