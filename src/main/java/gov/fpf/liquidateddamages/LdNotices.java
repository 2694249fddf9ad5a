package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.fpf.bond.Bond;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.Letter;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;

/**
 * The liquidated-damages notices with what 19 CFR Part 172 requires them to say; the wording is in
 * {@code templates/notices/liquidateddamages/}. Pure: the claim's facts, its deadlines and the parameter rows in force
 * in, a {@link Letter} out. A period the letter states is the one the claim's deadline was counted with.
 */
final class LdNotices {

    static final String CLAIM_NOTICE = "LD_CLAIM_NOTICE";
    static final String SURETY_NOTICE = "LD_SURETY_NOTICE";
    static final String SURETY_DEMAND = "LD_SURETY_DEMAND";
    static final String DECISION_LETTER = "LD_DECISION_LETTER";

    record Parties(String principal, String surety, String office) {
    }

    private LdNotices() {
    }

    /**
     * CBP Form 5955A: 19 CFR 172.1(a), 172.3(b); the Option 1 sum where the guideline has one. The referral period is
     * the row in force when liability accrued, as the claim's Department of Justice deadline was counted.
     */
    static Letter claimNotice(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate mailed, Deadline petitionDue,
                              ParameterSource parameters) {
        return letter("liquidateddamages/claim-notice", c, claim, bond, to)
                .with("mailed", mailed)
                .with("petitionDue", petitionDue)
                .with("dojReferral", parameters.valueOn(ParameterNames.BOND_DOJ_REFERRAL, claim.getLiabilityAccruedDate()));
    }

    /** 19 CFR 172.1(a): the surety is told of the claim at the same time as the principal. */
    static Letter suretyNotice(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate mailed, Deadline petitionDue,
                               ParameterSource parameters) {
        return letter("liquidateddamages/surety-notice", c, claim, bond, to)
                .with("mailed", mailed)
                .with("petitionDue", petitionDue)
                .with("suretyPeriod", parameters.valueOn(ParameterNames.PETITION_LD_SURETY, mailed));
    }

    /** 19 CFR 172.4: the demand on the surety, with its own period. */
    static Letter suretyDemand(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate demanded,
                               BigDecimal amount, Deadline suretyDue, LocalDate referral) {
        return letter("liquidateddamages/surety-demand", c, claim, bond, to)
                .with("demanded", demanded)
                .with("amount", amount)
                .with("suretyDue", suretyDue)
                .with("referral", referral);
    }

    /** 19 CFR 172.21, 172.41: the decision, valid for its period, with the right to a supplemental petition. */
    static Letter decisionLetter(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate notice, Petition petition,
                                 BigDecimal decided, Deadline validUntil, Deadline supplementalDue,
                                 String repeatOffenderReason) {
        boolean bySurety = "SURETY".equals(petition.getFiledBy());
        return letter("liquidateddamages/decision-letter", c, claim, bond, to)
                .with("petitioner", bySurety ? to.surety() : to.principal())
                .with("copyTo", bySurety ? to.principal() + " (principal)" : to.surety() + " (surety)")
                .with("notice", notice)
                .with("petition", petition)
                .with("petitionFiled", petition.getFiledDate() + (petition.isTimely() ? " (timely)" : " (late)"))
                .with("outcome", petition.getOutcome())
                .with("decided", decided)
                .with("cancelled", decided.signum() == 0)
                .with("validUntil", validUntil)
                .with("supplementalDue", supplementalDue)
                .with("repeatOffenderReason", repeatOffenderReason);
    }

    private static Letter letter(String template, CaseFile c, LdClaim claim, Bond bond, Parties to) {
        return Letter.of(template, c)
                .with("claim", claim)
                .with("to", to)
                .with("bondDescription", (bond.getBondNumber() == null ? "bond " + bond.getId() : bond.getBondNumber())
                        + ", " + bond.getType().name().toLowerCase().replace('_', ' ') + ", limit of liability "
                        + NoticeHtml.money(bond.getAmount()));
    }
}
