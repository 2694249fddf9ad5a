package gov.fpf.process.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import gov.fpf.ApplicationTest;
import gov.fpf.process.engine.ProcessVariables;

/**
 * Review S4: a designer's model cannot run code. The probe models of the review are refused at every deployment door
 * and change nothing; and an expression that reaches a deployed model anyway (one deployed before the linter knew
 * these rules) resolves only the model beans and cannot climb from {@code execution} or any object to the engine or
 * to classes: evaluated here through the engine's own expression manager against a real case's execution.
 */
class ModelExpressionFenceTest extends ApplicationTest {

    private static final String GRANT_ADMIN = "${identityService.createMembership('designer1','camunda-admin')}";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void theReviewsProbeModelsAreRefusedAtDeploymentAndChangeNothing() throws Exception {
        String auditRewrite = "${jdbcTemplate.update(\"UPDATE audit_event SET actor = 'rewritten-by-model'\")}";
        long auditRows = auditRows();
        long deployments = repositoryService.createDeploymentQuery().count();

        for (String expression : List.of(GRANT_ADMIN, auditRewrite)) {
            // when designer1 deploys the probe from Camunda Modeler
            HttpResponse<String> refused = deployLikeCamundaModeler("designer1", probe(expression));

            // then it is refused with one finding: the expression on the grant step
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode body = json.readTree(refused.body());
            assertThat(body.path("message").asText()).contains("EXPRESSION", "Task_Grant", "nothing was deployed");
            JsonNode errors = body.path("details").path("ProbeEscalationProcess.bpmn").path("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).path("mainElementId").asText()).isEqualTo("Task_Grant");
            assertThat(errors.get(0).path("message").asText()).startsWith("EXPRESSION")
                    .contains(expression.contains("jdbcTemplate") ? "'jdbcTemplate'" : "'identityService'");

            // and the designer API refuses it the same way
            mvc.perform(multipart("/api/v1/designer/deployments")
                            .file(new MockMultipartFile("files", "ProbeEscalationProcess.bpmn", "text/xml",
                                    xml(probe(expression))))
                            .with(httpBasic("designer1", "designer1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.findings.length()").value(1))
                    .andExpect(jsonPath("$.findings[0].rule").value("EXPRESSION"))
                    .andExpect(jsonPath("$.findings[0].elementId").value("Task_Grant"));
        }

        // nothing deployed, designer1 is no administrator, no audit row written or rewritten
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ProbeEscalationProcess")
                .count()).isZero();
        assertThat(identityService.createUserQuery().userId("designer1").memberOfGroup("camunda-admin").count())
                .isZero();
        assertThat(auditRows()).isEqualTo(auditRows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'rewritten-by-model'",
                Long.class)).isZero();
    }

