package gov.fpf.seizure;

import java.util.List;
import java.util.Set;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.referral.ReferralFollowUpProcess;

/**
 * Names in {@code processes/seizure/SeizureForfeitureProcess.bpmn}: seized property from the seizure to its disposal
 * (law reference 1.5 and 6; 19 U.S.C. 1602-1619; 19 CFR 162). Business key = case number; every instance carries
 * {@link #VAR_CASE_NUMBER} and {@link #VAR_OFFICE_CODE} (the engine tenant). The delegates call {@link SeizureSteps};
 * the dates the model waits on are {@link java.util.Date} variables computed by the domain.
 *
 * <p>The flow: the custodian takes custody ({@link #TASK_RECORD_CUSTODY_AND_INVENTORY}), the property is appraised,
 * and the {@link #DECISION_KEY} decision table chooses the path. A judicial path goes straight to the U.S. Attorney
 * (1610) and is followed by {@link ReferralFollowUpProcess} until the court's outcome is recorded. An administrative
 * path runs inside {@link #SUB_PROCESS_SEIZURE_BEFORE_DISPOSITION}: the trademark owner's notice for counterfeits, the
 * notice of seizure, and the party's election: a petition (reviewed by {@link PetitionReviewProcess}), an offer in
 * compromise (counsel), abandonment (forfeited by assent when no other interested party keeps its rights,
 * {@link #GATEWAY_OTHER_PARTIES_KEEP_RIGHTS}), a claim with cost bond (to the U.S. Attorney) or no response by
 * {@link #VAR_ELECTION_DUE_DATE} (declared forfeited, 1609; far off until the first publication is recorded, then moved
 * by the case service). A denial waits out the 171.61 supplemental-petition window before forfeiture. A non-Title-19
 * seizure runs {@link #SUB_PROCESS_CAFRA_FORFEITURE} instead (18 U.S.C. 983). The sub-process ends in
 * one of three ways: forfeited ({@link #ESCALATION_PROPERTY_FORFEITED}, to disposition), a claim and bond
 * ({@link #ESCALATION_CLAIM_AND_BOND_FILED}, to the U.S. Attorney), or closed (released, compromised; a terminate end
 * event). While it runs, two things can end it at any time before disposition: the 1612 summary sale or destruction,
 * which opens on its own on {@link #VAR_SUMMARY_SALE_DATE} and interrupts once a supervisor approves it
 * ({@link #ESCALATION_SUMMARY_SALE_APPROVED}; the approval is the called {@link #SUMMARY_SALE_KEY}), and release on
 * payment of the appraised value (1614, {@link #MESSAGE_RELEASE_ON_PAYMENT_OF_VALUE}). Forfeited property is disposed
 * of in the called {@link #DISPOSITION_KEY}; after a sale a petition for the proceeds is accepted until
 * {@link #VAR_PROCEEDS_PETITION_DUE_DATE} (3 months, 1613(a)).
 *
 * <p>Custody and appraisal come before the sub-process on purpose: its 1612 timer is armed when it starts, so the
 * appraised value and the summary-sale date computed from it must be known by then, and release on payment of the
 * appraised value needs the appraisal too.
 *
 * <p>Start variables the task forms show (set by the domain when it opens the case): {@link #VAR_SEIZURE_NUMBER},
 * {@link #VAR_PARTY_NAME}, {@link #VAR_SEIZURE_DATE}, {@link #VAR_STATUTE}, {@link #VAR_ITEMS_SUMMARY}; the model
 * itself needs only the case number and office code.
 */
public final class SeizureForfeitureProcess {

    public static final String KEY = "SeizureForfeitureProcess";
    public static final String RESOURCE = "processes/seizure/SeizureForfeitureProcess.bpmn";
    /** The forfeiture path decision table, called by {@link #TASK_DETERMINE_FORFEITURE_PATH}. */
    public static final String DECISION_KEY = "SeizurePath";
    public static final String DECISION_RESOURCE = "processes/seizure/SeizurePath.dmn";

    // Custody, appraisal and path.
    public static final String START_EVENT_SEIZURE_RECORDED = "StartEvent_SeizureRecorded";
    public static final String TASK_RECORD_CUSTODY_AND_INVENTORY = "Task_RecordCustodyAndInventory";
    public static final String TASK_RECORD_CUSTODY = "Task_RecordCustody";
    /** Due on the {@link #VAR_SUMMARY_SALE_DATE} custody computed, so perishable goods are appraised at once. */
    public static final String TASK_APPRAISE_DOMESTIC_VALUE = "Task_AppraiseDomesticValue";
    public static final String TASK_RECORD_APPRAISAL = "Task_RecordAppraisal";
    /** Business rule task on {@link #DECISION_KEY}. */
    public static final String TASK_DETERMINE_FORFEITURE_PATH = "Task_DetermineForfeiturePath";
    public static final String TASK_RECORD_PATH = "Task_RecordPath";
    public static final String GATEWAY_FORFEITURE_PATH = "Gateway_ForfeiturePath";

