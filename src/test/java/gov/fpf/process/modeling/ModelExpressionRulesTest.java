package gov.fpf.process.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

import gov.fpf.process.modeling.ModelLinter.References;
import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/**
 * The linter's rules on code in a model (S4 of the reliability review): no scripts, no classes, and expressions that
 * name only model beans and read only variables. Each test breaks one rule in an otherwise tidy model; the models under
 * processes/ pass them ({@link ModelConventionsTest}).
 */
class ModelExpressionRulesTest {

    private static final String SERVICE_TASK = "Task_RecordSample";
    private static final String REVIEW_TASK = "Task_ReviewSample";

    /** recordSampleDelegate is a model bean; identityService and jdbcTemplate are beans of the application. */
    private final ModelLinter linter = new ModelLinter(new References(Set.of("ReviewSampleForm"),
            Set.of("recordSampleDelegate")::contains, process -> true, decision -> true, Set.of("sampleDueDate"),
            Set.of("recordSampleDelegate", "identityService", "jdbcTemplate")::contains));

    @Test
    void conditionsAndMappingsOnVariablesAndTheModelBeansPass() {
        BpmnModelInstance model = tidyModel();
        serviceTask(model).builder()
                .camundaInputParameter("reason", "${execution.getVariable('waiverNote')}")
                .camundaInputParameter("caseKey", "#{execution.processBusinessKey}")
                .camundaOutputParameter("path", "${decisionResult.getSingleResult().getEntry('forfeiturePath')}")
                .camundaOutputParameter("outcome", "${waiverOutcome == 'OBTAINED' ? 'WAIVER_OBTAINED' : 'REFUSED'}")
                .camundaInputParameter("notice", "${ppnRequired and not fraud}")
                .camundaExecutionListenerExpression("end", "${recordSampleDelegate.execute(execution)}");
        reviewTask(model).builder().sequenceFlowId("SequenceFlow_ToAmountCheck")
                .exclusiveGateway("Gateway_AmountPositive").condition("Amount positive", "${amount > 0}")
                .sequenceFlowId("SequenceFlow_AmountPositive").connectTo(SERVICE_TASK);

        assertThat(lint(model)).isEmpty();
    }

    @Test
    void aScriptTask() {
        BpmnModelInstance model = tidyModel();
        reviewTask(model).builder().sequenceFlowId("SequenceFlow_Scripted").scriptTask("Task_RunScript")
                .scriptFormat("groovy").scriptText("'id'.execute()")
                .sequenceFlowId("SequenceFlow_ScriptRun").connectTo(SERVICE_TASK);

        assertThat(breaches(model)).containsExactly("Task_RunScript SCRIPT");
    }

    @Test
    void aCamundaScriptInAnInputMappingOrAListener() {
        BpmnModelInstance mapping = tidyModel();
        CamundaInputParameter parameter = inputParameter(mapping, "amount");
        parameter.setValue(script(mapping, "javascript", "java.lang.Runtime.getRuntime().exec('id')"));
        BpmnModelInstance listener = tidyModel();
        CamundaExecutionListener onStart = listener.newInstance(CamundaExecutionListener.class);
        onStart.setCamundaEvent("start");
        onStart.setCamundaScript(script(listener, "groovy", "println 'x'"));
        serviceTask(listener).builder().addExtensionElement(onStart);

        assertThat(breaches(mapping)).containsExactly(SERVICE_TASK + " SCRIPT");
        assertThat(breaches(listener)).containsExactly(SERVICE_TASK + " SCRIPT");
    }

    @Test
    void aConditionInAScriptLanguageOrFromAScriptResource() {
        BpmnModelInstance model = tidyModel();
        reviewTask(model).builder().sequenceFlowId("SequenceFlow_Scripted")
                .exclusiveGateway("Gateway_Scripted").condition("Scripted", "${true}")
                .sequenceFlowId("SequenceFlow_ScriptedRecorded").connectTo(SERVICE_TASK);
        // as Camunda Modeler writes a script condition: the language and a script file of the deployment
        String xml = Bpmn.convertToString(model).replaceFirst("<((?:bpmn:)?conditionExpression) ",
                "<$1 xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\" "
                        + "language=\"groovy\" camunda:resource=\"deployment://probe.groovy\" ");

        assertThat(lint(read(xml))).extracting(Violation::elementId, Violation::rule)
                .containsOnly(tuple("SequenceFlow_ScriptedRecorded", Rule.SCRIPT)).hasSize(2);
    }

