package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.Petition;

/** The seizure family's notices with the contents the law requires. Pure: the case's facts in, HTML out. */
final class SeizureNotices {

    static final String CUSTODY_RECEIPT = "CUSTODY_RECEIPT";
    static final String NOTICE_OF_SEIZURE = "NOTICE_OF_SEIZURE";
    static final String TRADEMARK_OWNER_NOTICE = "TRADEMARK_OWNER_NOTICE";
    static final String NOTICE_OF_SALE = "NOTICE_OF_SALE";
    static final String DECLARATION_OF_FORFEITURE = "DECLARATION_OF_FORFEITURE";
    static final String DECISION_LETTER = "SEIZURE_DECISION_LETTER";
    static final String DISPOSITION_RECORD = "DISPOSITION_RECORD";

    record Addressee(String partyName, String officeName) {
    }

    private SeizureNotices() {
    }

    /** CBP Form 6051S: the custody receipt for seized property, given to the person it was taken from. */
    static String custodyReceipt(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to) {
        NoticeHtml html = NoticeHtml.titled("Custody receipt for seized property (CBP Form 6051S)", c.getCaseNumber(), c.isDemo())
                .fact("Received from", s.getPossessorName() == null ? to.partyName() : s.getPossessorName())
                .fact("Seizing office", to.officeName())
                .fact("Date of seizure", s.getSeizureDate())
                .fact("Place of seizure", s.getPlaceOfSeizure())
                .fact("Law", s.getStatute());
        items(html, items);
        return html.html();
    }

    /**
     * 19 U.S.C. 1607; 19 CFR 162.31, 162.45: the notice of seizure and intent to forfeit, with the election of
     * proceedings.
     */
    static String noticeOfSeizure(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed,
                                  LocalDate firstPublication, LocalDate publicationEnds, LocalDate petitionDue,
                                  LocalDate claimDue) {
        NoticeHtml html = NoticeHtml.titled("Notice of seizure and information to claimants; election of proceedings",
                        c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed)
                .section("The seizure")
                .fact("Law violated", s.getStatute())
                .fact("Acts or omissions", s.getCause())
                .fact("Date of seizure", s.getSeizureDate())
                .fact("Place of seizure", s.getPlaceOfSeizure())
                .fact("Appraised domestic value", s.getAppraisedValue());
        items(html, items);
        html.section("Publication")
                .paragraph((firstPublication == null
                        ? "This seizure will be published on the official government forfeiture website"
                        + " (www.forfeiture.gov) for at least 30 consecutive days, at about the same time as this notice;"
                        + " the date of first publication is shown there"
                        : "This seizure is published on the official government forfeiture website for at least 30"
                        + " consecutive days from " + NoticeHtml.date(firstPublication) + " to "
                        + NoticeHtml.date(publicationEnds)) + " (19 CFR 162.45(b))."
                        + " Property of low value is also posted at the customhouse for at least three successive weeks"
                        + " (19 CFR 162.45(b)(2)).")
                .section("Your choices (election of proceedings): choose one")
                .paragraph("1. Petition for relief: file a petition for remission or mitigation by "
                        + NoticeHtml.date(petitionDue) + ", 30 days from the date of this notice (19 U.S.C. 1618; 19 CFR"
                        + " 171.2(b)(1)).")
                .paragraph("2. Offer in compromise: make an offer to settle the matter (19 U.S.C. 1617).")
                .paragraph("3. Abandon the property: sign the voluntary abandonment form (CBP Form 4607). The property is"
                        + " then forfeited to the United States by your assent, without further notice.")
                .paragraph("4. Ask for court action: file a claim and a cost bond of " + NoticeHtml.money(s.getCostBond())
                        + " (10% of the value, at least $250 and at most $5,000) "
                        + (claimDue == null ? "within 20 days from the first publication of this seizure"
                        : "by " + NoticeHtml.date(claimDue) + ", 20 days from the first publication")
                        + "; the case is then referred to the U.S. Attorney for judicial proceedings (19 U.S.C. 1608).")
                .paragraph("If you do none of these by those dates, the property will be declared forfeited and disposed of"
                        + " (19 U.S.C. 1609). Unless you and CBP expressly agree to defer them, forfeiture proceedings"
                        + " go ahead (19 CFR 162.31(a)).")
                .paragraph("Citation: 19 U.S.C. 1602-1609, 1617, 1618; 19 CFR 162.31, 162.45, 171.2.");
        return html.html();
    }