    // Administrative proceedings before disposition (the sub-process).
    public static final String SUB_PROCESS_SEIZURE_BEFORE_DISPOSITION = "SubProcess_SeizureBeforeDisposition";
    public static final String START_EVENT_ADMINISTRATIVE_PROCEEDINGS_OPEN = "StartEvent_AdministrativeProceedingsOpen";
    public static final String GATEWAY_TRADEMARK_OWNER_NOTICE = "Gateway_TrademarkOwnerNotice";
    public static final String TASK_NOTIFY_TRADEMARK_OWNER = "Task_NotifyTrademarkOwner";
    public static final String GATEWAY_TRADEMARK_OWNER_NOTIFIED = "Gateway_TrademarkOwnerNotified";
    public static final String TASK_ISSUE_NOTICE_OF_SEIZURE = "Task_IssueNoticeOfSeizure";
    public static final String GATEWAY_ELECTION_OPEN = "Gateway_ElectionOpen";
    public static final String GATEWAY_AWAIT_ELECTION = "Gateway_AwaitElection";
    public static final String INTERMEDIATE_EVENT_PETITION_RECEIVED = "IntermediateEvent_PetitionReceived";
    public static final String INTERMEDIATE_EVENT_OFFER_IN_COMPROMISE_RECEIVED = "IntermediateEvent_OfferInCompromiseReceived";
    public static final String INTERMEDIATE_EVENT_ABANDONMENT_RECEIVED = "IntermediateEvent_AbandonmentReceived";
    public static final String INTERMEDIATE_EVENT_CLAIM_AND_BOND_RECEIVED = "IntermediateEvent_ClaimAndBondReceived";
    /** Timer on {@link #VAR_ELECTION_DUE_DATE} (19 CFR 171.2(b)(1); 19 U.S.C. 1608, 1609). */
    public static final String INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED = "IntermediateEvent_ElectionPeriodElapsed";
    // ... abandonment, claim, no response
    public static final String TASK_RECORD_FORFEITURE_BY_ASSENT = "Task_RecordForfeitureByAssent";
    public static final String END_EVENT_FORFEITED_BY_ASSENT = "EndEvent_ForfeitedByAssent";
    public static final String END_EVENT_CLAIM_AND_BOND_FILED = "EndEvent_ClaimAndBondFiled";
    public static final String TASK_DECLARE_FORFEITURE = "Task_DeclareForfeiture";
    public static final String END_EVENT_DECLARED_FORFEITED = "EndEvent_DeclaredForfeited";
    // ... offer in compromise
    public static final String TASK_COUNSEL_REVIEW_OFFER = "Task_CounselReviewOffer";
    public static final String GATEWAY_OFFER_ACCEPTED = "Gateway_OfferAccepted";
    public static final String TASK_RELEASE_COMPROMISED_PROPERTY = "Task_ReleaseCompromisedProperty";
    public static final String TASK_CLOSE_CASE_COMPROMISED = "Task_CloseCaseCompromised";
    public static final String END_EVENT_CASE_COMPROMISED = "EndEvent_CaseCompromised";
    // ... petition
    public static final String TASK_RECORD_PETITION_RECEIVED = "Task_RecordPetitionReceived";
    public static final String GATEWAY_PETITION_TO_REVIEW = "Gateway_PetitionToReview";
    public static final String CALL_ACTIVITY_REVIEW_PETITION = "CallActivity_ReviewPetition";
    public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";
    public static final String GATEWAY_RELIEF_GRANTED = "Gateway_ReliefGranted";
    public static final String TASK_RECORD_FORFEITURE_ON_DENIAL = "Task_RecordForfeitureOnDenial";
    public static final String END_EVENT_FORFEITED_ON_DENIAL = "EndEvent_ForfeitedOnDenial";
    public static final String GATEWAY_AWAIT_COMPLIANCE = "Gateway_AwaitCompliance";
    /** {@link #MESSAGE_PAYMENT_RECEIVED} while a remission on conditions is in effect. */
    public static final String INTERMEDIATE_EVENT_REMISSION_CONDITIONS_MET = "IntermediateEvent_RemissionConditionsMet";
    /** Timer on {@link #VAR_DECISION_VALID_UNTIL} (19 CFR 171.22). */
    public static final String INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED = "IntermediateEvent_RemissionDecisionExpired";
    public static final String TASK_RECORD_FORFEITURE_CONDITIONS_NOT_MET = "Task_RecordForfeitureConditionsNotMet";
    public static final String END_EVENT_FORFEITED_CONDITIONS_NOT_MET = "EndEvent_ForfeitedConditionsNotMet";
    public static final String INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_RECEIVED =
            "IntermediateEvent_SupplementalPetitionReceived";
    public static final String TASK_RECORD_SUPPLEMENTAL_PETITION = "Task_RecordSupplementalPetition";
    public static final String TASK_RELEASE_PROPERTY = "Task_ReleaseProperty";
    public static final String TASK_CLOSE_CASE_RELEASED = "Task_CloseCaseReleased";
    public static final String END_EVENT_PROPERTY_RELEASED = "EndEvent_PropertyReleased";
    // ... 19 U.S.C. 1612: the event sub-process
    public static final String EVENT_SUB_PROCESS_SUMMARY_SALE_OR_DESTRUCTION = "EventSubProcess_SummarySaleOrDestruction";
    /** Non-interrupting timer on {@link #VAR_SUMMARY_SALE_DATE} (19 CFR 162.48). */
    public static final String START_EVENT_STORAGE_COST_THRESHOLD_REACHED = "StartEvent_StorageCostThresholdReached";
    /** Calls {@link #SUMMARY_SALE_KEY} with the case's business key and variables. */
    public static final String CALL_ACTIVITY_DECIDE_SUMMARY_SALE = "CallActivity_DecideSummarySale";
    public static final String GATEWAY_WHOLE_SEIZURE_TO_SELL_OR_DESTROY = "Gateway_WholeSeizureToSellOrDestroy";
    /** Throws {@link #ESCALATION_SUMMARY_SALE_APPROVED}. */
    public static final String END_EVENT_SUMMARY_SALE_APPROVED = "EndEvent_SummarySaleApproved";
    public static final String END_EVENT_PROCEEDINGS_GO_ON = "EndEvent_ProceedingsGoOn";

