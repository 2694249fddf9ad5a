package gov.fpf.seizure;

import java.util.Date;
import java.util.Map;

/**
 * What {@code processes/seizure/SeizureForfeitureProcess.bpmn} asks of the seizure domain (law reference 1.5, 6; 19
 * U.S.C. 1602-1619; 19 CFR 162). As for the other families the delegates are thin and call one method each; the
 * domain computes every amount and date with its trace and citation and returns the few values the model's gateways,
 * decision table and timers need. Dates are {@link java.util.Date}, flags {@link Boolean}, amounts Double; keys are
 * the {@code VAR_*} names of {@link SeizureForfeitureProcess}. Every step receives the execution's variables (what
 * the person at the last task entered, and the service task's local inputs); a delegate refuses a result that lacks
 * a key its model needs next, naming the method and the key. Dates entered on a form arrive as {@code yyyy-MM-dd}
 * text from Tasklist's date field (or a Date from a Java caller); numbers entered on a form may be Long or Double.
 *
 * <p>When the domain starts the process (business key = case number) it passes caseNumber and officeCode, and for the
 * task forms seizureNumber, partyName, seizureDate, statute and itemsSummary (see {@link SeizureForfeitureProcess}).
 */
public interface SeizureSteps {

    /**
     * After the custodian's custody and inventory task (storageLocation, dailyStorageRate, perishable, hazardous,
     * highRisk, photographReferences, inventoryNote). Returns summarySaleDate: the day the accrued storage cost reaches
     * the 19 CFR 162.48(b) share of the value as estimated at seizure (the seizure date itself for perishable goods).
     * The appraisal task is due that day; {@link #recordAppraisal} computes the date the 1612 approval opens on.
     */
    CustodyRecorded recordCustody(String caseNumber, Map<String, Object> variables);

    /**
     * After the appraisal task (appraisedValue, appraisalBasis; 19 U.S.C. 1606, 19 CFR 162.43). Returns the inputs of
     * the SeizurePath decision: appraisedValue (Double), administrativeLimit (Double, the 1607 parameter), prohibited,
     * drugConveyance, monetaryInstrument, counterfeit (Booleans, never null); and the recomputed summarySaleDate. On
     * an administrative path the 1612 approval opens on that date on its own (perishable: at once); it is read once,
     * when the administrative proceedings start, so it is final here.
     */
    Appraised recordAppraisal(String caseNumber, Map<String, Object> variables);

    /**
     * Stores the SeizurePath decision (forfeiturePath ADMINISTRATIVE | JUDICIAL, pathCitation, trademarkOwnerNotice,
     * among the variables). Returns costBondAmount (Double, 19 U.S.C. 1608), on either path.
     */
    PathRecorded recordPath(String caseNumber, Map<String, Object> variables);

    /** 19 CFR 133.21, 133.52: notice of the seizure to the trademark owner (counterfeits). Returns nothing needed. */
    void notifyTrademarkOwner(String caseNumber, Map<String, Object> variables);

    /**
     * 19 U.S.C. 1607; 19 CFR 162.31, 162.45: the notice of seizure with the election of proceedings. Returns
     * petitionDueDate (30 days from mailing, 171.2(b)(1)) and electionDueDate: far off, until the actual first
     * publication is recorded (the 1608 claim period runs from it) and the case service moves it. On the CAFRA path
     * (18 U.S.C. 983(a)) returns cafraNoticeTimely (mailed within 60 days of the seizure) and, when mailed,
     * claimDueDate (35 days after mailing).
     */
    NoticeIssued issueNoticeOfSeizure(String caseNumber, Map<String, Object> variables);

