package gov.fpf.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of a what-if dry run: the proposal, the date every recomputation used, the open cases it would change
 * and the totals. Nothing of it is stored.
 *
 * @param evaluatedOn   the proposal's effective date: every value is "what a decision on that date would be"
 * @param officeScope   always ALL: only administrators run the dry run, and they see every office
 * @param casesExamined the open cases (status not CLOSED) recomputed
 */
public record WhatIfResult(Proposal proposal, LocalDate evaluatedOn, String officeScope, int casesExamined,
                           List<Change> changes, Totals totals, long elapsedMillis) {

    /** what was proposed, in words and by kind (PARAMETER_VALUE or INSTRUMENT) */
    public record Proposal(String kind, String description, LocalDate effectiveDate) {
    }

    /**
     * One value of one case that would change.
     *
     * @param subject    the deadline's name (DEADLINE) or the party's name (STANDING); null for MAXIMUM and FLOOR
     * @param before     under the recorded parameters and instruments: dollars (MAXIMUM, FLOOR), a date (DEADLINE),
     *                   GOOD or NOT_GOOD (STANDING); NONE when the rule does not apply, NOT_SET when it applies
     *                   without a known amount
     * @param after      the same with the proposal
     * @param difference after minus before: dollars to the cent (MAXIMUM, FLOOR) or days (DEADLINE); null when one
     *                   side is not a number (a floor that begins to apply, a standing)
     * @param unit       USD, DAYS or STANDING
     */
    public record Change(String caseNumber, String family, String officeCode, WhatChanges what, String subject,
                         Object before, Object after, BigDecimal difference, String unit) {

        /** how a page shows the before value: MONEY, DATE or CODE */
        public String beforeKind() {
            return kind(before);
        }

        /** how a page shows the after value: MONEY, DATE or CODE */
        public String afterKind() {
            return kind(after);
        }

        private static String kind(Object v) {
            return v instanceof BigDecimal ? "MONEY" : v instanceof LocalDate ? "DATE" : "CODE";
        }
    }

    /**
     * @param affectedCases      cases with at least one change
     * @param maximumDifference  sum of the maxima's differences, dollars
     * @param floorDifference    sum of the floors' numeric differences, dollars
     */
    public record Totals(int affectedCases, int changes, int maximumChanges, BigDecimal maximumDifference,
                         int floorChanges, BigDecimal floorDifference, int deadlineChanges, int standingChanges) {
    }
}