    // 19 U.S.C. 1612: the approval, and the sale of perishable items on their own, in the called process.
    /** The called process in {@link #SUMMARY_SALE_RESOURCE}; its tasks carry the case's business key and office. */
    public static final String SUMMARY_SALE_KEY = "SummarySaleProcess";
    public static final String SUMMARY_SALE_RESOURCE = "processes/seizure/SummarySaleProcess.bpmn";
    public static final String TASK_APPROVE_SUMMARY_SALE = "Task_ApproveSummarySale";
    public static final String TASK_RECORD_SUMMARY_SALE_DECISION = "Task_RecordSummarySaleDecision";
    public static final String GATEWAY_SUMMARY_SALE_APPROVED = "Gateway_SummarySaleApproved";
    /** The approval covers the whole seizure: the caller interrupts the proceedings. */
    public static final String END_EVENT_WHOLE_SEIZURE_TO_SELL_OR_DESTROY = "EndEvent_WholeSeizureToSellOrDestroy";
    public static final String END_EVENT_SUMMARY_SALE_REJECTED = "EndEvent_SummarySaleRejected";
    // Issue 12: rights kept.
    /** After the abandonment message: {@link #VAR_OTHER_PARTIES_KEEP_RIGHTS} decides (19 U.S.C. 1607(a), 1608). */
    public static final String GATEWAY_OTHER_PARTIES_KEEP_RIGHTS = "Gateway_OtherPartiesKeepRights";
    /** After a denial: the 60-day supplemental-petition window (19 CFR 171.61) before forfeiture. */
    public static final String GATEWAY_AWAIT_SUPPLEMENTAL_PETITION_AFTER_DENIAL = "Gateway_AwaitSupplementalPetitionAfterDenial";
    public static final String INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_AFTER_DENIAL_RECEIVED =
            "IntermediateEvent_SupplementalPetitionAfterDenialReceived";
    /** Timer on {@link #VAR_SUPPLEMENTAL_PETITION_DUE_DATE} (19 CFR 171.61). */
    public static final String INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED =
            "IntermediateEvent_SupplementalPetitionPeriodElapsed";
    /** 1612(a) per item: the custodian sells the perishable items only; the proceedings go on for the rest. */
    /** In {@link #SUMMARY_SALE_KEY}. */
    public static final String TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE = "Task_CarryOutPerishableItemsSale";
    public static final String TASK_RECORD_PERISHABLE_ITEMS_SALE = "Task_RecordPerishableItemsSale";
    public static final String END_EVENT_PERISHABLE_ITEMS_SOLD = "EndEvent_PerishableItemsSold";
    /** The sub-process closed the case (released or compromised). */
    public static final String END_EVENT_CLOSED_BEFORE_DISPOSITION = "EndEvent_ClosedBeforeDisposition";

    // CAFRA (18 U.S.C. 983): non-Title-19 seizures, after the path decision.
    public static final String SUB_PROCESS_CAFRA_FORFEITURE = "SubProcess_CafraForfeiture";
    public static final String START_EVENT_CAFRA_PROCEEDINGS_OPEN = "StartEvent_CafraProceedingsOpen";
    public static final String TASK_ISSUE_CAFRA_NOTICE = "Task_IssueCafraNotice";
    public static final String GATEWAY_CAFRA_NOTICE_TIMELY = "Gateway_CafraNoticeTimely";
    public static final String TASK_RETURN_PROPERTY_NO_TIMELY_NOTICE = "Task_ReturnPropertyNoTimelyNotice";
    public static final String TASK_CLOSE_CASE_NO_TIMELY_NOTICE = "Task_CloseCaseNoTimelyNotice";
    public static final String END_EVENT_RETURNED_NO_TIMELY_NOTICE = "EndEvent_ReturnedNoTimelyNotice";
    public static final String GATEWAY_AWAIT_CAFRA_CLAIM = "Gateway_AwaitCafraClaim";
    /** {@link #MESSAGE_CLAIM_AND_BOND_RECEIVED}, without a bond (983(a)(2)(E)), carrying {@link #VAR_COMPLAINT_DUE_DATE}. */
    public static final String INTERMEDIATE_EVENT_CAFRA_CLAIM_RECEIVED = "IntermediateEvent_CafraClaimReceived";
    public static final String END_EVENT_CAFRA_CLAIM_FILED = "EndEvent_CafraClaimFiled";
    /** Timer on {@link #VAR_CLAIM_DUE_DATE} (18 U.S.C. 983(a)(2)(B)). */
    public static final String INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED = "IntermediateEvent_CafraClaimPeriodElapsed";
    public static final String TASK_DECLARE_CAFRA_FORFEITURE = "Task_DeclareCafraForfeiture";
    public static final String END_EVENT_CAFRA_DECLARED_FORFEITED = "EndEvent_CafraDeclaredForfeited";
    public static final String END_EVENT_CAFRA_CLOSED = "EndEvent_CafraClosed";
    /** Catches {@link #ESCALATION_CAFRA_CLAIM_FILED}. */
    public static final String BOUNDARY_EVENT_CAFRA_CLAIM_FILED = "BoundaryEvent_CafraClaimFiled";
    /** Catches {@link #ESCALATION_PROPERTY_FORFEITED} on the CAFRA sub-process. */
    public static final String BOUNDARY_EVENT_CAFRA_PROPERTY_FORFEITED = "BoundaryEvent_CafraPropertyForfeited";
    public static final String TASK_PREPARE_CAFRA_REFERRAL = "Task_PrepareCafraReferral";
    /** Due on {@link #VAR_COMPLAINT_DUE_DATE}: the officer records the U.S. Attorney's complaint for forfeiture. */
    public static final String TASK_RECORD_CAFRA_COMPLAINT = "Task_RecordCafraComplaint";
    /** Interrupting timer on {@link #VAR_COMPLAINT_DUE_DATE} (18 U.S.C. 983(a)(3)(B)). */
    public static final String BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME = "BoundaryEvent_NoComplaintInTime";
    public static final String TASK_RETURN_PROPERTY_NO_COMPLAINT = "Task_ReturnPropertyNoComplaint";
    public static final String TASK_CLOSE_CASE_NO_COMPLAINT = "Task_CloseCaseNoComplaint";
    public static final String END_EVENT_RETURNED_NO_COMPLAINT = "EndEvent_ReturnedNoComplaint";