    /**
     * Returns petitionTimely (Boolean). The petition id is the execution's petitionId. The local input proceedsPetition
     * says which period applies: false for a petition while the election is open (30 days from mailing, 171.2(b)(1);
     * supplemental = true for a supplemental petition, 171.61), true for a petition for the proceeds of a sale (3 months
     * after the sale, 1613(a)).
     */
    PetitionReceived recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables);

    /**
     * 19 CFR 171.21-22: the decision letter (remission on payment of an amount, on export or on destruction; a
     * cancellation; or denial), with petitionOutcome, decidedAmount and decidingAuthority among the variables. Returns
     * remitted (Boolean: relief was granted), always. For a remission on conditions of a petition during the
     * proceedings (proceedsPetition = false, petitionOutcome not CANCEL) it also returns decisionValidUntil: the model
     * waits until then for the conditions to be met and then forfeits. A cancellation releases the property at once;
     * a decision on a petition for the proceeds (proceedsPetition = true) closes the case, so neither needs the date.
     * A denial during the proceedings also returns supplementalPetitionDueDate: when the 60-day window of 19 CFR 171.61
     * closes (at once after a supplemental petition is itself denied); forfeiture waits for it.
     */
    Decision issueDecision(String caseNumber, Map<String, Object> variables);

    /**
     * The property is forfeited. basis: ASSENT (abandonment, CBP Form 4607, EO 14411 Sec. 5: no further notices),
     * DECLARED (1609: no response by electionDueDate), PETITION (relief denied or its conditions not met by
     * decisionValidUntil), JUDICIAL (decree; courtOrderReference among the variables). Returns forfeitureDate. The
     * model copies the basis to the case as forfeitureBasis for the disposition forms.
     */
    Forfeited recordForfeiture(String caseNumber, String basis, Map<String, Object> variables);

    /**
     * A claim with cost bond (1608; forfeiturePath is ADMINISTRATIVE) or a case not eligible for administrative
     * forfeiture (1610; forfeiturePath is JUDICIAL). referredTo is always US_ATTORNEY. Returns referralReason,
     * followUpCycle (ISO 8601 repeating interval) and referralEscalationDate.
     */
    Referral prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables);

    /**
     * 19 U.S.C. 1612; 19 CFR 162.48: checks the supervisor's approval (summarySaleDecision SALE | DESTRUCTION |
     * REJECTED, summarySaleReason; never approved by the officer who seized: the step runs in the transaction that
     * completes the supervisor's task, so the approver is the authenticated user) and records it. Throwing refuses
     * the approval and the task stays open. Returns the scope of an approved sale (the whole seizure, or its
     * perishable items only).
     */
    SummarySaleDecided recordSummarySaleDecision(String caseNumber, Map<String, Object> variables);

    /**
     * After the custodian carried out the summary sale or destruction (summarySaleDecision; saleDate and saleProceeds,
     * or destructionDate, witness and certificateReference). Proceeds stand in for the goods. Returns
     * proceedsPetitionDueDate (3 months after a sale, 1613(a)); for a destruction, the date of destruction (the case
     * then closes as SUMMARY_DESTROYED without waiting).
     */
    ProceedsPeriod recordSummarySale(String caseNumber, Map<String, Object> variables);

    /** 19 U.S.C. 1614: release on payment of the appraised value (treated as proceeds, 1613). Returns nothing needed. */
    void releaseOnPaymentOfValue(String caseNumber, Map<String, Object> variables);

    /**
     * Checks the officer's disposition choice (dispositionMethod SALE | DESTRUCTION | THIRD_PARTY_DISPOSAL | RETENTION |
     * TRANSFER | DONATION | RETURN with its details: disposer, recipientAgency, ownerConsent, dispositionNote) against
     * the rules (counterfeits destroyed unless the owner consents; auction of counterfeits only 90 days after
     * forfeiture). Throwing refuses the choice and the officer's task stays open. Returns dispositionMethod.
     */
    DispositionChecked checkDisposition(String caseNumber, Map<String, Object> variables);

    /**
     * After the custodian carried out the disposition (dispositionDate, saleProceeds for a sale, certificateReference
     * and witness for a destruction, disposerReference for a third-party disposal). Proceeds are applied in the order
     * of 1613. Returns proceedsPetitionDueDate (for a sale: 3 months after it, when the model stops waiting for a
     * petition for the proceeds; otherwise the disposition date).
     */
    ProceedsPeriod recordDisposition(String caseNumber, Map<String, Object> variables);

    /**
     * Release of the property to the claimant; the local input releaseReason says why: REMISSION (the remission's
     * conditions met, or the seizure cancelled on petition), COMPROMISE (offer accepted by counsel), COURT_ORDER,
     * NO_TIMELY_NOTICE (CAFRA, 983(a)(1)(F)), NO_COMPLAINT (CAFRA, 983(a)(3)(B)).
     */
    void releaseProperty(String caseNumber, Map<String, Object> variables);

    /**
     * Outcome: RELEASED, RELEASED_ON_PAYMENT, COMPROMISED, DISPOSED (also a sale, once its proceeds petition period is
     * over or the petition decided), SUMMARY_SOLD, SUMMARY_DESTROYED or RETURNED (on a court order, or as the
     * disposition). A referral to the U.S. Attorney always ends in one of these: the court forfeits (then disposition)
     * or orders the property returned.
     */
    void closeCase(String caseNumber, String outcome, Map<String, Object> variables);

    /** {@link #recordCustody}: the timer instant of the 1612 date. */
    record CustodyRecorded(Date summarySaleDate) {
    }

    /** {@link #recordAppraisal}: the SeizurePath decision's inputs and the recomputed 1612 date. */
    record Appraised(double appraisedValue, double administrativeLimit, boolean prohibited, boolean drugConveyance,
                     boolean monetaryInstrument, boolean counterfeit, Date summarySaleDate) {
    }

    /** {@link #recordPath}: the claim cost bond in dollars. */
    record PathRecorded(double costBondAmount) {
    }

    /**
     * {@link #issueNoticeOfSeizure}: on the Title 19 path the petition and election dates; on the CAFRA path whether
     * the notice was timely and, when it was, the claim date.
     */
    record NoticeIssued(Date petitionDueDate, Date electionDueDate, Boolean cafraNoticeTimely, Date claimDueDate) {

        static NoticeIssued election(Date petitionDueDate, Date electionDueDate) {
            return new NoticeIssued(petitionDueDate, electionDueDate, null, null);
        }

        static NoticeIssued cafra(boolean timely, Date claimDueDate) {
            return new NoticeIssued(null, null, timely, claimDueDate);
        }
    }

    /** {@link #recordPetitionReceived}. */
    record PetitionReceived(boolean petitionTimely) {
    }

    /** {@link #issueDecision}: the dates are null where the model does not wait for them. */
    record Decision(boolean remitted, Date decisionValidUntil, Date supplementalPetitionDueDate) {
    }

    /** {@link #recordForfeiture}. */
    record Forfeited(Date forfeitureDate) {
    }

    /** {@link #prepareReferral}. */
    record Referral(String referralReason, String followUpCycle, Date referralEscalationDate) {
    }

    /** {@link #recordSummarySaleDecision}: SALE_SCOPE_WHOLE_SEIZURE or SALE_SCOPE_PERISHABLE_ITEMS. */
    record SummarySaleDecided(String summarySaleScope) {
    }

    /** {@link #recordSummarySale}, {@link #recordDisposition}: when the model stops waiting for a proceeds petition. */
    record ProceedsPeriod(Date proceedsPetitionDueDate) {
    }

    /** {@link #checkDisposition}: the method the officer chose, checked. */
    record DispositionChecked(DispositionMethod dispositionMethod) {
    }
}
