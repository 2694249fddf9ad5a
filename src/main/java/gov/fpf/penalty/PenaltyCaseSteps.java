package gov.fpf.penalty;

import java.time.LocalDate;
import java.util.Map;

/**
 * What {@code processes/penalty/PenaltyCaseProcess.bpmn} asks of the penalty domain. The model's delegates are thin
 * and call exactly one method each; the domain computes every amount and date (with its trace and citation) and
 * returns the few values the model's gateways and timers need, which the delegate sets on the execution.
 *
 * <p>Returned maps: dates as {@link java.util.Date} (timers wait on them), booleans as {@link Boolean}, amounts as
 * Double or BigDecimal-as-String. Keys are the {@code VAR_*} names of {@link PenaltyCaseProcess}; a delegate
 * refuses a result that lacks a key its model needs next, naming the method and the key. Every step also receives
 * the execution's variables, so the domain reads what the person at the last task decided.
 */
public interface PenaltyCaseSteps {

    /** 19 U.S.C. 1621. Returns solExpired (Boolean), solDate, solWarning24Date, solWarning12Date, solCounselDate. */
    Map<String, Object> checkStatuteOfLimitations(String caseNumber, Map<String, Object> variables);

    /** After the culpability task: returns ppnRequired (Boolean), fraud (Boolean), hqApprovalRequired (Boolean). */
    Map<String, Object> assessAmount(String caseNumber, Map<String, Object> variables);

    /**
     * 19 CFR Part 171 App. B (E)(1)(b)(i): records Headquarters' decision (APPROVED or RETURNED, with its comment) on
     * a fraud pre-penalty notice below domestic value, as the person who completed the task.
     */
    void recordHeadquartersPpnDecision(String caseNumber, String decision, String comment, Map<String, Object> variables);

    /** 19 CFR 162.78. Returns ppnResponseDueDate. */
    Map<String, Object> issuePrePenaltyNotice(String caseNumber, Map<String, Object> variables);

    /** Returns nothing the model needs (may be empty). */
    Map<String, Object> issueNoViolationStatement(String caseNumber, Map<String, Object> variables);

    /** CBP Form 5955A, 19 CFR 171.2. Returns petitionDueDate. */
    Map<String, Object> issuePenaltyNotice(String caseNumber, Map<String, Object> variables);

    /** 19 CFR 171.21-22. Returns decisionValidUntil and supplementalDueDate (both needed unless the penalty was cancelled). */
    Map<String, Object> issueDecision(String caseNumber, Map<String, Object> variables);

    /** Returns petitionTimely (Boolean) and, for a supplemental petition, waiverRequired (Boolean). */
    Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables);

    /** Returns referralReason, followUpCycle (ISO 8601 repeating interval) and referralEscalationDate. */
    Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables);

    /** Outcome: PAID, NO_VIOLATION, COMPROMISED, REFERRED, SOL_EXPIRED, DECIDED_PAID or CANCELLED. */
    void closeCase(String caseNumber, String outcome, Map<String, Object> variables);

    /** Warning: SOL_24_MONTHS or SOL_12_MONTHS. */
    void recordSolWarning(String caseNumber, String warning, Map<String, Object> variables);

    /**
     * Records a decision about the statute of limitations, so every waiver request, waiver outcome and counsel
     * decision is part of the case (DHS OIG-24-49). Decision: WAIVER_OBTAINED (newSolDate required), WAIVER_REFUSED,
     * REFER_NOW, WRITTEN_REASON (reason required). For WAIVER_OBTAINED returns the new solDate, solWarning24Date,
     * solWarning12Date and solCounselDate (the model re-arms its guard from them); otherwise may be empty.
     */
    Map<String, Object> recordSolDecision(String caseNumber, String decision, LocalDate newSolDate, String reason,
                                          Map<String, Object> variables);
}