    // Interrupting the sub-process.
    /** Catches {@link #ESCALATION_CLAIM_AND_BOND_FILED}. */
    public static final String BOUNDARY_EVENT_CLAIM_AND_BOND_FILED = "BoundaryEvent_ClaimAndBondFiled";
    /** Catches {@link #ESCALATION_PROPERTY_FORFEITED}. */
    public static final String BOUNDARY_EVENT_PROPERTY_FORFEITED = "BoundaryEvent_PropertyForfeited";
    /** Catches {@link #ESCALATION_SUMMARY_SALE_APPROVED}. */
    public static final String BOUNDARY_EVENT_SUMMARY_SALE_APPROVED = "BoundaryEvent_SummarySaleApproved";
    /** {@link #MESSAGE_RELEASE_ON_PAYMENT_OF_VALUE} (19 U.S.C. 1614). */
    public static final String BOUNDARY_EVENT_RELEASE_ON_PAYMENT_OF_VALUE = "BoundaryEvent_ReleaseOnPaymentOfValue";
    public static final String TASK_RELEASE_ON_PAYMENT_OF_VALUE = "Task_ReleaseOnPaymentOfValue";
    public static final String TASK_CLOSE_CASE_RELEASED_ON_PAYMENT = "Task_CloseCaseReleasedOnPayment";
    public static final String END_EVENT_RELEASED_ON_PAYMENT = "EndEvent_ReleasedOnPayment";

    // Summary sale or destruction, once approved.
    public static final String TASK_CARRY_OUT_SUMMARY_SALE = "Task_CarryOutSummarySale";
    public static final String TASK_RECORD_SUMMARY_SALE = "Task_RecordSummarySale";
    public static final String GATEWAY_SUMMARY_SOLD_OR_DESTROYED = "Gateway_SummarySoldOrDestroyed";
    public static final String TASK_CLOSE_CASE_SUMMARY_DESTROYED = "Task_CloseCaseSummaryDestroyed";
    public static final String END_EVENT_SUMMARY_DESTROYED = "EndEvent_SummaryDestroyed";
    public static final String GATEWAY_AWAIT_SUMMARY_SALE_PROCEEDS_PETITION = "Gateway_AwaitSummarySaleProceedsPetition";
    public static final String INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_RECEIVED =
            "IntermediateEvent_SummarySaleProceedsPetitionReceived";
    public static final String TASK_RECORD_SUMMARY_SALE_PROCEEDS_PETITION = "Task_RecordSummarySaleProceedsPetition";
    public static final String CALL_ACTIVITY_REVIEW_SUMMARY_SALE_PROCEEDS_PETITION =
            "CallActivity_ReviewSummarySaleProceedsPetition";
    public static final String TASK_ISSUE_SUMMARY_SALE_PROCEEDS_DECISION = "Task_IssueSummarySaleProceedsDecision";
    /** Timer on {@link #VAR_PROCEEDS_PETITION_DUE_DATE} (19 U.S.C. 1613(a)). */
    public static final String INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED =
            "IntermediateEvent_SummarySaleProceedsPetitionPeriodElapsed";
    public static final String GATEWAY_SUMMARY_SALE_PROCEEDS_SETTLED = "Gateway_SummarySaleProceedsSettled";
    public static final String TASK_CLOSE_CASE_SUMMARY_SOLD = "Task_CloseCaseSummarySold";
    public static final String END_EVENT_SUMMARY_SOLD = "EndEvent_SummarySold";

    // Judicial forfeiture.
    public static final String GATEWAY_REFER_TO_US_ATTORNEY = "Gateway_ReferToUsAttorney";
    public static final String TASK_PREPARE_JUDICIAL_REFERRAL = "Task_PrepareJudicialReferral";
    public static final String CALL_ACTIVITY_FOLLOW_REFERRAL = "CallActivity_FollowReferral";
    public static final String TASK_RECORD_COURT_OUTCOME = "Task_RecordCourtOutcome";
    public static final String GATEWAY_COURT_OUTCOME = "Gateway_CourtOutcome";
    public static final String TASK_RECORD_JUDICIAL_FORFEITURE = "Task_RecordJudicialForfeiture";
    public static final String TASK_RETURN_PROPERTY_ON_COURT_ORDER = "Task_ReturnPropertyOnCourtOrder";
    public static final String TASK_CLOSE_CASE_RETURNED_BY_COURT = "Task_CloseCaseReturnedByCourt";
    public static final String END_EVENT_RETURNED_BY_COURT = "EndEvent_ReturnedByCourt";

    // Disposition: the forfeited property's three ways in meet, then the called process disposes of it.
    public static final String GATEWAY_DISPOSITION_TO_DECIDE = "Gateway_DispositionToDecide";
    /** Calls {@link #DISPOSITION_KEY} with the case's business key and variables. */
    public static final String CALL_ACTIVITY_DISPOSE_OF_PROPERTY = "CallActivity_DisposeOfProperty";
    public static final String END_EVENT_CLOSED_AFTER_DISPOSITION = "EndEvent_ClosedAfterDisposition";

