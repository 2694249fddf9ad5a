package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.Letter;
import gov.fpf.mitigation.Petition;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;

/**
 * The seizure family's notices with the contents the law requires; the wording is in
 * {@code templates/notices/seizure/}. Pure: the case's facts, its deadlines and the parameter rows in force in, a
 * {@link Letter} out. A period the letter states is the one the case's deadline was counted with, or the row in force
 * on the date the law counts it from.
 */
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
    static Letter custodyReceipt(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to) {
        return letter("seizure/custody-receipt", c, s, items, to);
    }

    /**
     * 19 U.S.C. 1607; 19 CFR 162.31, 162.45: the notice of seizure and intent to forfeit, with the election of
     * proceedings.
     *
     * @param claimDue null until the first publication is recorded; the letter then states the claim period
     */
    static Letter noticeOfSeizure(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed,
                                  LocalDate firstPublication, LocalDate publicationEnds, Deadline petitionDue,
                                  Deadline claimDue, ParameterSource parameters) {
        return letter("seizure/notice-of-seizure", c, s, items, to)
                .with("mailed", mailed)
                .with("firstPublication", firstPublication)
                .with("publicationEnds", publicationEnds)
                .with("publication", parameters.valueOn(ParameterNames.PUBLICATION,
                        firstPublication == null ? mailed : firstPublication))
                .with("posting", parameters.valueOn(ParameterNames.CUSTOMHOUSE_POSTING, mailed))
                .with("petitionDue", petitionDue)
                .with("claimDue", claimDue)
                .with("claimPeriod", claimDue != null && claimDue.period() != null ? claimDue.period()
                        : parameters.valueOn(ParameterNames.CLAIM_COST_BOND, mailed))
                .with("costBondRate", parameters.valueOn(ParameterNames.COST_BOND_RATE, mailed))
                .with("costBondMinimum", parameters.valueOn(ParameterNames.COST_BOND_MINIMUM, mailed))
                .with("costBondMaximum", parameters.valueOn(ParameterNames.COST_BOND_MAXIMUM, mailed));
    }

    /**
     * 18 U.S.C. 983(a); 19 CFR 162.92: the notice of seizure of a non-Title-19 civil forfeiture, within its period of
     * the seizure, with a claim deadline at least its period after mailing and no cost bond.
     */
    static Letter cafraNoticeOfSeizure(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed,
                                       LocalDate noticeDue, Deadline claimDue, ParameterSource parameters) {
        return letter("seizure/cafra-notice-of-seizure", c, s, items, to)
                .with("mailed", mailed)
                .with("noticeDue", noticeDue)
                .with("noticePeriod", parameters.valueOn(ParameterNames.CAFRA_NOTICE, s.getSeizureDate()))
                .with("claimDue", claimDue)
                .with("complaintPeriod", parameters.valueOn(ParameterNames.CAFRA_COMPLAINT, mailed))
                .with("petitionPeriod", parameters.valueOn(ParameterNames.PETITION_SEIZURE, mailed));
    }

    /** Counterfeit marks (19 U.S.C. 1526(e)): the trademark owner is told of the seizure. */
    static Letter trademarkOwnerNotice(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate mailed,
                                       ParameterSource parameters) {
        return letter("seizure/trademark-owner-notice", c, s, items, to)
                .with("mailed", mailed)
                .with("auctionWait", parameters.valueOn(ParameterNames.COUNTERFEIT_AUCTION_WAIT, mailed));
    }

    /** 19 U.S.C. 1612; 19 CFR 162.48(a): a notice of sale only, not of seizure or intent to forfeit. */
    static Letter noticeOfSale(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to, LocalDate date,
                               String action, String reason) {
        return letter("seizure/notice-of-sale", c, s, items, to)
                .with("sale", SeizureForfeitureProcess.SUMMARY_SALE.equals(action))
                .with("date", date)
                .with("reason", reason);
    }

    /** 19 U.S.C. 1609: declaration of forfeiture (or forfeiture by assent after abandonment). */
    static Letter declarationOfForfeiture(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to,
                                          LocalDate date, String basis) {
        return letter("seizure/declaration-of-forfeiture", c, s, items, to)
                .with("date", date)
                .with("basis", basis);
    }

    /** 19 CFR 171.21-22: the decision on a petition for remission. */
    static Letter decisionLetter(CaseFile c, SeizureCase s, Addressee to, LocalDate notice, Petition petition,
                                 BigDecimal decided, Deadline validUntil, String conditions, String repeatReason,
                                 Deadline supplementalDue) {
        return letter("seizure/decision-letter", c, s, List.of(), to)
                .with("notice", notice)
                .with("petition", petition)
                .with("petitionFiled", petition.getFiledDate() + (petition.isTimely() ? " (timely)" : " (late)"))
                .with("outcome", petition.getOutcome())
                .with("decided", decided)
                .with("validUntil", validUntil)
                .with("conditions", conditions)
                .with("repeatReason", repeatReason)
                .with("supplementalDue", supplementalDue);
    }

    /** The custodian's record of the disposition: method, date, witness and certificate, disposer or recipient. */
    static Letter dispositionRecord(CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to,
                                    List<ProceedsShare> shares) {
        return letter("seizure/disposition-record", c, s, items, to)
                .with("method", s.getDispositionMethod())
                .with("shares", shares);
    }

    private static Letter letter(String template, CaseFile c, SeizureCase s, List<SeizureItem> items, Addressee to) {
        return Letter.of(template, c).with("s", s).with("items", items).with("to", to);
    }
}
