package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.fpf.bond.Bond;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;

/**
 * The liquidated-damages notices with what 19 CFR Part 172 requires them to say. Pure: the claim's facts in, HTML out.
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

    /** CBP Form 5955A: 19 CFR 172.1(a), 172.3(b); the Option 1 sum where the guideline has one. */
    static String claimNotice(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate mailed, LocalDate petitionDue) {
        NoticeHtml html = NoticeHtml.titled("Notice of claim for liquidated damages and demand for payment (CBP Form 5955A)",
                        c.getCaseNumber(), c.isDemo())
                .fact("To (principal)", to.principal())
                .fact("Copy to (surety)", to.surety())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.office())
                .fact("Date of mailing", mailed);
        breach(html, claim, bond);
        html.section("Liquidated damages claimed")
                .fact("Amount demanded", claim.getClaimAmount());
        if (claim.isExceedsCoverage()) {
            html.paragraph("The liquidated damages computed for this breach (" + NoticeHtml.money(claim.getComputedAmount())
                    + ") exceed what remains of the bond's limit of liability; the amount demanded under the bond is"
                    + " limited to " + NoticeHtml.money(claim.getClaimAmount()) + ".");
        }
        if (claim.getOptionOneAmount() != null) {
            html.section("Option 1: pay the guideline amount and close the case")
                    .paragraph("Instead of petitioning, you may pay " + NoticeHtml.money(claim.getOptionOneAmount())
                            + " by " + NoticeHtml.date(petitionDue) + ". Payment of that sum closes the claim and waives"
                            + " the right to petition; a supplemental petition on new facts remains possible.");
        }
        html.section("Your right to petition")
                .paragraph("You may petition for cancellation or mitigation of this claim. The petition must be filed with the"
                        + " office above by " + NoticeHtml.date(petitionDue) + ", 60 days from the date of mailing"
                        + " (19 CFR 172.3(b)). If you need more time, ask for it in writing before that date (19 CFR"
                        + " 172.3(c)). A petition filed late is considered only in extraordinary circumstances and costs"
                        + " more under CBP's guidelines.")
                .paragraph("If the claim is neither paid nor petitioned by that date, payment will be demanded from the surety,"
                        + " and an unsatisfied bond is reported to the Department of Justice 180 days after liability"
                        + " accrued (19 CFR 113.52).")
                .paragraph("Citation: 19 CFR 172.1, 172.2, 172.3; " + claim.getBreach().citation() + ".");
        return html.html();
    }

    /** 19 CFR 172.1(a): the surety is told of the claim at the same time as the principal. */
    static String suretyNotice(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate mailed, LocalDate petitionDue) {
        NoticeHtml html = NoticeHtml.titled("Notice to surety of a claim for liquidated damages", c.getCaseNumber(), c.isDemo())
                .fact("To (surety)", to.surety())
                .fact("Principal", to.principal())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.office())
                .fact("Date of mailing", mailed);
        breach(html, claim, bond);
        html.section("Claim against the principal")
                .fact("Amount demanded from the principal", claim.getClaimAmount())
                .fact("Principal's petition period ends", petitionDue)
                .paragraph("No action is required of the surety now. If the principal neither pays nor petitions, CBP will"
                        + " demand payment from the surety, who then has 60 days to pay or petition (19 CFR 172.4).")
                .paragraph("Citation: 19 CFR 172.1(a).");
        return html.html();
    }

    /** 19 CFR 172.4: the demand on the surety, with its own 60 days. */
    static String suretyDemand(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate demanded,
                               BigDecimal amount, LocalDate suretyDue, LocalDate referral) {
        NoticeHtml html = NoticeHtml.titled("Demand on surety for payment of liquidated damages", c.getCaseNumber(), c.isDemo())
                .fact("To (surety)", to.surety())
                .fact("Copy to (principal)", to.principal())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.office())
                .fact("Date of demand", demanded);
        breach(html, claim, bond);
        html.section("Amount demanded from the surety")
                .fact("Amount", amount)
                .paragraph("The principal did not pay the claim. Under the bond, the surety is jointly and severally liable"
                        + " up to its limit. Pay or petition for relief by " + NoticeHtml.date(suretyDue)
                        + ", 60 days from the date of this demand (19 CFR 172.4).")
                .paragraph("If the bond remains unsatisfied, it will be reported to the Department of Justice on or after "
                        + NoticeHtml.date(referral) + " unless a petition, protest or settlement is pending (19 CFR 113.52).")
                .paragraph("Citation: 19 CFR 172.4; 113.52.");
        return html.html();
    }

    /** 19 CFR 172.21, 172.41: the decision, valid 60 days, with the right to a supplemental petition. */
    static String decisionLetter(CaseFile c, LdClaim claim, Bond bond, Parties to, LocalDate notice, Petition petition,
                                 BigDecimal decided, LocalDate validUntil, LocalDate supplementalDue,
                                 String repeatOffenderReason) {
        String petitioner = "SURETY".equals(petition.getFiledBy()) ? to.surety() : to.principal();
        NoticeHtml html = NoticeHtml.titled("Decision on petition for relief from liquidated damages", c.getCaseNumber(), c.isDemo())
                .fact("To", petitioner)
                .fact("Copy to", "SURETY".equals(petition.getFiledBy()) ? to.principal() + " (principal)" : to.surety() + " (surety)")
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.office())
                .fact("Date of decision", notice)
                .fact("Petition filed", petition.getFiledDate() + (petition.isTimely() ? " (timely)" : " (late)"));
        breach(html, claim, bond);
        html.section("Decision")
                .fact("Claim", claim.getClaimAmount())
                .fact("Outcome", petition.getOutcome() == null ? "not stated" : petition.getOutcome().name().toLowerCase());
        if (decided.signum() == 0) {
            html.paragraph("The claim is cancelled without payment. The charge against the bond is cancelled (19 CFR 113.51).");
        } else {
            html.fact("Amount to pay", decided)
                    .paragraph("On payment of " + NoticeHtml.money(decided) + " by " + NoticeHtml.date(validUntil)
                            + " the claim is closed and the charge against the bond cancelled (19 CFR 172.21; 113.51)."
                            + " If it is not paid by then, the decision lapses and the full claim is due.")
                    .paragraph("You may file a supplemental petition by " + NoticeHtml.date(supplementalDue)
                            + " (19 CFR 172.41).");
        }
        if (repeatOffenderReason != null) {
            html.section("Repeat offender").paragraph(repeatOffenderReason);
        }
        if (petition.getFindings() != null) {
            html.section("Findings").paragraph(petition.getFindings());
        }
        html.paragraph("Citation: 19 U.S.C. 1623; 19 CFR 172.21, 172.41; EO 14411 Sec. 4(c).");
        return html.html();
    }

    private static void breach(NoticeHtml html, LdClaim claim, Bond bond) {
        html.section("Bond and breach")
                .fact("Bond", (bond.getBondNumber() == null ? "bond " + bond.getId() : bond.getBondNumber()) + ", "
                        + bond.getType().name().toLowerCase().replace('_', ' ') + ", limit of liability "
                        + NoticeHtml.money(bond.getAmount()))
                .fact("Condition breached", claim.getBreach().name().replace('_', ' ').toLowerCase() + " ("
                        + claim.getBreach().citation() + ")")
                .fact("Date of breach", claim.getBreachDate())
                .fact("Entry number", claim.getEntryNumber() == null ? "none" : claim.getEntryNumber());
    }
}