    // In the called disposition process: decide, check, carry out, apply the proceeds (1613), close.
    /** The called process in {@link #DISPOSITION_RESOURCE}; its tasks carry the case's business key and office. */
    public static final String DISPOSITION_KEY = "SeizureDispositionProcess";
    public static final String DISPOSITION_RESOURCE = "processes/seizure/SeizureDispositionProcess.bpmn";
    public static final String TASK_DECIDE_DISPOSITION = "Task_DecideDisposition";
    public static final String TASK_CHECK_DISPOSITION = "Task_CheckDisposition";
    public static final String TASK_CARRY_OUT_DISPOSITION = "Task_CarryOutDisposition";
    public static final String TASK_RECORD_DISPOSITION = "Task_RecordDisposition";
    public static final String GATEWAY_DISPOSITION_METHOD = "Gateway_DispositionMethod";
    public static final String TASK_CLOSE_CASE_DISPOSED = "Task_CloseCaseDisposed";
    public static final String END_EVENT_PROPERTY_DISPOSED = "EndEvent_PropertyDisposed";
    public static final String TASK_CLOSE_CASE_RETURNED = "Task_CloseCaseReturned";
    public static final String END_EVENT_PROPERTY_RETURNED = "EndEvent_PropertyReturned";
    public static final String GATEWAY_AWAIT_SALE_PROCEEDS_PETITION = "Gateway_AwaitSaleProceedsPetition";
    public static final String INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_RECEIVED =
            "IntermediateEvent_SaleProceedsPetitionReceived";
    public static final String TASK_RECORD_SALE_PROCEEDS_PETITION = "Task_RecordSaleProceedsPetition";
    public static final String CALL_ACTIVITY_REVIEW_SALE_PROCEEDS_PETITION = "CallActivity_ReviewSaleProceedsPetition";
    public static final String TASK_ISSUE_SALE_PROCEEDS_DECISION = "Task_IssueSaleProceedsDecision";
    /** Timer on {@link #VAR_PROCEEDS_PETITION_DUE_DATE} (19 U.S.C. 1613(a)). */
    public static final String INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED =
            "IntermediateEvent_SaleProceedsPetitionPeriodElapsed";
    public static final String GATEWAY_SALE_PROCEEDS_SETTLED = "Gateway_SaleProceedsSettled";
    public static final String TASK_CLOSE_CASE_SOLD = "Task_CloseCaseSold";
    public static final String END_EVENT_PROPERTY_SOLD = "EndEvent_PropertySold";