    @Test
    void aJavaClassOnAServiceTaskOrAListener() {
        BpmnModelInstance serviceClass = tidyModel();
        serviceTask(serviceClass).setCamundaDelegateExpression(null);
        serviceTask(serviceClass).setCamundaClass("gov.fpf.process.ProbeDelegate");
        BpmnModelInstance listenerClass = tidyModel();
        CamundaTaskListener listener = listenerClass.newInstance(CamundaTaskListener.class);
        listener.setCamundaEvent("create");
        listener.setCamundaClass("gov.fpf.process.ProbeListener");
        reviewTask(listenerClass).builder().addExtensionElement(listener);

        assertThat(breaches(serviceClass)).containsExactly(SERVICE_TASK + " JAVA_CLASS");
        assertThat(breaches(listenerClass)).containsExactly(REVIEW_TASK + " JAVA_CLASS");
    }

    @Test
    void anExpressionThatNamesAnApplicationBean() {
        BpmnModelInstance escalation = tidyModel();
        serviceTask(escalation).setCamundaDelegateExpression(null);
        serviceTask(escalation).setCamundaExpression("${identityService.createMembership('designer1','camunda-admin')}");
        BpmnModelInstance auditRewrite = tidyModel();
        inputParameter(auditRewrite, "rows").setTextContent(
                "${jdbcTemplate.update(\"UPDATE audit_event SET actor = 'rewritten-by-model'\")}");

        List<Violation> violations = lint(escalation);

        assertThat(violations).extracting(Violation::elementId, Violation::rule)
                .containsExactly(tuple(SERVICE_TASK, Rule.EXPRESSION));
        assertThat(violations.get(0).message()).contains("'identityService'", "model beans");
        assertThat(breaches(auditRewrite)).containsExactly(SERVICE_TASK + " EXPRESSION");
    }

    @Test
    void aDelegateExpressionThatNamesAnApplicationBean() {
        BpmnModelInstance model = tidyModel();
        serviceTask(model).setCamundaDelegateExpression("${identityService}");

        List<Violation> violations = lint(model);

        assertThat(violations).extracting(Violation::elementId, Violation::rule)
                .containsExactly(tuple(SERVICE_TASK, Rule.DELEGATE_BEAN));
        assertThat(violations.get(0).message()).contains("no model bean");
    }

    @Test
    void anExpressionThatCallsMoreThanVariableReadsOnExecutionOrTask() {
        BpmnModelInstance services = tidyModel();
        inputParameter(services, "engine").setTextContent(
                "${execution.getProcessEngineServices().getIdentityService().createMembership('a','b')}");
        BpmnModelInstance setter = tidyModel();
        CamundaTaskListener listener = setter.newInstance(CamundaTaskListener.class);
        listener.setCamundaEvent("create");
        listener.setCamundaExpression("${task.setAssignee('designer1')}");
        reviewTask(setter).builder().addExtensionElement(listener);
        BpmnModelInstance bracket = tidyModel();
        reviewTask(bracket).builder().sequenceFlowId("SequenceFlow_Bracketed")
                .exclusiveGateway("Gateway_Bracketed").condition("Bracketed", "${execution['processInstance'] != null}")
                .sequenceFlowId("SequenceFlow_BracketedRecorded").connectTo(SERVICE_TASK);

        assertThat(breaches(services)).containsExactly(SERVICE_TASK + " EXPRESSION");
        assertThat(breaches(setter)).containsExactly(REVIEW_TASK + " EXPRESSION");
        assertThat(breaches(bracket)).containsExactly("SequenceFlow_BracketedRecorded EXPRESSION");
    }

