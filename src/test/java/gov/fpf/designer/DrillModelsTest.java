package gov.fpf.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.modeling.AllCaseModels;
import gov.fpf.process.modeling.ModelLinter;
import gov.fpf.process.modeling.ModelLinter.References;
import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/** The drill's revisions are what the deployment tests say they are, before any engine sees them. */
class DrillModelsTest {

    private static final String DRILL = "PenaltyCaseLintDrillProcess";

    private final ModelLinter linter = new ModelLinter(new References(Set.of(
            PenaltyCaseProcess.FORM_DETERMINE_CULPABILITY_AND_AMOUNT, PenaltyCaseProcess.FORM_COUNSEL_REVIEW_FRAUD,
            PenaltyCaseProcess.FORM_REVIEW_REPRESENTATIONS, PenaltyCaseProcess.FORM_COUNSEL_REVIEW_OFFER,
            PenaltyCaseProcess.FORM_REQUEST_SOL_WAIVER, PenaltyCaseProcess.FORM_COUNSEL_DECIDE_BEFORE_SOL,
            PenaltyCaseProcess.FORM_HQ_APPROVE_FRAUD_PPN),
            bean -> !bean.equals("issuePenaltyNoticeDelegat"), process -> !process.equals("ReferralFollowupProcess"),
            decision -> true, AllCaseModels.dueDates()));

    @Test
    void theRevisionKeepsTheHouseRulesAndItsRenamesReachEveryReference() {
        BpmnModelInstance revised = reread(DrillModels.revised(DRILL));

        assertThat(linter.lint(DrillModels.fileName(DRILL), reread(DrillModels.asDeployed(DRILL)))).isEmpty();
        assertThat(linter.lint(DrillModels.fileName(DRILL), revised)).isEmpty();
        FlowNode standing = revised.getModelElementById(DrillModels.TASK_CHECK_PARTY_STANDING);
        assertThat(standing.getIncoming()).extracting(SequenceFlow::getId).containsExactly("SequenceFlow_CulpabilityToDetermine");
        assertThat(standing.getOutgoing()).extracting(flow -> flow.getTarget().getId())
                .containsExactly(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        FlowNode review = revised.getModelElementById(DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);
        assertThat(review.getIncoming()).extracting(flow -> flow.getSource().getId())
                .containsExactly("Gateway_RepresentationsToReview");
        assertThat(review.getOutgoing()).extracting(flow -> flow.getTarget().getId())
                .containsExactly(PenaltyCaseProcess.GATEWAY_REPRESENTATIONS_OUTCOME);
        assertThat(revised.<FlowNode>getModelElementById(PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS)).isNull();
    }

    @Test
    void theBrokenDrillBreaksSevenRules() {
        assertThat(linter.lint(DrillModels.fileName(DRILL), reread(DrillModels.broken(DRILL))))
                .extracting(Violation::elementId, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("Activity_0xrmvgg", Rule.GENERATED_ID),
                        tuple(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT, Rule.CANDIDATE_GROUP),
                        tuple(PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED, Rule.TIMER_DUE_DATE),
                        tuple("Task_ForgottenReview", Rule.UNREACHABLE),
                        tuple(PenaltyCaseProcess.TASK_ISSUE_PENALTY_NOTICE, Rule.DELEGATE_BEAN),
                        tuple(PenaltyCaseProcess.TASK_COUNSEL_REVIEW_OFFER, Rule.FORM_IN_DEPLOYMENT),
                        tuple(PenaltyCaseProcess.CALL_ACTIVITY_FOLLOW_REFERRAL, Rule.CALLED_PROCESS));
    }

    /** As the engine will see it: written out and read back. */
    private static BpmnModelInstance reread(BpmnModelInstance model) {
        return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(DrillModels.xml(model)));
    }
}