    /**
     * 18 U.S.C. 983(a); 19 CFR 162.92: the notice of seizure of a non-Title-19 civil forfeiture, within 60 days of the
     * seizure, with a claim deadline at least 35 days after mailing and no cost bond.
     */
    static String cafraNoticeOfSeizure(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed,
                                       LocalDate noticeDue, LocalDate claimDue) {
        NoticeHtml html = NoticeHtml.titled("Notice of seizure and information to claimants (CAFRA)", c.getCaseNumber(),
                        c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of mailing", mailed)
                .section("The seizure")
                .fact("Law", s.getStatute())
                .fact("Acts or omissions", s.getCause())
                .fact("Date of seizure", s.getSeizureDate())
                .fact("Place of seizure", s.getPlaceOfSeizure())
                .fact("Appraised value", s.getAppraisedValue());
        items(html, items);
        html.section("Your choices")
                .paragraph("1. File a claim to have the matter decided by a court by " + NoticeHtml.date(claimDue)
                        + " (at least 35 days after this notice was mailed). The claim is made under penalty of perjury,"
                        + " identifies the property and states your interest in it. No cost bond is required"
                        + " (18 U.S.C. 983(a)(2)). The Government must then file a complaint for forfeiture within 90"
                        + " days or return the property (983(a)(3)).")
                .paragraph("2. Petition for remission or mitigation within 30 days of this notice (19 CFR"
                        + " 171.2(b)(1)).")
                .paragraph("If no claim is filed by that date, the property will be forfeited administratively.")
                .paragraph("This notice was due by " + NoticeHtml.date(noticeDue) + ", 60 days from the seizure"
                        + " (18 U.S.C. 983(a)(1)(A)).")
                .paragraph("Citation: 18 U.S.C. 983(a); 19 CFR 162.92; " + s.getStatute() + ".");
        return html.html();
    }

    /** Counterfeit marks (19 U.S.C. 1526(e)): the trademark owner is told of the seizure. */
    static String trademarkOwnerNotice(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed) {
        NoticeHtml html = NoticeHtml.titled("Notice to the trademark owner of a seizure of goods bearing counterfeit marks",
                        c.getCaseNumber(), c.isDemo())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date", mailed)
                .fact("Date of seizure", s.getSeizureDate())
                .fact("Importer or owner", to.partyName());
        items(html, items);
        html.paragraph("Forfeited goods bearing counterfeit marks are destroyed unless you consent in writing to another"
                        + " disposition. With your consent, goods that are not unsafe or a hazard to health may, with the"
                        + " marks obliterated where feasible, be delivered to an agency or given to a charity that needs"
                        + " them, or sold at public auction more than 90 days after forfeiture if no agency or charity has"
                        + " established a need. Without your written consent they are not released on payment of their"
                        + " value or sold before forfeiture.")
                .paragraph("Citation: 19 U.S.C. 1526(e); 19 CFR 133.21, 133.52.");
        return html.html();
    }

    /** 19 U.S.C. 1612; 19 CFR 162.48(a): a notice of sale only, not of seizure or intent to forfeit. */
    static String noticeOfSale(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate date,
                               String action, String reason) {
        boolean sale = SeizureForfeitureProcess.SUMMARY_SALE.equals(action);
        NoticeHtml html = NoticeHtml.titled(sale ? "Notice of summary sale of seized property"
                        : "Notice of destruction of seized property", c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date", date)
                .fact("Reason", reason);
        items(html, items);
        html.paragraph(sale ? "The property listed will be sold at public auction before the forfeiture proceeding ends."
                        + " The proceeds are held subject to the claims of parties in interest and stand in place of the"
                        + " property: you may still petition or claim as stated in the notice of seizure (19 U.S.C. 1612(a);"
                        + " 19 CFR 162.48(a)). Property not listed stays in custody."
                        : "The cost of keeping the property is disproportionate to its value, and it will be destroyed or"
                        + " otherwise disposed of. Your rights are not extinguished: a claimant later granted relief is"
                        + " reimbursed the value at seizure less any amount owed (19 CFR 162.48(b)).")
                .paragraph("Citation: 19 U.S.C. 1612; 19 CFR 162.48.");
        return html.html();
    }

    /** 19 U.S.C. 1609: declaration of forfeiture (or forfeiture by assent after abandonment). */
    static String declarationOfForfeiture(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to,
                                          LocalDate date, String basis) {
        NoticeHtml html = NoticeHtml.titled("Declaration of forfeiture", c.getCaseNumber(), c.isDemo())
                .fact("Party", to.partyName())
                .fact("Date of forfeiture", date)
                .fact("Basis", switch (basis) {
                    case "ASSENT" -> "voluntary abandonment (CBP Form 4607): forfeited by assent";
                    case "DECLARED" -> "no petition, claim or other response by the deadlines (19 U.S.C. 1609)";
                    case "PETITION" -> "relief was denied or its conditions were not met (19 CFR 171.21-22)";
                    case "JUDICIAL" -> "decree of forfeiture";
                    default -> basis;
                });
        items(html, items);
        html.paragraph("Title vests in the United States free of liens (other than first preferred ship mortgages) from the"
                        + " date of the act giving rise to the forfeiture. The property will be disposed of.")
                .paragraph("Citation: 19 U.S.C. 1609; 19 CFR 162.46.");
        return html.html();
    }

    /** 19 CFR 171.21-22: the decision on a petition for remission. */
    static String decisionLetter(CaseFile c, SeizureCase s, Addressee to, LocalDate notice, Petition petition,
                                 BigDecimal decided, LocalDate validUntil, String conditions, String repeatReason,
                                 LocalDate supplementalDue) {
        NoticeHtml html = NoticeHtml.titled("Decision on petition for remission of forfeiture", c.getCaseNumber(), c.isDemo())
                .fact("To", to.partyName())
                .fact("From", "Fines, Penalties and Forfeitures Officer, " + to.officeName())
                .fact("Date of decision", notice)
                .fact("Petition filed", petition.getFiledDate() + (petition.isTimely() ? " (timely)" : " (late)"))
                .fact("Appraised domestic value", s.getAppraisedValue())
                .fact("Outcome", petition.getOutcome() == null ? "not stated" : petition.getOutcome().name().toLowerCase());
        if (validUntil != null) {
            html.fact("Amount to pay for release", decided)
                    .paragraph("The property will be released on payment of " + NoticeHtml.money(decided)
                            + (conditions == null ? "" : " and on these conditions: " + conditions)
                            + " by " + NoticeHtml.date(validUntil) + " (19 CFR 171.22). If you do not comply by then, the"
                            + " property is forfeited and disposed of.");
        } else if (supplementalDue != null) {
            html.paragraph("Relief is denied. You may file a supplemental petition by " + NoticeHtml.date(supplementalDue)
                    + ", 60 days from this notice (19 CFR 171.61). The property is not forfeited or disposed of before"
                    + " then; with no supplemental petition by that date it is forfeited and disposed of.");
        } else {
            html.paragraph("Relief is denied. The property is forfeited and will be disposed of.");
        }
        if (validUntil != null && supplementalDue != null) {
            html.paragraph("You may also file a supplemental petition by " + NoticeHtml.date(supplementalDue)
                    + " (19 CFR 171.61).");
        }
        if (repeatReason != null) {
            html.section("Repeat offender").paragraph(repeatReason);
        }
        if (petition.getFindings() != null) {
            html.section("Findings").paragraph(petition.getFindings());
        }
        html.paragraph("Citation: 19 U.S.C. 1618; 19 CFR 171.21, 171.22; EO 14411 Sec. 4(c).");
        return html.html();
    }

    /** The custodian's record of the disposition: method, date, witness and certificate, disposer or recipient. */
    static String dispositionRecord(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to,
                                    List<ProceedsShare> shares) {
        NoticeHtml html = NoticeHtml.titled("Record of disposition of forfeited property", c.getCaseNumber(), c.isDemo())
                .fact("Office", to.officeName())
                .fact("Method", s.getDispositionMethod() == null ? "not stated"
                        : s.getDispositionMethod().name().replace('_', ' ').toLowerCase())
                .fact("Date", s.getDispositionDate())
                .fact("Forfeited on", s.getForfeitureDate());
        if (s.getDisposer() != null) {
            html.fact("Authorized third-party disposer (EO 14411 Sec. 5)", s.getDisposer());
        }
        if (s.getRecipientAgency() != null) {
            html.fact("Receiving agency (19 U.S.C. 1616a)", s.getRecipientAgency());
        }
        if (s.getWitness() != null) {
            html.fact("Witness", s.getWitness());
        }
        if (s.getCertificateRef() != null) {
            html.fact("Certificate", s.getCertificateRef());
        }
        items(html, items);
        if (!shares.isEmpty()) {
            html.section("Proceeds applied (19 U.S.C. 1613)");
            for (ProceedsShare share : shares) {
                html.fact(share.getSeq() + ". " + share.getShareName(), share.getAmount());
            }
        }
        return html.html();
    }

    private static void items(NoticeHtml html, List<SeizureItem> items) {
        html.section("Property");
        for (SeizureItem item : items) {
            html.fact("Item " + item.getLineNo(), item.getQuantity() + " x " + item.getDescription() + ", appraised "
                    + NoticeHtml.money(item.getAppraisedValue())
                    + (item.isCounterfeit() ? "; counterfeit marks" : "")
                    + (item.isProhibited() ? "; prohibited" : "")
                    + (item.isPerishable() ? "; perishable" : ""));
        }
    }
}
