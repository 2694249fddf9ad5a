package gov.fpf.mitigation;

import java.util.Map;

/**
 * What {@code processes/mitigation/PetitionReviewProcess.bpmn} asks of the mitigation domain, for every case family.
 * The decision maps hold the variables named in {@link PetitionReviewProcess#DECISION_VARIABLES} plus, from the task
 * listener, {@link PetitionReviewProcess#VAR_DECISION_STEP} and {@link PetitionReviewProcess#VAR_COMPLETED_BY}.
 */
public interface PetitionReviewSteps {

    /**
     * Returns petitionTimely, family, statute, amount, supplemental, originalDecidedBy, fpfDelegationLimit,
     * brokerSupplementalThreshold (the inputs of the PetitionRouting decision; a key must be present, its value may
     * be null) and guidelineLow, guidelineHigh, floorAmount, repeatOffender (shown on the officer's form).
     */
    Map<String, Object> prepareReview(String caseNumber, String petitionId);

    /**
     * Called when the officer proposes a decision and when a supervisor approves or rejects a national-security
     * exception; throws {@code gov.fpf.system.Problems.RuleViolation} (below the floor, repeat offender mitigated)
     * or {@code Problems.Forbidden} (four eyes) to refuse, and the task stays open.
     */
    void checkProposedDecision(String caseNumber, String petitionId, Map<String, Object> decision);

    void recordDecision(String caseNumber, String petitionId, Map<String, Object> decision);
}
