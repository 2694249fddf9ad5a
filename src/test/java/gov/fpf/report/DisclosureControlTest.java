package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Disclosure control of published counts (EO 14411 Sec. 6) at V31's minimum cell of 5: counts at, below and above
 * it to the unit, complementary suppression, the stricter rule for national-security exceptions, and cells withheld
 * for a live confidentiality grant.
 */
class DisclosureControlTest {

    private static Map<String, Long> cells(Object... keysAndValues) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aCountBelowTheMinimumIsWithheldAndOneAtOrAboveItIsShown() {
        DisclosureControl control = new DisclosureControl(5);
        assertThat(control.count(0)).isZero();
        assertThat(control.count(1)).isNull();
        assertThat(control.count(4)).isNull();
        assertThat(control.count(5)).isEqualTo(5);
        assertThat(control.count(6)).isEqualTo(6);
        assertThat(control.summary().suppressedCounts()).isEqualTo(2);
        assertThat(control.summary().minimumCell()).isEqualTo(5);
    }

    @Test
    void theMinimumComesFromTheParameterNotAConstant() {
        DisclosureControl three = new DisclosureControl(3);
        assertThat(three.count(2)).isNull();
        assertThat(three.count(3)).isEqualTo(3);
        assertThatThrownBy(() -> new DisclosureControl(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationalSecurityExceptionCountsBelowTheMinimumAreNeverShownNotEvenZero() {
        DisclosureControl control = new DisclosureControl(5);
        assertThat(control.strictCount(0)).isNull();
        assertThat(control.strictCount(4)).isNull();
        assertThat(control.strictCount(5)).isEqualTo(5);

        // 7 in all: LALB 7, CVGX 0, JFK 0. Hiding the zeros alone would leave 7 - 7 = 0 to work them back, so LALB goes too.
        Map<String, Long> byOffice = control.line(cells("LALB", 7, "CVGX", 0, "JFK", 0), true, true, Set.of());
        assertThat(byOffice).containsEntry("LALB", null).containsEntry("CVGX", null).containsEntry("JFK", null);
    }

    @Test
    void oneSmallCellInALineWithAPublishedTotalTakesTheNextSmallestWithIt() {
        DisclosureControl control = new DisclosureControl(5);
        // total 23 published: 3 alone would be 23 - 8 - 12 = 3
        Map<String, Long> line = control.line(cells("A", 3, "B", 8, "C", 12, "D", 0), true);
        assertThat(line).containsEntry("A", null).containsEntry("B", null).containsEntry("C", 12L).containsEntry("D", 0L);
    }

    @Test
    void smallCellsThatTogetherReachTheMinimumNeedNoPartner() {
        DisclosureControl control = new DisclosureControl(5);
        Map<String, Long> line = control.line(cells("A", 2, "B", 3, "C", 9), true);
        assertThat(line).containsEntry("A", null).containsEntry("B", null).containsEntry("C", 9L);
    }

    @Test
    void withoutAPublishedTotalOnlyTheSmallCellsGo() {
        DisclosureControl control = new DisclosureControl(5);
        Map<String, Long> line = control.line(cells("A", 4, "B", 5, "C", 6), false);
        assertThat(line).containsEntry("A", null).containsEntry("B", 5L).containsEntry("C", 6L);
    }

    @Test
    void aCellHoldingAConfidentialPartysCasesIsWithheldWhateverItsCountWithAPartner() {
        DisclosureControl control = new DisclosureControl(5);
        Map<String, Long> line = control.line(cells("LALB", 40, "CVGX", 9, "JFK", 7), true, false, Set.of("CVGX"));
        assertThat(line).containsEntry("CVGX", null).containsEntry("JFK", null).containsEntry("LALB", 40L);
        assertThat(control.summary().confidentialCells()).isEqualTo(1);
    }

    @Test
    void thePublishedCaseCountsWithholdTheSmallCellsAtEveryLevel() {
        DisclosureControl control = new DisclosureControl(5);
        List<EnforcementReport.CaseCell> raw = List.of(
                new EnforcementReport.CaseCell("PENALTY", "1592", "LALB", 6L),
                new EnforcementReport.CaseCell("PENALTY", "1592", "CVGX", 4L),
                new EnforcementReport.CaseCell("PENALTY", "1641", "LALB", 5L),
                new EnforcementReport.CaseCell("SEIZURE", "1526(e)", "LALB", 2L));
        EnforcementReport.CaseCounts counts = new EnforcementReport.CaseCounts(17L,
                cells("PENALTY", 15, "SEIZURE", 2, "LIQUIDATED_DAMAGES", 0),
                List.of(new EnforcementReport.StatuteCount("PENALTY", "1592", 10L),
                        new EnforcementReport.StatuteCount("PENALTY", "1641", 5L),
                        new EnforcementReport.StatuteCount("SEIZURE", "1526(e)", 2L)),
                cells("LALB", 13, "CVGX", 4), raw);

        EnforcementReport.CaseCounts published = EnforcementReportService.published(counts, control,
                Set.of(List.of("PENALTY", "1641", "LALB")));

        assertThat(published.total()).isEqualTo(17);
        // SEIZURE 2 is small; with the total shown, the next smallest nonzero family (PENALTY 15) goes with it
        assertThat(published.byFamily()).containsEntry("SEIZURE", null).containsEntry("PENALTY", null)
                .containsEntry("LIQUIDATED_DAMAGES", 0L);
        assertThat(published.byOffice()).containsEntry("CVGX", null).containsEntry("LALB", null);
        assertThat(published.byStatute()).extracting(EnforcementReport.StatuteCount::count).containsExactly(10L, 5L, null);
        // 1592 (10 shown): CVGX 4 goes, and LALB 6 with it; 1641 LALB holds a confidential party's cases
        assertThat(published.cells()).extracting(EnforcementReport.CaseCell::count).containsExactly(null, null, null, null);
    }

    @Test
    void thePublishedNationalSecurityExceptionsShowNothingBelowTheMinimum() {
        DisclosureControl control = new DisclosureControl(5);
        EnforcementReport.Exceptions few = EnforcementReportService.published(new EnforcementReport.Exceptions(4L,
                cells("PENALTY", 4, "SEIZURE", 0), cells("LALB", 1, "CVGX", 3)), control);
        assertThat(few.granted()).isNull();
        assertThat(few.byFamily().values()).containsOnlyNulls();
        assertThat(few.byOffice().values()).containsOnlyNulls();

        EnforcementReport.Exceptions many = EnforcementReportService.published(new EnforcementReport.Exceptions(12L,
                cells("PENALTY", 12, "SEIZURE", 0), cells("LALB", 7, "CVGX", 5)), control);
        assertThat(many.granted()).isEqualTo(12);
        assertThat(many.byOffice()).containsEntry("LALB", 7L).containsEntry("CVGX", 5L);
        // SEIZURE 0 may not be shown; with it hidden, 12 - 12 = 0 would give it back, so PENALTY goes too
        assertThat(many.byFamily()).containsEntry("SEIZURE", null).containsEntry("PENALTY", null);
    }

    @Test
    void theReportWithholdsCellsForExactlyTheScopesThatCoverEnforcementData() {
        assertThat(EnforcementReportService.CONFIDENTIAL_ENFORCEMENT_SCOPES).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(gov.fpf.confidentiality.ConfidentialityScope.values())
                        .filter(gov.fpf.confidentiality.ConfidentialityScope::coversEnforcementData).map(Enum::name).toList());
    }
}
