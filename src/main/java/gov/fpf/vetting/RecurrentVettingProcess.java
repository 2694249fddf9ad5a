package gov.fpf.vetting;

import java.util.List;
import java.util.Set;

import gov.fpf.process.engine.ProcessVariables;

/**
 * Names in {@code processes/vetting/RecurrentVettingProcess.bpmn}: EO 14411 Sec. 2(f) recurrent vetting of a party that
 * conducts import activities (importers of record, foreign ones included, customs brokers, custodians of bonded
 * merchandise, freight forwarders).
 *
 * <p>One long-running instance per vetted party, business key {@link #businessKey(long) PARTY-&lt;id&gt;} (never a case
 * number: the engine's case guard knows the prefix from {@link RecurrentVettingModel}). The instance opens a vetting,
 * offers the task to the party's office, records the outcome when it is completed, then waits for whichever comes
 * first: the next cycle ({@code vetting.cycle} after completion) or a new finding on the party's record.
 */
public final class RecurrentVettingProcess {

    public static final String KEY = "RecurrentVettingProcess";
    public static final String RESOURCE = "processes/vetting/RecurrentVettingProcess.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "PARTY-";

    public static final String START_EVENT_PARTY_TO_BE_VETTED = "StartEvent_PartyToBeVetted";
    public static final String GATEWAY_VETTING_OPENS = "Gateway_VettingOpens";
    public static final String TASK_OPEN_VETTING = "Task_OpenVetting";
    public static final String TASK_VET_PARTY = "Task_VetParty";
    public static final String GATEWAY_AWAIT_NEXT_VETTING = "Gateway_AwaitNextVetting";
    public static final String EVENT_NEXT_CYCLE_DUE = "IntermediateEvent_NextCycleDue";
    public static final String EVENT_NEW_FINDING = "IntermediateEvent_NewFinding";
    public static final String EVENT_VETTING_WITHDRAWN = "IntermediateEvent_VettingWithdrawn";
    public static final String END_EVENT_NO_LONGER_VETTED = "EndEvent_NoLongerVetted";

    public static final String FORM_VET_PARTY = "VetPartyForm";
    public static final List<String> FORM_RESOURCES = List.of("forms/vetting/VetPartyForm.form");

    /** A finding of violation was recorded on the party: vet it now rather than at the next cycle. */
    public static final String MESSAGE_NEW_FINDING = "NewFindingOnParty";
    /** The party is no longer vetted (it left the import trade's registry): the instance ends. */
    public static final String MESSAGE_VETTING_WITHDRAWN = "PartyVettingWithdrawn";

    // Set when the instance starts.
    public static final String VAR_PARTY_ID = "partyId";
    public static final String VAR_PARTY_NAME = "partyName";
    /** Also the engine tenant: the office whose worklist shows the vetting. */
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;
    /** The group the vetting task is offered to in that office. */
    public static final String VAR_VETTING_GROUP = "vettingGroup";
    /** One of {@link VettingTrigger}: FIRST at the start, CYCLE after each vetting, NEW_FINDING from the message. */
    public static final String VAR_VETTING_TRIGGER = "vettingTrigger";

    // Set by the steps.
    public static final String VAR_VETTING_ID = "vettingId";
    /** Start of the day after the vetting's last day, in the office's zone: the task's due date. */
    public static final String VAR_VETTING_DUE_DATE = "vettingDueDate";
    /** Start of the day the next cycle opens a vetting, in the office's zone. */
    public static final String VAR_NEXT_VETTING_DATE = "nextVettingDate";

    // Entered on the task form.
    /** One of {@link VettingOutcome}. */
    public static final String VAR_VETTING_OUTCOME = "vettingOutcome";
    public static final String VAR_VETTING_REASON = "vettingReason";

    /** The dates the model's timers and due dates wait on, set by the domain from the vetting parameters. */
    public static final Set<String> DUE_DATES = Set.of(VAR_VETTING_DUE_DATE, VAR_NEXT_VETTING_DATE);

    private RecurrentVettingProcess() {
    }

    public static String businessKey(long partyId) {
        return BUSINESS_KEY_PREFIX + partyId;
    }
}
