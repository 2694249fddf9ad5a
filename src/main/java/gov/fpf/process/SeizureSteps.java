package gov.fpf.process;

import java.util.Map;

/**
 * What {@code processes/seizure/SeizureForfeitureProcess.bpmn} asks of the seizure domain (law reference 1.5, 6; 19
 * U.S.C. 1602-1619; 19 CFR 162). As for the other families the delegates are thin and call one method each; the
 * domain computes every amount and date with its trace and citation and returns the few values the model's gateways,
 * decision table and timers need. Dates are {@link java.util.Date}, flags {@link Boolean}, amounts Double; keys are
 * the {@code VAR_*} names of {@link SeizureForfeitureProcess}. Every step receives the execution's variables (what
 * the person at the last task entered).
 */
public interface SeizureSteps {

    /**
     * After the custodian's custody and inventory task (storageLocation, dailyStorageRate, hazardous, highRisk,
     * photographs). Returns summarySaleDate: the day the accrued storage cost reaches the 19 CFR 162.48(b) share of
     * the value (the seizure date itself for perishable goods), when the 1612 approval opens on its own.
     */
    Map<String, Object> recordCustody(String caseNumber, Map<String, Object> variables);

    /**
     * After the appraisal task (appraisedValue, appraisalBasis; 19 U.S.C. 1606, 19 CFR 162.43). Returns the inputs of
     * the SeizurePath decision: appraisedValue (Double), administrativeLimit (Double, the 1607 parameter), prohibited,
     * drugConveyance, monetaryInstrument, counterfeit (Booleans); and the recomputed summarySaleDate.
     */
    Map<String, Object> recordAppraisal(String caseNumber, Map<String, Object> variables);

    /**
     * Stores the SeizurePath decision (forfeiturePath ADMINISTRATIVE | JUDICIAL, pathCitation, trademarkOwnerNotice).
     * Returns costBondAmount (Double, 19 U.S.C. 1608).
     */
    Map<String, Object> recordPath(String caseNumber, Map<String, Object> variables);

    /** 19 CFR 133.21, 133.52: notice of the seizure to the trademark owner (counterfeits). Returns nothing needed. */
    Map<String, Object> notifyTrademarkOwner(String caseNumber, Map<String, Object> variables);

    /**
     * 19 U.S.C. 1607; 19 CFR 162.31, 162.45: the notice of seizure with the election of proceedings, and publication.
     * Returns petitionDueDate (30 days from mailing, 171.2(b)(1)), claimDueDate (20 days from first publication,
     * 1608) and electionDueDate (the later of the two: no response by then means declaration of forfeiture).
     */
    Map<String, Object> issueNoticeOfSeizure(String caseNumber, Map<String, Object> variables);

    /** Returns petitionTimely (Boolean). The petition id is the execution's petitionId. */
    Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables);

    /**
     * 19 CFR 171.21-22: the decision letter (remission on payment of an amount, on export or on destruction; or
     * denial). Returns remitted (Boolean: relief was granted) and decisionValidUntil when it was.
     */
    Map<String, Object> issueDecision(String caseNumber, Map<String, Object> variables);

    /**
     * The property is forfeited. basis: ASSENT (abandonment, CBP Form 4607, EO 14411 Sec. 5), DECLARED (1609: no
     * response), PETITION (relief denied or its conditions not met), JUDICIAL (decree). Returns forfeitureDate.
     */
    Map<String, Object> recordForfeiture(String caseNumber, String basis, Map<String, Object> variables);

    /** A claim with cost bond (1608) or a judicial case (1610): returns referralReason, followUpCycle, referralEscalationDate. */
    Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables);

    /**
     * 19 U.S.C. 1612; 19 CFR 162.48: checks the supervisor's approval (summarySaleDecision SALE | DESTRUCTION |
     * REJECTED, summarySaleReason; never approved by the officer who seized) and records it. Returns nothing needed.
     */
    Map<String, Object> recordSummarySaleDecision(String caseNumber, Map<String, Object> variables);

    /**
     * After the custodian carried out the summary sale or destruction (saleProceeds, saleDate or destructionDate,
     * witness). Proceeds stand in for the goods. Returns proceedsPetitionDueDate (3 months after a sale, 1613(a)); for
     * a destruction, the date of destruction.
     */
    Map<String, Object> recordSummarySale(String caseNumber, Map<String, Object> variables);

    /** 19 U.S.C. 1614: release on payment of the appraised value (treated as proceeds, 1613). Returns nothing needed. */
    Map<String, Object> releaseOnPaymentOfValue(String caseNumber, Map<String, Object> variables);

    /**
     * Checks the officer's disposition choice (dispositionMethod SALE | DESTRUCTION | THIRD_PARTY_DISPOSAL | RETENTION |
     * TRANSFER | DONATION | RETURN with its details: disposer, recipient agency, owner consent) against the rules
     * (counterfeits destroyed unless the owner consents; auction of counterfeits only 90 days after forfeiture).
     * Returns dispositionMethod.
     */
    Map<String, Object> checkDisposition(String caseNumber, Map<String, Object> variables);

    /**
     * After the custodian carried out the disposition (date, proceeds for a sale, certificate and witness for a
     * destruction, the authorized disposer for a third-party disposal). Proceeds are applied in the order of 1613.
     * Returns proceedsPetitionDueDate (for a sale: 3 months after it; otherwise the disposition date).
     */
    Map<String, Object> recordDisposition(String caseNumber, Map<String, Object> variables);

    /** Release of the property to the claimant (remission complied with, court order, offer accepted). */
    Map<String, Object> releaseProperty(String caseNumber, Map<String, Object> variables);

    /**
     * Outcome: RELEASED, RELEASED_ON_PAYMENT, COMPROMISED, DISPOSED, SUMMARY_SOLD, SUMMARY_DESTROYED, RETURNED,
     * REFERRED_CLOSED.
     */
    void closeCase(String caseNumber, String outcome, Map<String, Object> variables);
}
