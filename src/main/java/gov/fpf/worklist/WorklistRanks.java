package gov.fpf.worklist;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;

/**
 * EO 14411 Sec. 4(b) in the worklist: while {@link EoRule#ENFORCEMENT_PRIORITIES} is in force, cases with an
 * enforcement priority come first, then the cases of HIGH risk-tier parties (Sec. 2(e) ties the tier to the worklist),
 * then the rest, each group by deadline. Before, the list is ordered by deadline alone, as under today's law.
 *
 * <p>Each read-model row holds its rank (column sort_rank) whatever the date, derived from the case's priority and
 * its party's tier: it is recomputed when either changes. Whether the rank orders the list is decided when the list is
 * read, on the caller's date: so an instrument takes effect on its effective date without re-writing any row, and a
 * rule repealed or not yet in force leaves the order of today's law. Both orders are one index range (V36).
 */
@Component
class WorklistRanks {

    static final int PRIORITY = 0;
    static final int HIGH_RISK_TIER = 1;
    static final int OTHER = 2;

    private final EoRuleSource rules;

    WorklistRanks(EoRuleSource rules) {
        this.rules = rules;
    }

    /** The rank of a row: its case's priority (an enum name or null) and its party's tier (a RiskTier name or null). */
    static int rank(String priority, String partyRiskTier) {
        if (priority != null) {
            return PRIORITY;
        }
        return "HIGH".equals(partyRiskTier) ? HIGH_RISK_TIER : OTHER;
    }

    /** Whether the list is ordered by rank on that date. */
    boolean ranked(LocalDate on) {
        return rules.inForce(EoRule.ENFORCEMENT_PRIORITIES, on).isPresent();
    }
}
