package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * What arrives on a seizure case, for the pages: the same services the seizure API calls (abandonment and claims by
 * {@link SeizureElection}, release on payment by {@link SeizureDisposition}, the custodian's log by
 * {@link SeizureCustody}), so the same rules answer.
 */
@Service
public class SeizureReceipts {

    private final SeizureElection election;
    private final SeizureDisposition disposition;
    private final SeizureCustody custody;

    SeizureReceipts(SeizureElection election, SeizureDisposition disposition, SeizureCustody custody) {
        this.election = election;
        this.disposition = disposition;
        this.custody = custody;
    }

    /** Voluntary abandonment on CBP Form 4607 (19 U.S.C. 1607(a), 1608); interestedPartyId null: the party seized from. */
    public void abandon(String caseNumber, LocalDate signedDate, String signedBy, Long interestedPartyId) {
        election.abandon(caseNumber, signedDate, signedBy, interestedPartyId);
    }

    /** A claim with cost bond (19 U.S.C. 1608): referral to the U.S. Attorney; a CAFRA claim has no bond. */
    public void claim(String caseNumber, LocalDate filedDate, String claimant, BigDecimal bondAmount) {
        election.claim(caseNumber, filedDate, claimant, bondAmount);
    }

    /** Release on payment of the appraised value (19 U.S.C. 1614). */
    public void releaseOnPayment(String caseNumber, BigDecimal amount, LocalDate paidDate, String paidBy) {
        disposition.releaseOnPayment(caseNumber, amount, paidDate, paidBy);
    }

    /** The custodian's log: a move, an inspection, photographs, a new storage rate (recomputes the 1612 date). */
    public CustodyEvent custodyEvent(String caseNumber, LocalDate date, CustodyEvent.Kind kind, String location,
                                     BigDecimal dailyRate, String note) {
        return custody.custodyEvent(caseNumber, date, kind, location, dailyRate, note);
    }
}