    @Test
    void theProbeWithoutItsExpressionDeploysSoTheRefusalIsTheExpressions() throws Exception {
        // the same probe with an expression that only reads a variable: every other house rule is kept
        HttpResponse<String> accepted = deployLikeCamundaModeler("designer1",
                probe("${execution.getVariable('grant')}"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        repositoryService.createDeploymentQuery().deploymentName("ProbeEscalationProcess").list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void theEngineResolvesOnlyTheModelBeansTheDelegatesAndListenersOfTheApplication() {
        Map<Object, Object> beans = configuration().getBeans();
        List<String> expected = new ArrayList<>();
        for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
            applicationContext.getBeansOfType(type).forEach((name, bean) -> {
                if (bean.getClass().getPackageName().startsWith("gov.fpf.")) {
                    expected.add(name);
                }
            });
        }

        assertThat(beans.keySet()).containsExactlyInAnyOrderElementsOf(expected)
                .contains("issuePenaltyNoticeDelegate", "checkProposedDecisionListener")
                .doesNotContain("identityService", "jdbcTemplate", "caseWork", "processEngine");
    }

    @Test
    void anExpressionReachesTheModelBeansAndVariablesButNoOtherBeanNorTheEngineNorClasses() throws Exception {
        String caseNumber = openPenaltyCase();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        List<Map<String, Object>> auditBefore = caseAudit(caseNumber);
        assertThat(auditBefore).isNotEmpty();

        // a model bean and the case's variables resolve
        assertThat(evaluate(instance, "${issuePenaltyNoticeDelegate}"))
                .isSameAs(applicationContext.getBean("issuePenaltyNoticeDelegate"));
        assertThat(evaluate(instance, "#{execution.processBusinessKey}")).isEqualTo(caseNumber);
        assertThat(evaluate(instance, "${execution.getVariable('caseNumber')}")).isEqualTo(caseNumber);
        assertThat(evaluate(instance, "${caseNumber == '" + caseNumber + "'}")).isEqualTo(true);

        // any other bean is no name at all
        assertThatThrownBy(() -> evaluate(instance, GRANT_ADMIN)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("identityService");
        assertThatThrownBy(() -> evaluate(instance, "${jdbcTemplate.update(\"UPDATE audit_event SET actor = "
                + "'rewritten-by-model' WHERE case_number = '" + caseNumber + "'\")}"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("jdbcTemplate");
        assertThatThrownBy(() -> evaluate(instance, "${processEngine}")).isInstanceOf(ProcessEngineException.class);

        // nor does anything climb from the execution to the engine, or from any object to classes
        for (String escape : List.of(
                "${execution.getProcessEngineServices().getIdentityService()"
                        + ".createMembership('designer1','camunda-admin')}",
                "${execution.processEngineServices.identityService}",
                "${execution.getProcessEngine()}",
                "${execution.processInstance.processEngineServices}",
                "${execution.setVariable('caseNumber', '2026-PEN-000001')}",
                "${''.getClass().forName('java.lang.Runtime')}",
                "${caseNumber.class.classLoader}",
                "${issuePenaltyNoticeDelegate.getClass()}")) {
            assertThatThrownBy(() -> evaluate(instance, escape)).as(escape)
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Expression refused");
        }

        // and none of it changed anything
        assertThat(identityService.createUserQuery().userId("designer1").memberOfGroup("camunda-admin").count())
                .isZero();
        assertThat(caseAudit(caseNumber)).isEqualTo(auditBefore);
        assertThat(runtimeService.getVariable(instance, ProcessVariables.CASE_NUMBER)).isEqualTo(caseNumber);
    }

    // ---------------------------------------------------------------- fixtures

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    /** The expression as a model would have it evaluated: by the engine, in a command, against the execution. */
    private Object evaluate(String executionId, String expression) {
        ProcessEngineConfigurationImpl configuration = configuration();
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(executionId);
            return configuration.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }

    /** The review's probe: start, one service task that evaluates the expression, end; every house rule kept. */
    private static BpmnModelInstance probe(String expression) {
        return Bpmn.createExecutableProcess("ProbeEscalationProcess").name("Probe")
                .camundaHistoryTimeToLiveString("P1D").camundaVersionTag("1.0.0")
                .startEvent("StartEvent_Started").name("Started")
                .sequenceFlowId("SequenceFlow_ToGrant")
                .serviceTask("Task_Grant").name("Grant").camundaAsyncBefore().camundaExpression(expression)
                .sequenceFlowId("SequenceFlow_ToEnd")
                .endEvent("EndEvent_Done").name("Done")
                .done();
    }

    private static byte[] xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }

    private long auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
    }

    private List<Map<String, Object>> caseAudit(String caseNumber) {
        return jdbc.queryForList("SELECT id, actor, event FROM audit_event WHERE case_number = ? ORDER BY id",
                caseNumber);
    }

    private String openPenaltyCase() throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Fence Probe Co")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":10000,"domesticValue":20000,"lossOfRevenue":500,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"misdeclared"}""".formatted(partyId);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("caseNumber").asText();
    }

    /** The request Camunda Modeler's deploy button sends: multipart, the diagram as a part named after its file. */
    private HttpResponse<String> deployLikeCamundaModeler(String user, BpmnModelInstance model) throws Exception {
        return gov.fpf.designer.ModelerDeploy.send(port, user, Map.of("deployment-name", "ProbeEscalationProcess"),
                "ProbeEscalationProcess.bpmn", "text/xml", xml(model));
    }
}
