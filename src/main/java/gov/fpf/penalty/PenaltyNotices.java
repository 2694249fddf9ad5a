package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;

/**
 * The penalty family's notices with the contents the law requires. Each method is pure: the case's facts in, HTML out.
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
    static String prePenaltyNotice(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, LocalDate responseDue,
                                   boolean shortened) {
        NoticeHtml html = NoticeHtml.titled("Pre-penalty notice", c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed);
        violationFacts(html, p);
        html.section("Proposed penalty")
                .fact("Degree of culpability", p.getCulpability() == null ? "not applicable" : p.getCulpability().name().replace('_', ' ').toLowerCase())
                .fact("Estimated loss of duties, taxes and fees", p.getLossOfRevenue())
                .fact("Proposed penalty", p.getProposedAmount())
                .section("Your right to respond")
                .paragraph("You may make oral and written representations why this penalty should not be issued, or should"
                        + " be issued in a lesser amount. They must reach the office above by " + NoticeHtml.date(responseDue)
                        + (shortened ? ", a period shortened because less than one year remains before the statute of"
                        + " limitations (19 CFR 162.78(a))." : ", 30 days from the date of mailing (19 CFR 162.78(a))."))
                .paragraph("Citation: 19 U.S.C. 1592(b)(1)(A); 19 CFR 162.77, 162.78.");
        return html.html();
    }

    /** CBP Form 5955A content: 19 U.S.C. 1592(b)(2); 19 CFR 162.79a, 171.2. */
    static String penaltyNotice(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, BigDecimal assessed,
                                BigDecimal ppnAmount, LocalDate petitionDue, boolean shortened, BigDecimal lossOfRevenueDue) {
        NoticeHtml html = NoticeHtml.titled("Notice of penalty and demand for payment (CBP Form 5955A)",
                        c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed);
        violationFacts(html, p);
        html.section("Penalty claimed")
                .fact("Statute", p.getStatute().citation())
                .fact("Degree of culpability", p.getCulpability() == null ? "not applicable" : p.getCulpability().name().replace('_', ' ').toLowerCase())
                .fact("Penalty demanded", assessed);
        if (lossOfRevenueDue != null && lossOfRevenueDue.signum() > 0) {
            html.fact("Loss of duties, taxes and fees, demanded in addition (19 U.S.C. 1592(d))", lossOfRevenueDue)
                    .fact("Total demanded (penalty and loss of duties)", assessed.add(lossOfRevenueDue))
                    .paragraph("The loss of duties, taxes and fees is owed whether or not a penalty is assessed (19 U.S.C."
                            + " 1592(d)). Money received is applied first to the loss of duties, then to the penalty;"
                            + " the case is paid when both are.");
        }
        if (ppnAmount != null) {
            html.fact("Changes from the pre-penalty notice", ppnAmount.compareTo(assessed) == 0
                    ? "none: the amount proposed in the pre-penalty notice is claimed"
                    : "the proposed " + NoticeHtml.money(ppnAmount) + " is now " + NoticeHtml.money(assessed)
                    + " after your representations");
        } else {
            html.paragraph("No pre-penalty notice preceded this notice (19 U.S.C. 1592(b)(1)(B): the claim is $1,000 or"
                    + " less, or the importation was noncommercial); it therefore states the facts a pre-penalty notice"
                    + " would have (19 CFR 162.79a).");
        }
        html.section("Your right to petition")
                .paragraph("You may pay the penalty, or petition for remission or mitigation under 19 U.S.C. 1618. File the"
                        + " petition with the Fines, Penalties and Forfeitures Officer named above by "
                        + NoticeHtml.date(petitionDue) + (shortened
                        ? ", a period shortened because fewer than 180 days remain before the statute of limitations (19 CFR 171.2(e))."
                        : ", 60 days from the date of mailing (19 CFR 171.2(b)(2)).")
                        + " If no petition or payment is received by then, the case will be referred for collection.")
                .paragraph("Citation: 19 U.S.C. 1592(b)(2), 1618; 19 CFR 162.79a, 171.1, 171.2.");
        return html.html();
    }

    /** 19 U.S.C. 1592(b)(2) (findings and conclusions); 19 CFR 171.21-171.23, 171.61. */
    static String decisionLetter(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, Petition petition,
                                 BigDecimal assessed, BigDecimal decided, LocalDate payBy, LocalDate supplementalDue,
                                 String repeatOffenderReason, BigDecimal lossOfRevenueDue) {
        NoticeHtml html = NoticeHtml.titled("Decision on petition", c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed)
                .fact("Petition", (petition.isSupplemental() ? "supplemental petition" : "petition") + " filed "
                        + NoticeHtml.date(petition.getFiledDate()))
                .fact("Deciding authority", petition.getDecidingAuthority())
                .section("Decision")
                .fact("Penalty assessed", assessed)
                .fact("Outcome", petition.getOutcome())
                .fact("Penalty to pay", decided);
        boolean lorDue = lossOfRevenueDue != null && lossOfRevenueDue.signum() > 0;
        if (lorDue) {
            html.fact("Loss of duties, taxes and fees still to be paid (19 U.S.C. 1592(d))", lossOfRevenueDue)
                    .fact("Amount to pay (penalty and loss of duties)", decided.add(lossOfRevenueDue));
        }
        if (repeatOffenderReason != null) {
            html.paragraph("No mitigation is granted because the party is a repeat offender. " + repeatOffenderReason);
        }
        if (petition.isNationalSecurityException()) {
            html.paragraph("The amount is below the minimum of Executive Order 14411 Sec. 4(c) under an exception for"
                    + " circumstances that materially affect national security, approved by a supervisor.");
        }
        html.section("Findings of fact and conclusions of law")
                .paragraph(petition.getFindings() == null ? "See the case file." : petition.getFindings())
                .fact("Mitigating factors considered", petition.getMitigatingFactors())
                .fact("Aggravating factors considered", petition.getAggravatingFactors())
                .section("Conditions")
                .paragraph("Pay " + NoticeHtml.money(lorDue ? decided.add(lossOfRevenueDue) : decided) + " by "
                        + NoticeHtml.date(payBy) + " (this decision is"
                        + " effective for 60 days from notice, 19 CFR 171.22). If payment is not made or arranged and no"
                        + " supplemental petition is filed, the full penalty of " + NoticeHtml.money(assessed)
                        + " becomes due and the case will be referred for collection.")
                .paragraph((lorDue && decided.compareTo(assessed) < 0
                        ? "The relief granted is conditioned on payment of the loss of duties, taxes and fees of "
                        + NoticeHtml.money(lossOfRevenueDue) + " (19 U.S.C. 1592(d)) together with the penalty of "
                        + NoticeHtml.money(decided) + "; money received is applied first to the loss of duties. The relief"
                        + " is also conditioned on a release stating that this decision is full accord and satisfaction"
                        + " (19 CFR Part 171 App. B (F)(1))."
                        : "Mitigation is conditioned on payment of any actual loss of duties, taxes and fees (19 U.S.C."
                        + " 1592(d)) and on a release stating that this decision is full accord and satisfaction (19 CFR"
                        + " Part 171 App. B (F)(1)).") + " This decision cannot be protested (19 CFR 171.23).")
                .paragraph("You may file a supplemental petition by " + NoticeHtml.date(supplementalDue)
                        + " (19 CFR 171.61), whether or not you pay.");
        return html.html();
    }

    /** 19 U.S.C. 1592(b)(2): the written statement that no violation occurred. */
    static String noViolationStatement(CaseFile c, PenaltyCase p, Addressee to, LocalDate mailed, String reason) {
        NoticeHtml html = NoticeHtml.titled("Statement of no violation", c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed);
        violationFacts(html, p);
        html.section("Determination")
                .paragraph("Having considered your representations, CBP has determined that no violation of "
                        + p.getStatute().citation() + " occurred. No penalty will be issued and the case is closed.")
                .fact("Reason", reason)
                .paragraph("Citation: 19 U.S.C. 1592(b)(2).");
        return html.html();
    }

    private static void violationFacts(NoticeHtml html, PenaltyCase p) {
        html.section("The violation")
                .fact("Merchandise", p.getMerchandiseDescription())
                .fact("Entries", p.getEntryNumbers())
                .fact("Date of violation", p.getViolationDate())
                .fact("Laws and regulations violated", p.getStatute().citation())
                .fact("Material facts", p.getMaterialFacts());
    }
}