    public static final String FORM_RECORD_CUSTODY_AND_INVENTORY = "RecordCustodyAndInventoryForm";
    public static final String FORM_APPRAISE_DOMESTIC_VALUE = "AppraiseDomesticValueForm";
    public static final String FORM_COUNSEL_REVIEW_OFFER = "CounselReviewSeizureOfferForm";
    public static final String FORM_APPROVE_SUMMARY_SALE = "ApproveSummarySaleForm";
    public static final String FORM_CARRY_OUT_SUMMARY_SALE = "CarryOutSummarySaleForm";
    public static final String FORM_RECORD_COURT_OUTCOME = "RecordCourtOutcomeForm";
    public static final String FORM_DECIDE_DISPOSITION = "DecideDispositionForm";
    public static final String FORM_CARRY_OUT_DISPOSITION = "CarryOutDispositionForm";
    public static final String FORM_RECORD_CAFRA_COMPLAINT = "RecordCafraComplaintForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/seizure/RecordCustodyAndInventoryForm.form",
            "forms/seizure/AppraiseDomesticValueForm.form",
            "forms/seizure/CounselReviewSeizureOfferForm.form",
            "forms/seizure/ApproveSummarySaleForm.form",
            "forms/seizure/CarryOutSummarySaleForm.form",
            "forms/seizure/RecordCourtOutcomeForm.form",
            "forms/seizure/DecideDispositionForm.form",
            "forms/seizure/CarryOutDispositionForm.form",
            "forms/seizure/RecordCafraComplaintForm.form");

    // Escalation codes thrown inside the sub-process.
    public static final String ESCALATION_PROPERTY_FORFEITED = "PROPERTY_FORFEITED";
    public static final String ESCALATION_CLAIM_AND_BOND_FILED = "CLAIM_AND_BOND_FILED";
    public static final String ESCALATION_SUMMARY_SALE_APPROVED = "SUMMARY_SALE_APPROVED";
    /** Thrown in the CAFRA sub-process when a claim is filed (18 U.S.C. 983(a)(2)). */
    public static final String ESCALATION_CAFRA_CLAIM_FILED = "CAFRA_CLAIM_FILED";

    // Messages, correlated by business key (= case number).
    /**
     * Carries {@link #VAR_PETITION_ID} and {@link #VAR_SUPPLEMENTAL} = false. Waited for while the election is open,
     * and after a sale as a petition for the proceeds (1613(a)).
     */
    public static final String MESSAGE_PETITION_RECEIVED = CaseMessages.PETITION_RECEIVED;
    /** Carries {@link #VAR_PETITION_ID}; waited for while a remission on conditions is in effect (171.61). */
    public static final String MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED = CaseMessages.SUPPLEMENTAL_PETITION_RECEIVED;
    /**
     * The remission's conditions are met: the case service delivers it, with {@link #VAR_PAID_IN_FULL}, once the
     * decided amount is paid in full and any export or destruction the decision requires is arranged.
     */
    public static final String MESSAGE_PAYMENT_RECEIVED = CaseMessages.PAYMENT_RECEIVED;
    /** Carries offerAmount and offerTerms (shown to counsel); waited for while the election is open. */
    public static final String MESSAGE_OFFER_IN_COMPROMISE_RECEIVED = CaseMessages.OFFER_IN_COMPROMISE_RECEIVED;
    /** Voluntary abandonment (CBP Form 4607); waited for while the election is open. */
    public static final String MESSAGE_ABANDONMENT_RECEIVED = CaseMessages.ABANDONMENT_RECEIVED;
    /** A claim with cost bond (1608); waited for while the election is open. */
    public static final String MESSAGE_CLAIM_AND_BOND_RECEIVED = CaseMessages.CLAIM_AND_BOND_RECEIVED;
    /** The appraised value was paid (1614); heard at any time during the administrative proceedings. */
    public static final String MESSAGE_RELEASE_ON_PAYMENT_OF_VALUE = CaseMessages.RELEASE_ON_PAYMENT_OF_VALUE;

    // Every instance.
    public static final String VAR_CASE_NUMBER = ProcessVariables.CASE_NUMBER;
    /** Also the engine tenant of the case and of the processes it calls. */
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;

    // Set by the domain when it opens the case (the custody receipt, CBP Form 6051S); shown (read-only) on the task
    // forms, never read by the model.
    public static final String VAR_SEIZURE_NUMBER = "seizureNumber";
    public static final String VAR_PARTY_NAME = "partyName";
    public static final String VAR_SEIZURE_DATE = "seizureDate";
    /** The statute of the seizure, e.g. 1526(e) or 1595a(c). */
    public static final String VAR_STATUTE = "statute";
    public static final String VAR_ITEMS_SUMMARY = "itemsSummary";

    // Entered by the custodian at custody and inventory.
    public static final String VAR_STORAGE_LOCATION = "storageLocation";
    /** Number: dollars a day. */
    public static final String VAR_DAILY_STORAGE_RATE = "dailyStorageRate";
    /** Boolean: perishable or wasting (19 U.S.C. 1612(a)); a summary sale is then due at once. */
    public static final String VAR_PERISHABLE = "perishable";
    public static final String VAR_HAZARDOUS = "hazardous";
    public static final String VAR_HIGH_RISK = "highRisk";
    /** References of the photographs attached to the case file, one a line. */
    public static final String VAR_PHOTOGRAPH_REFERENCES = "photographReferences";
    public static final String VAR_INVENTORY_NOTE = "inventoryNote";
    // Entered at appraisal.
    /** Number entered at appraisal; recordAppraisal returns it as the Double the decision table reads. */
    public static final String VAR_APPRAISED_VALUE = "appraisedValue";
    public static final String VAR_APPRAISAL_BASIS = "appraisalBasis";

    // Set from SeizureSteps results.
    /**
     * recordCustody, recordAppraisal: when the summary sale or destruction is due (the seizure date for perishable
     * goods; otherwise the day the accrued storage cost reaches the 19 CFR 162.48(b) share of the value).
     */
    public static final String VAR_SUMMARY_SALE_DATE = "summarySaleDate";
    /** recordAppraisal: the 1607(a)(1) value limit, a parameter ($500,000). */
    public static final String VAR_ADMINISTRATIVE_LIMIT = "administrativeLimit";
    /** recordAppraisal, Boolean: importation prohibited (1607(a)(2)). */
    public static final String VAR_PROHIBITED = "prohibited";
    /** recordAppraisal, Boolean: a conveyance used for controlled substances (1607(a)(3)). */
    public static final String VAR_DRUG_CONVEYANCE = "drugConveyance";
    /** recordAppraisal, Boolean: monetary instruments (1607(a)(4)). */
    public static final String VAR_MONETARY_INSTRUMENT = "monetaryInstrument";
    /** recordAppraisal, Boolean: goods bearing a counterfeit mark (1526(e)). */
    public static final String VAR_COUNTERFEIT = "counterfeit";
    /** recordPath (1608): $5,000 or 10% of the value, whichever is lower, but not less than $250. */
    public static final String VAR_COST_BOND_AMOUNT = "costBondAmount";
    /** issueNoticeOfSeizure: 30 days from mailing (19 CFR 171.2(b)(1)). */
    public static final String VAR_PETITION_DUE_DATE = "petitionDueDate";
    /** CAFRA path only (issueNoticeOfSeizure): the claim deadline the notice states, 35 days after mailing (983(a)(2)(B)). */
    public static final String VAR_CLAIM_DUE_DATE = "claimDueDate";
    /**
     * issueNoticeOfSeizure sets it far off; once the first publication is recorded the case service sets it to the end
     * of the latest of the petition, claim, online-publication and customhouse-posting periods and moves the armed
     * timer. No election by then means declaration of forfeiture (1609).
     */
    public static final String VAR_ELECTION_DUE_DATE = "electionDueDate";
    /** recordPetitionReceived. */
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    /** issueDecision, Boolean: relief was granted (remission on conditions, or a cancellation). */
    public static final String VAR_REMITTED = "remitted";
    /** issueDecision, for a remission on conditions of the original petition: when its conditions must be met (171.22). */
    public static final String VAR_DECISION_VALID_UNTIL = "decisionValidUntil";
    /** recordForfeiture. */
    public static final String VAR_FORFEITURE_DATE = "forfeitureDate";
    /**
     * issueDecision after a denial: when the 60-day supplemental-petition window closes (19 CFR 171.61); the start of
     * the decision day when none lies (a supplemental petition was itself denied).
     */
    public static final String VAR_SUPPLEMENTAL_PETITION_DUE_DATE = "supplementalPetitionDueDate";
    /** Set by the domain at the start, Boolean: a non-Title-19 seizure on the CAFRA track (18 U.S.C. 983). */
    public static final String VAR_CAFRA_SEIZURE = "cafraSeizure";
    /** issueNoticeOfSeizure on the CAFRA track, Boolean: mailed within 60 days of the seizure (983(a)(1)(A)). */
    public static final String VAR_CAFRA_NOTICE_TIMELY = "cafraNoticeTimely";
    /** With the CAFRA claim message: 90 days after the claim, the complaint is due (983(a)(3)). */
    public static final String VAR_COMPLAINT_DUE_DATE = "complaintDueDate";
    /**
     * With the abandonment message, Boolean: another party who appears to have an interest has not abandoned, so the
     * election stays open for it (19 U.S.C. 1607(a), 1608).
     */
    public static final String VAR_OTHER_PARTIES_KEEP_RIGHTS = "otherPartiesKeepRights";
    /** Entered on the complaint form (CAFRA). */
    public static final String VAR_COMPLAINT_FILED_DATE = "complaintFiledDate";
    public static final String VAR_COMPLAINT_REFERENCE = "complaintReference";
    public static final String VAR_REFERRAL_REASON = ReferralFollowUpProcess.VAR_REFERRAL_REASON;
    public static final String VAR_FOLLOW_UP_CYCLE = ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE;
    public static final String VAR_REFERRAL_ESCALATION_DATE = ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE;
    /** recordSummarySale, recordDisposition: 3 months after a sale (19 U.S.C. 1613(a)). */
    public static final String VAR_PROCEEDS_PETITION_DUE_DATE = "proceedsPetitionDueDate";

    // Set by the decision table (SeizurePath).
    /** {@link #PATH_ADMINISTRATIVE} or {@link #PATH_JUDICIAL}. */
    public static final String VAR_FORFEITURE_PATH = "forfeiturePath";
    public static final String VAR_PATH_CITATION = "pathCitation";
    /** Boolean: the trademark owner must be told (counterfeits). */
    public static final String VAR_TRADEMARK_OWNER_NOTICE = "trademarkOwnerNotice";

    // Set by message correlation.
    public static final String VAR_PETITION_ID = CaseMessages.VAR_PETITION_ID;
    public static final String VAR_PAID_IN_FULL = CaseMessages.VAR_PAID_IN_FULL;
    public static final String VAR_OFFER_AMOUNT = "offerAmount";
    public static final String VAR_OFFER_TERMS = "offerTerms";

    // Set by the model itself.
    /** False on a petition, true on a supplemental petition; passed to the petition review. */
    public static final String VAR_SUPPLEMENTAL = CaseMessages.VAR_SUPPLEMENTAL;
    /**
     * Local input of the petition record and decision tasks: true for a petition for the proceeds of a sale (1613(a)),
     * false for a petition during the election.
     */
    public static final String VAR_PROCEEDS_PETITION = "proceedsPetition";
    /** Local input of the forfeiture tasks, copied to the case: one of the {@code FORFEITURE_BASIS_*} values. */
    public static final String VAR_FORFEITURE_BASIS = "forfeitureBasis";
    /** Local input of the release tasks: one of the {@code RELEASE_REASON_*} values. */
    public static final String VAR_RELEASE_REASON = "releaseReason";
    /** Always {@link ReferralFollowUpProcess#REFERRED_TO_US_ATTORNEY}. */
    public static final String VAR_REFERRED_TO = ReferralFollowUpProcess.VAR_REFERRED_TO;
    /** Local input of the close tasks: one of the {@code OUTCOME_*} values. */
    public static final String VAR_CLOSE_OUTCOME = "closeOutcome";

    // Out of the petition review (PetitionReviewProcess).
    public static final String VAR_PETITION_OUTCOME = PetitionReviewProcess.VAR_PETITION_OUTCOME;
    /** The petition review's proposedAmount: what the decision asks to be paid. */
    public static final String VAR_DECIDED_AMOUNT = "decidedAmount";
    public static final String VAR_DECIDING_AUTHORITY = PetitionReviewProcess.VAR_DECIDING_AUTHORITY;

    // Out of the referral follow-up.
    public static final String VAR_REFERRAL_OUTCOME = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME;
    public static final String VAR_REFERRAL_OUTCOME_DATE = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE;
    public static final String VAR_REFERRAL_OUTCOME_NOTE = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE;

    // Entered on the task forms. Each decision starts blank for its task (local inputs) and is copied to the case.
    /** {@link #OFFER_ACCEPTED} or {@link #OFFER_REJECTED}. */
    public static final String VAR_OFFER_DECISION = "offerDecision";
    public static final String VAR_OFFER_DECISION_NOTE = "offerDecisionNote";
    /** {@link #SUMMARY_SALE} | {@link #SUMMARY_DESTRUCTION} | {@link #SUMMARY_SALE_REJECTED}. */
    public static final String VAR_SUMMARY_SALE_DECISION = "summarySaleDecision";
    public static final String VAR_SUMMARY_SALE_REASON = "summarySaleReason";
    /**
     * What an approved summary sale covers: WHOLE_SEIZURE, or PERISHABLE_ITEMS when only perishability opened it
     * and other items are not perishable (19 U.S.C. 1612(a) per item: the rest follow the ordinary path).
     */
    public static final String VAR_SUMMARY_SALE_SCOPE = "summarySaleScope";
    public static final String SALE_SCOPE_WHOLE_SEIZURE = "WHOLE_SEIZURE";
    public static final String SALE_SCOPE_PERISHABLE_ITEMS = "PERISHABLE_ITEMS";
    /** Dates entered on the forms are {@code yyyy-MM-dd} text from Tasklist's date field (or a Date from Java). */
    public static final String VAR_SALE_DATE = "saleDate";
    /** Number. */
    public static final String VAR_SALE_PROCEEDS = "saleProceeds";
    public static final String VAR_DESTRUCTION_DATE = "destructionDate";
    public static final String VAR_WITNESS = "witness";
    public static final String VAR_CERTIFICATE_REFERENCE = "certificateReference";
    /** {@link #COURT_FORFEITED} or {@link #COURT_RETURNED}. */
    public static final String VAR_COURT_OUTCOME = "courtOutcome";
    public static final String VAR_COURT_ORDER_REFERENCE = "courtOrderReference";
    public static final String VAR_COURT_OUTCOME_NOTE = "courtOutcomeNote";
    /** One of the {@code DISPOSITION_*} values; checkDisposition returns the one that stands. */
    public static final String VAR_DISPOSITION_METHOD = "dispositionMethod";
    /** The authorized third-party disposer (EO 14411 Sec. 5). */
    public static final String VAR_DISPOSER = "disposer";
    /** The agency or office receiving the property (retention, transfer, donation). */
    public static final String VAR_RECIPIENT_AGENCY = "recipientAgency";
    /** Boolean: the trademark owner consents to a disposition of counterfeits other than destruction. */
    public static final String VAR_OWNER_CONSENT = "ownerConsent";
    /** Boolean, 19 U.S.C. 1526(e): the counterfeit goods are not unsafe or a hazard to health. */
    public static final String VAR_GOODS_NOT_UNSAFE = "goodsNotUnsafe";
    /** Boolean, 1526(e): the counterfeit marks are obliterated. */
    public static final String VAR_MARKS_OBLITERATED = "marksObliterated";
    /** Boolean, 1526(e): obliterating the marks is not feasible. */
    public static final String VAR_OBLITERATION_NOT_FEASIBLE = "obliterationNotFeasible";
    /** Boolean, 1526(e)(3): no agency or eleemosynary institution has established a need (before an auction). */
    public static final String VAR_NO_AGENCY_NEED = "noAgencyNeed";
    public static final String VAR_DISPOSITION_NOTE = "dispositionNote";
    public static final String VAR_DISPOSITION_DATE = "dispositionDate";
    public static final String VAR_DISPOSER_REFERENCE = "disposerReference";
    public static final String VAR_DISPOSITION_CARRIED_OUT_NOTE = "dispositionCarriedOutNote";

    public static final String PATH_ADMINISTRATIVE = "ADMINISTRATIVE";
    public static final String PATH_JUDICIAL = "JUDICIAL";

    /** Voluntary abandonment (CBP Form 4607; EO 14411 Sec. 5). */
    public static final String FORFEITURE_BASIS_ASSENT = "ASSENT";
    /** No response by the election due date (1609). */
    public static final String FORFEITURE_BASIS_DECLARED = "DECLARED";
    /** Relief denied, or a remission's conditions not met in time. */
    public static final String FORFEITURE_BASIS_PETITION = "PETITION";
    /** Decree of the court. */
    public static final String FORFEITURE_BASIS_JUDICIAL = "JUDICIAL";

    /** A remission's conditions met, or the seizure cancelled on petition. */
    public static final String RELEASE_REASON_REMISSION = "REMISSION";
    public static final String RELEASE_REASON_COMPROMISE = "COMPROMISE";
    public static final String RELEASE_REASON_COURT_ORDER = "COURT_ORDER";
    /** CAFRA: no notice within 60 days of the seizure (18 U.S.C. 983(a)(1)(F)). */
    public static final String RELEASE_REASON_NO_TIMELY_NOTICE = "NO_TIMELY_NOTICE";
    /** CAFRA: no complaint within 90 days of the claim (18 U.S.C. 983(a)(3)(B)). */
    public static final String RELEASE_REASON_NO_COMPLAINT = "NO_COMPLAINT";

    public static final String OFFER_ACCEPTED = "ACCEPTED";
    public static final String OFFER_REJECTED = "REJECTED";
    public static final String SUMMARY_SALE = "SALE";
    public static final String SUMMARY_DESTRUCTION = "DESTRUCTION";
    public static final String SUMMARY_SALE_REJECTED = "REJECTED";
    public static final String COURT_FORFEITED = "FORFEITED";
    public static final String COURT_RETURNED = "RETURNED";

    public static final String DISPOSITION_SALE = "SALE";
    public static final String DISPOSITION_DESTRUCTION = "DESTRUCTION";
    public static final String DISPOSITION_THIRD_PARTY_DISPOSAL = "THIRD_PARTY_DISPOSAL";
    public static final String DISPOSITION_RETENTION = "RETENTION";
    public static final String DISPOSITION_TRANSFER = "TRANSFER";
    public static final String DISPOSITION_DONATION = "DONATION";
    public static final String DISPOSITION_RETURN = "RETURN";

    /** The remission's conditions were met, or the seizure was cancelled on petition. */
    public static final String OUTCOME_RELEASED = "RELEASED";
    /** The appraised value was paid (1614). */
    public static final String OUTCOME_RELEASED_ON_PAYMENT = "RELEASED_ON_PAYMENT";
    public static final String OUTCOME_COMPROMISED = "COMPROMISED";
    /** Forfeited and disposed of (also after a sale, once the proceeds petition period is over or decided). */
    public static final String OUTCOME_DISPOSED = "DISPOSED";
    public static final String OUTCOME_SUMMARY_SOLD = "SUMMARY_SOLD";
    public static final String OUTCOME_SUMMARY_DESTROYED = "SUMMARY_DESTROYED";
    /** Returned on a court order, or returned as the disposition of forfeited property. */
    public static final String OUTCOME_RETURNED = "RETURNED";

    private SeizureForfeitureProcess() {
    }

    /**
     * The dates this model's timers may wait on, set by the domain from their trigger date and the law (the model
     * linter refuses a timer that waits on anything else).
     */
    public static final Set<String> DUE_DATES = Set.of(
            VAR_SEIZURE_DATE,
            VAR_SUMMARY_SALE_DATE,
            VAR_PETITION_DUE_DATE,
            VAR_CLAIM_DUE_DATE,
            VAR_ELECTION_DUE_DATE,
            VAR_DECISION_VALID_UNTIL,
            VAR_FORFEITURE_DATE,
            VAR_SUPPLEMENTAL_PETITION_DUE_DATE,
            VAR_COMPLAINT_DUE_DATE,
            VAR_COMPLAINT_FILED_DATE,
            VAR_FOLLOW_UP_CYCLE,
            VAR_REFERRAL_ESCALATION_DATE,
            VAR_PROCEEDS_PETITION_DUE_DATE,
            VAR_REFERRAL_OUTCOME_DATE,
            VAR_SALE_DATE,
            VAR_DESTRUCTION_DATE,
            VAR_DISPOSITION_DATE);
}
