package gov.fpf.party;

import java.time.LocalDate;
import java.util.List;

import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterSource;

/**
 * Good standing of an importer of record (EO 14411 Sec. 2(d)), derived from its record and its affiliates' on a date
 * under the given parameters and rules. The app passes the legal parameters and the register; the what-if dry run
 * passes a proposed change laid over them, so the same derivation answers "would this party's standing change?".
 */
public interface StandingAssessor {

    Standing assess(long partyId, LocalDate on, ParameterSource parameters, EoRuleSource rules);

    /** @param reasons why the party is not in good standing (empty when it is), each with its citation */
    record Standing(boolean goodStanding, List<Reason> reasons) {
    }

    /**
     * @param code     a stable code (FINDINGS_IN_LOOKBACK, ILLICIT_SUBSTANCE_FINDING, PAST_DUE_DEBT, AFFILIATE, OVERRIDE...)
     * @param text     the reason in words, naming the record it rests on
     * @param citation where the rule is written
     */
    record Reason(String code, String text, String citation) {
    }
}
