package gov.fpf.designer;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.system.Roles;

/**
 * Revisions of the real penalty model, as a designer makes them in Camunda Modeler, under a process id of their own
 * so the cases every other test opens (PenaltyCaseProcess, latest version) never see them. The file is named after
 * the process, as the house rules require.
 */
public final class DrillModels {

    public static final String TASK_CHECK_PARTY_STANDING = "Task_CheckPartyStanding";
    public static final String TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE = "Task_ReviewRepresentationsAndEvidence";
    /** What version 2 calls the officer's waiver request, now counsel's; a case waiting at the old one is stuck. */
    public static final String TASK_COUNSEL_REQUEST_SOL_WAIVER = "Task_CounselRequestSolWaiver";

    private DrillModels() {
    }

    public static String fileName(String processId) {
        return processId + ".bpmn";
    }

    /** The penalty model as it is in processes/, as {@code processId}, version tag 1.0.0. */
    public static BpmnModelInstance asDeployed(String processId) {
        BpmnModelInstance model = penaltyModel();
        Process process = model.getModelElementById(PenaltyCaseProcess.KEY);
        process.setId(processId);
        process.setName("Penalty case (revision drill)");
        // the drill's first version, whatever revision the penalty model itself is at
        process.setCamundaVersionTag("1.0.0");
        model.getModelElementsByType(BpmnPlane.class).iterator().next().setBpmnElement(process);
        return model;
    }

    /**
     * Version 1.1.0: a supervisor checks the party's standing before the culpability task (new step), representations
     * are reviewed "and evidence" (renamed), and the waiver request goes to counsel under a new id (not mapped).
     */
    public static BpmnModelInstance revised(String processId) {
        BpmnModelInstance model = asDeployed(processId);
        model.<Process>getModelElementById(processId).setCamundaVersionTag("1.1.0");

        UserTask culpability = model.getModelElementById(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        // the one flow into the culpability task (every way there meets at the joining gateway before it)
        SequenceFlow toCulpability = culpability.getIncoming().iterator().next();
        UserTask standing = userTask(model, culpability.getParentElement(), TASK_CHECK_PARTY_STANDING,
                "Check the party's standing", Roles.SUPERVISOR, PenaltyCaseProcess.FORM_DETERMINE_CULPABILITY_AND_AMOUNT);
        drawShape(model, standing, 700, 430);
        retarget(toCulpability, culpability, standing);
        standing.builder().sequenceFlowId("SequenceFlow_PartyStandingChecked").connectTo(culpability.getId());

        UserTask review = model.getModelElementById(PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);
        review.setId(TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);
        review.setName("Review representations and evidence");

        UserTask waiver = model.getModelElementById(PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER);
        waiver.setId(TASK_COUNSEL_REQUEST_SOL_WAIVER);
        waiver.setName("Request statute of limitations waiver (counsel)");
        waiver.setCamundaCandidateGroups(Roles.COUNSEL);
        return model;
    }

    /**
     * Seven breaches of different rules: a Modeler-generated id, a candidate group that is no role, a timer on a date
     * nobody sets, a user task no path leads to, and three references to nothing: a delegate bean, a form and a
     * called process that exist neither in the deployment nor in the engine or the application.
     */
    public static BpmnModelInstance broken(String processId) {
        BpmnModelInstance model = asDeployed(processId);
        model.<FlowNode>getModelElementById(PenaltyCaseProcess.TASK_ASSESS_PENALTY_AMOUNT).setId("Activity_0xrmvgg");
        model.<UserTask>getModelElementById(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)
                .setCamundaCandidateGroups("fpf-officers");
        Collection<TimeDate> ppnTimer = model.<ModelElementInstance>getModelElementById(
                "TimerEventDefinition_PpnResponsePeriodElapsed").getChildElementsByType(TimeDate.class);
        ppnTimer.iterator().next().setTextContent("${noSuchDate}");
        UserTask forgotten = userTask(model, model.getModelElementById(processId), "Task_ForgottenReview",
                "Forgotten review", Roles.OFFICER, PenaltyCaseProcess.FORM_REVIEW_REPRESENTATIONS);
        drawShape(model, forgotten, 300, 600);
        forgotten.builder().sequenceFlowId("SequenceFlow_ForgottenReviewDone")
                .connectTo(PenaltyCaseProcess.END_EVENT_PENALTY_CASE_CLOSED);
        model.<ServiceTask>getModelElementById(PenaltyCaseProcess.TASK_ISSUE_PENALTY_NOTICE)
                .setCamundaDelegateExpression("${issuePenaltyNoticeDelegat}");
        model.<UserTask>getModelElementById(PenaltyCaseProcess.TASK_COUNSEL_REVIEW_OFFER)
                .setCamundaFormRef("CounselReviewOferForm");
        model.<CallActivity>getModelElementById(PenaltyCaseProcess.CALL_ACTIVITY_FOLLOW_REFERRAL)
                .setCalledElement("ReferralFollowupProcess");
        return model;
    }

    public static byte[] xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }

    private static BpmnModelInstance penaltyModel() {
        try (InputStream in = DrillModels.class.getResourceAsStream("/" + PenaltyCaseProcess.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PenaltyCaseProcess.RESOURCE + " is not on the class path");
            }
            return Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserTask userTask(BpmnModelInstance model, ModelElementInstance scope, String id, String name,
                                     String candidateGroup, String form) {
        UserTask task = model.newInstance(UserTask.class);
        task.setId(id);
        task.setName(name);
        task.setCamundaCandidateGroups(candidateGroup);
        task.setCamundaFormRef(form);
        task.setCamundaFormRefBinding("deployment");
        if (scope instanceof SubProcess || scope instanceof Process) {
            scope.addChildElement(task);
        } else {
            throw new IllegalArgumentException("Not a scope: " + scope);
        }
        return task;
    }

    /** Points the flow at another target, keeping the nodes' incoming lists as Camunda Modeler writes them. */
    private static void retarget(SequenceFlow flow, FlowNode oldTarget, FlowNode newTarget) {
        oldTarget.getIncoming().remove(flow);
        flow.setTarget(newTarget);
        newTarget.getIncoming().add(flow);
    }

    private static void drawShape(BpmnModelInstance model, BaseElement element, double x, double y) {
        BpmnShape shape = model.newInstance(BpmnShape.class);
        shape.setId(element.getId() + "_di");
        shape.setBpmnElement(element);
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(x);
        bounds.setY(y);
        bounds.setWidth(100);
        bounds.setHeight(80);
        shape.setBounds(bounds);
        model.getModelElementsByType(BpmnPlane.class).iterator().next().addChildElement(shape);
    }
}
