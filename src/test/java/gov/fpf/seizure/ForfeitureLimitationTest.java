package gov.fpf.seizure;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.TraceStep;

/** 19 U.S.C. 1621 for forfeitures: the later of discovery + 5 years and involvement + 2 years, plus 1621(2) tolling. */
class ForfeitureLimitationTest {

    private final MigrationParameters parameters = MigrationParameters.load();

    @Test
    void fiveYearsFromDiscoveryOfTheOffenseNotFromTheSeizure() {
        List<TraceStep> trace = new ArrayList<>();
        Deadline sol = ForfeitureLimitation.limitation(of(2024, 3, 10), true, null, 0, null, parameters, trace);
        assertThat(sol.due()).isEqualTo(of(2029, 3, 10));
        assertThat(sol.trigger()).isEqualTo(of(2024, 3, 10));
        assertThat(sol.citation()).isEqualTo("19 U.S.C. 1621");
        assertThat(trace).extracting(TraceStep::citation).allMatch(c -> c.contains("1621"));
    }

    @Test
    void theInvolvementBranchGovernsOnlyWhenItEndsLater() {
        // involvement discovered 3 years after the offense: 2 years from it ends a year after the 5-year period
        Deadline later = ForfeitureLimitation.limitation(of(2024, 3, 10), true, of(2027, 3, 11), 0, null, parameters,
                new ArrayList<>());
        assertThat(later.due()).isEqualTo(of(2029, 3, 11));
        assertThat(later.trigger()).isEqualTo(of(2027, 3, 11));
        // the day the two coincide and a day earlier: the 5-year period stands
        assertThat(ForfeitureLimitation.limitation(of(2024, 3, 10), true, of(2027, 3, 10), 0, null, parameters,
                new ArrayList<>()).trigger()).isEqualTo(of(2024, 3, 10));
        assertThat(ForfeitureLimitation.limitation(of(2024, 3, 10), true, of(2027, 3, 9), 0, null, parameters,
                new ArrayList<>()).due()).isEqualTo(of(2029, 3, 10));
    }

    @Test
    void daysNotCountedUnder1621TwoAreAddedAndCited() {
        List<TraceStep> trace = new ArrayList<>();
        Deadline sol = ForfeitureLimitation.limitation(of(2024, 3, 10), true, null, 30, "owner abroad", parameters, trace);
        assertThat(sol.due()).isEqualTo(of(2029, 4, 9));
        assertThat(sol.citation()).isEqualTo("19 U.S.C. 1621(2)");
        assertThat(sol.rule()).contains("30 day(s)", "owner abroad");
    }

    @Test
    void anUnstatedDiscoveryDateIsSaidToBeAStandIn() {
        List<TraceStep> trace = new ArrayList<>();
        ForfeitureLimitation.limitation(of(2026, 1, 5), false, null, 0, null, parameters, trace);
        assertThat(trace.get(0).rule()).contains("not stated at intake");
    }
}