    @Test
    void anExpressionThatReachesForClasses() {
        for (String expression : List.of("${''.getClass().forName('java.lang.Runtime')}",
                "${amount.class.classLoader}", "${T(java.lang.Runtime).getRuntime()}",
                "${note['class']}", "${notes[name]}")) {
            BpmnModelInstance model = tidyModel();
            inputParameter(model, "probe").setTextContent(expression);

            assertThat(breaches(model)).as(expression).containsExactly(SERVICE_TASK + " EXPRESSION");
        }
    }

    @Test
    void aClosingBraceInAStringLiteralDoesNotHideTheRestOfTheExpression() {
        BpmnModelInstance model = tidyModel();
        inputParameter(model, "probe").setTextContent("${'}' == identityService.createUser('mallory')}");

        assertThat(breaches(model)).containsExactly(SERVICE_TASK + " EXPRESSION");
    }

    @Test
    void aDecisionInAScriptLanguage() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_SampleRouting"
                    name="Sample routing" namespace="http://camunda.org/schema/1.0/dmn"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn">
                  <decision id="SampleRouting" name="Sample routing" camunda:historyTimeToLive="P30D">
                    <decisionTable id="DecisionTable_SampleRouting">
                      <input id="Input_Amount" label="Amount">
                        <inputExpression id="InputExpression_Amount" typeRef="double" expressionLanguage="javascript">
                          <text>java.lang.Runtime.getRuntime().exec('id')</text>
                        </inputExpression>
                      </input>
                      <output id="Output_Route" name="route" typeRef="string" />
                    </decisionTable>
                  </decision>
                </definitions>
                """;

        List<Violation> violations = linter.lint("processes/sample/SampleRouting.dmn",
                Dmn.readModelFromStream(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8))));

        assertThat(violations).extracting(Violation::elementId, Violation::rule)
                .containsExactly(tuple("InputExpression_Amount", Rule.SCRIPT));
    }

    // ------------------------------------------------------------------ fixtures

    /** As the engine will see it: written out and read back. */
    private List<Violation> lint(BpmnModelInstance model) {
        return linter.lint("processes/sample/SampleReviewProcess.bpmn", read(Bpmn.convertToString(model)));
    }

    private static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** "elementId RULE" per violation. */
    private List<String> breaches(BpmnModelInstance model) {
        return lint(model).stream().map(violation -> violation.elementId() + " " + violation.rule()).toList();
    }

    private static ServiceTask serviceTask(BpmnModelInstance model) {
        return model.getModelElementById(SERVICE_TASK);
    }

    private static UserTask reviewTask(BpmnModelInstance model) {
        return model.getModelElementById(REVIEW_TASK);
    }

    private static CamundaInputParameter inputParameter(BpmnModelInstance model, String name) {
        serviceTask(model).builder().camundaInputParameter(name, "${" + name + "}");
        return model.getModelElementsByType(CamundaInputParameter.class).stream()
                .filter(parameter -> parameter.getCamundaName().equals(name)).findFirst().orElseThrow();
    }

    private static CamundaScript script(BpmnModelInstance model, String format, String text) {
        CamundaScript script = model.newInstance(CamundaScript.class);
        script.setCamundaScriptFormat(format);
        script.setTextContent(text);
        return script;
    }

    private static BpmnModelInstance tidyModel() {
        return Bpmn.createExecutableProcess("SampleReviewProcess")
                .name("Sample review")
                .camundaHistoryTimeToLiveString("P30D")
                .camundaVersionTag("1.0.0")
                .startEvent("StartEvent_SampleRequested").name("Sample requested")
                .sequenceFlowId("SequenceFlow_SampleRequested")
                .userTask(REVIEW_TASK).name("Review sample")
                .camundaCandidateGroups("fpf-officer")
                .camundaFormRef("ReviewSampleForm").camundaFormRefBinding("deployment")
                .sequenceFlowId("SequenceFlow_SampleReviewed")
                .serviceTask(SERVICE_TASK).name("Record sample")
                .camundaDelegateExpression("${recordSampleDelegate}")
                .sequenceFlowId("SequenceFlow_SampleRecorded")
                .endEvent("EndEvent_SampleDone").name("Sample done")
                .done();
    }
}
