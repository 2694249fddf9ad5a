package gov.fpf.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual enforcement transparency report (EO 14411 Sec. 6): aggregates only. Nothing in it names a party or a
 * case; the finest dimension is family × statute × office. DEMO cases are left out. Each section states which date
 * puts a case (or a petition, payment or seizure) in the year; see {@link #definitions}.
 *
 * <p>Statute is the penalty statute (1592, 1641, 1526f, 1595a), the seizure statute (e.g. 1526(e)), and for
 * liquidated damages the bond condition breached (e.g. LATE_ISF), as the petition routing uses them.
 */
public record EnforcementReport(int year, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf,
                                Instant generatedAt, List<String> families, List<String> offices,
                                CaseCounts casesOpened, CaseCounts casesClosed, Amounts amounts,
                                Collected collectedInYear, Mitigation mitigation,
                                Exceptions nationalSecurityExceptions, Seizures seizures, Durations durations,
                                Limitations statuteOfLimitations, Map<String, String> definitions,
                                Disclosure disclosure) {

    /**
     * How the report's counts were controlled (DisclosureControl): counts below {@code minimumCell} are published as
     * null, and so are the cells around them that would give them back; {@code confidentialCells} are the finest cells
     * withheld because they hold cases of a party with a live confidentiality grant (EO 14411 Sec. 6).
     */
    public record Disclosure(long minimumCell, int suppressedCounts, int confidentialCells) {
    }


    public record CaseCounts(Long total, Map<String, Long> byFamily, List<StatuteCount> byStatute,
                             Map<String, Long> byOffice, List<CaseCell> cells) {
    }

    public record StatuteCount(String family, String statute, Long count) {
    }

    public record CaseCell(String family, String statute, String office, Long count) {
    }

    /** Money of a group of cases: how many, and the sums of their assessed, decided and paid amounts. */
    public record Money(long cases, BigDecimal assessed, BigDecimal decided, BigDecimal collected) {
        static final Money ZERO = new Money(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Money plus(Money o) {
            return new Money(cases + o.cases, assessed.add(o.assessed), decided.add(o.decided), collected.add(o.collected));
        }
    }

    public record AmountCell(String family, String statute, String office, Money money) {
    }

    /**
     * @param monetaryClaims          penalties and liquidated damages together (a seizure's "assessed" amount is the
     *                                appraised value of the property, so seizures are shown only by family)
     * @param monetaryClaimsByOffice  the same per office
     */
    public record Amounts(Money monetaryClaims, Map<String, Money> byFamily, Map<String, Money> monetaryClaimsByOffice,
                          List<AmountCell> cells) {
    }

    public record Collected(long payments, BigDecimal total, Map<String, BigDecimal> byFamily,
                            Map<String, BigDecimal> byOffice) {
    }

    /**
     * Petitions decided: how many, and by outcome.
     *
     * @param mitigationRate mitigated ÷ decided, four decimals; null when none was decided
     * @param assessed       the assessed amounts of the petitions' cases
     * @param decidedAmount  the amounts decided on the petitions
     */
    public record Rate(long decided, long mitigated, long cancelled, long denied, BigDecimal mitigationRate,
                       BigDecimal assessed, BigDecimal decidedAmount) {
    }

    public record StatuteRate(String family, String statute, Rate rate) {
    }

    public record RateCell(String family, String statute, String office, Rate rate) {
    }

    public record Mitigation(Rate total, Map<String, Rate> byFamily, List<StatuteRate> byStatute,
                             Map<String, Rate> byOffice, List<RateCell> cells) {
    }

    /** National-security exceptions to the floor granted (approved by a second supervisor): counts only. */
    public record Exceptions(Long granted, Map<String, Long> byFamily, Map<String, Long> byOffice) {
    }

    /**
     * @param dispositionsByMethod SALE, DESTRUCTION, THIRD_PARTY_DISPOSAL, RETENTION, TRANSFER, DONATION (disposed of in
     *                             the year, 1612 summary sales and destructions included) and RETURN (returned or
     *                             released to the owner in the year)
     * @param forfeituresByBasis   ABANDONMENT (CBP Form 4607, forfeited by assent), DECLARED (no response, 1609),
     *                             PETITION (relief denied or its conditions not met), JUDICIAL (court decree)
     */
    public record Seizures(Long seized, BigDecimal appraisedValueSeized, Map<String, Long> seizedByStatute,
                           Map<String, Long> seizedByOffice, Map<String, Long> dispositionsByMethod,
                           Map<String, Map<String, Long>> dispositionsByOffice, Long summaryDispositions,
                           BigDecimal saleProceeds, Map<String, Long> forfeituresByBasis,
                           Map<String, Map<String, Long>> forfeituresByOffice) {
    }

    /** Days between two dates: how many were measured, the median and the 90th percentile (null when none). */
    public record DayStats(long count, BigDecimal median, BigDecimal p90) {
    }

    public record Durations(DayStats seizureToDisposal, Map<String, DayStats> seizureToDisposalByOffice,
                            DayStats petitionToDecision, Map<String, DayStats> petitionToDecisionByFamily,
                            Map<String, DayStats> petitionToDecisionByOffice) {
    }

    /**
     * @param target                 zero: no case should be lost to the statute of limitations
     * @param closedByStatute        cases closed in the year because the statute of limitations had run
     * @param lapsedWhileOpen        penalty cases whose limitation date fell in the year (up to today) while they
     *                               were neither closed nor referred
     */
    public record Limitations(long target, Long closedByStatute, Map<String, Long> closedByFamily,
                              Map<String, Long> closedByOffice, Long lapsedWhileOpen,
                              Map<String, Long> lapsedWhileOpenByOffice) {
    }
}
