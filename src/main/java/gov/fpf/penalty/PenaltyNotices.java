package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.Letter;
import gov.fpf.mitigation.Petition;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;

/**
 * The penalty family's notices with the contents the law requires; the wording is in
 * {@code templates/notices/penalty/}. Each method is pure: the case's facts, the deadlines the case was given and the
 * parameter rows in force in, a {@link Letter} out. A period the letter states is the one its deadline was counted
 * with, so the letter and the case cannot disagree.
 */
final class PenaltyNotices {

    static final String PRE_PENALTY_NOTICE = "PRE_PENALTY_NOTICE";
    static final String PENALTY_NOTICE = "PENALTY_NOTICE";
    static final String DECISION_LETTER = "DECISION_LETTER";
    static final String NO_VIOLATION_STATEMENT = "NO_VIOLATION_STATEMENT";

    private PenaltyNotices() {
    }

    record Addressee(String partyName, String officeName) {
    }

    /** 19 U.S.C. 1592(b)(1)(A); 19 CFR 162.77-162.78. */
    static Letter prePenaltyNotice(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, Deadline responseDue,
                                   boolean shortened, ParameterSource parameters) {
        return letter("penalty/pre-penalty-notice", c, p, to, mailed)
                .with("responseDue", responseDue)
                .with("shortened", shortened)
                .with("shorteningWindow", shortened
                        ? parameters.valueOn(ParameterNames.PPN_SHORTENING_WINDOW, mailed) : null);
    }

    /** CBP Form 5955A content: 19 U.S.C. 1592(b)(2); 19 CFR 162.79a, 171.2. */
    static Letter penaltyNotice(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, BigDecimal assessed,
                                BigDecimal ppnAmount, Deadline petitionDue, boolean shortened,
                                BigDecimal lossOfRevenueDue, ParameterSource parameters) {
        boolean lorDemanded = lossOfRevenueDue != null && lossOfRevenueDue.signum() > 0;
        return letter("penalty/penalty-notice", c, p, to, mailed)
                .with("assessed", assessed)
                .with("lossOfRevenueDemanded", lorDemanded)
                .with("lossOfRevenueDue", lossOfRevenueDue)
                .with("totalDemanded", lorDemanded ? assessed.add(lossOfRevenueDue) : assessed)
                .with("ppnAmount", ppnAmount)
                .with("sameAsPpn", ppnAmount != null && ppnAmount.compareTo(assessed) == 0)
                .with("ppnThreshold", ppnAmount == null ? parameters.valueOn(ParameterNames.PPN_THRESHOLD, mailed) : null)
                .with("petitionDue", petitionDue)
                .with("shortened", shortened)
                .with("shorteningWindow", shortened
                        ? parameters.valueOn(ParameterNames.PETITION_SHORTENING_WINDOW, mailed) : null);
    }

    /** 19 U.S.C. 1592(b)(2) (findings and conclusions); 19 CFR 171.21-171.23, 171.61. */
    static Letter decisionLetter(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, Petition petition,
                                 BigDecimal assessed, BigDecimal decided, Deadline validUntil, Deadline supplementalDue,
                                 String repeatOffenderReason, BigDecimal lossOfRevenueDue) {
        boolean lorOwed = lossOfRevenueDue != null && lossOfRevenueDue.signum() > 0;
        return letter("penalty/decision-letter", c, p, to, mailed)
                .with("petition", petition)
                .with("assessed", assessed)
                .with("decided", decided)
                .with("lossOfRevenueOwed", lorOwed)
                .with("lossOfRevenueDue", lossOfRevenueDue)
                .with("amountToPay", lorOwed ? decided.add(lossOfRevenueDue) : decided)
                .with("reliefConditionedOnLossOfRevenue", lorOwed && decided.compareTo(assessed) < 0)
                .with("repeatOffenderReason", repeatOffenderReason)
                .with("validUntil", validUntil)
                .with("supplementalDue", supplementalDue);
    }

    /** 19 U.S.C. 1592(b)(2): the written statement that no violation occurred. */
    static Letter noViolationStatement(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, String reason) {
        return letter("penalty/no-violation-statement", c, p, to, mailed).with("reason", reason);
    }

    private static Letter letter(String template, CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed) {
        return Letter.of(template, c)
                .with("p", p)
                .with("to", to)
                .with("mailed", mailed)
                .with("culpability", p.getCulpability() == null ? "not applicable" : p.getCulpability());
    }
}
