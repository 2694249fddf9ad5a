package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * The engine's own doors (/engine-rest, which Tasklist, Cockpit and Camunda Modeler use the same way) hold the same
 * office, role and case rules as our API: the matrix of every role against task read / claim / complete / variable
 * write on its own group's and another group's task, in its own and another office; process starts; deployment
 * deletion; and the review's S1 to S3 reproductions, each refused with nothing changed.
 */
class EngineDoorsTest extends ApplicationTest {

    private static final List<String> USERS = List.of("officer1", "officer2", "supervisor1", "hq1", "custodian1",
            "counsel1", "designer1");

    private static String lalbPenalty;
    private static String cvgxPenalty;
    private static String lalbSeizure;

    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void cases() throws Exception {
        if (lalbPenalty == null) {
            lalbPenalty = openPenalty("officer1");
            cvgxPenalty = openPenalty("officer2");
            lalbSeizure = openSeizure("officer1");
        }
    }

    // ---------------------------------------------------------------- fixtures

    private String openPenalty(String officer) throws Exception {
        long party = json.readTree(mvc.perform(post(officer, "/api/v1/parties", usEntityJson("Door Co " + officer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post(officer, "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String openSeizure(String officer) throws Exception {
        long party = json.readTree(mvc.perform(post(officer, "/api/v1/parties", usEntityJson("Seized Co " + officer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post(officer, "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"2026-11-20","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"terminal 3",
                 "cause":"counterfeit marks","items":[{"description":"handbags","quantity":50,"appraisedValue":9000,
                 "counterfeit":true}]}""".formatted(party)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private Task task(String caseNumber, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private Task culpabilityTask(String caseNumber) {
        return task(caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
    }

    private HttpResponse<String> engine(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String caseStatus(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("hq1", "/api/v1/cases/" + caseNumber)).andReturn().getResponse()
                .getContentAsString()).get("status").asText();
    }

    private static final String DECISION = "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":900,\"amountRationale\":\"x\"}";

    private static String engineVariables(Map<String, Object> values) {
        StringBuilder b = new StringBuilder("{\"variables\":{");
        values.forEach((k, v) -> b.append(b.length() > 14 ? "," : "").append('"').append(k).append("\":{\"value\":")
                .append(v instanceof String s ? "\"" + s + "\"" : v).append('}'));
        return b.append("}}").toString();
    }

    // ---------------------------------------------------------------- S1: a task acts only on its own case

    @Test
    void aCompletionThatNamesAnotherCaseIsRefusedInEveryDoorAndChangesNothing() throws Exception {
        String victimStatus = caseStatus(lalbPenalty);
        Task own = culpabilityTask(cvgxPenalty);

        // our API
        mvc.perform(post("officer2", "/api/v1/tasks/{id}/complete", DECISION.replace("}", ",\"caseNumber\":\"" + lalbPenalty + "\"}"),
                own.getId())).andExpect(status().isForbidden());
        // engine REST complete
        Map<String, Object> redirect = new LinkedHashMap<>(Map.of("culpability", "NEGLIGENCE", "proposedAmount", 700,
                "amountRationale", "x", "caseNumber", lalbPenalty));
        HttpResponse<String> complete = engine("officer2", "POST", "/task/" + own.getId() + "/complete",
                engineVariables(redirect));
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(403);
        // engine REST: first write the variable, then complete with the form's fields only
        HttpResponse<String> write = engine("officer2", "PUT", "/task/" + own.getId() + "/variables/caseNumber",
                "{\"value\":\"" + lalbPenalty + "\",\"type\":\"String\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        // a field the form does not have at all
        HttpResponse<String> extra = engine("officer2", "POST", "/task/" + own.getId() + "/complete",
                engineVariables(Map.of("culpability", "NEGLIGENCE", "proposedAmount", 700, "amountRationale", "x",
                        "solDate", "2040-01-01")));
        assertThat(extra.statusCode()).as(extra.body()).isIn(400, 403);

        assertThat(caseStatus(lalbPenalty)).isEqualTo(victimStatus);
        assertThat(caseStatus(cvgxPenalty)).isEqualTo("OPEN");
        assertThat(runtimeService.getVariable(own.getProcessInstanceId(), "caseNumber")).isEqualTo(cvgxPenalty);
        assertThat(taskService.createTaskQuery().taskId(own.getId()).count()).as("the task is still open").isEqualTo(1);
    }

    @Test
    void aCompletionMaySendBackTheValuesItsFormShowsUnchangedAsTasklistDoes() throws Exception {
        String caseNumber = openPenalty("officer1");
        Task t = culpabilityTask(caseNumber);
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put("caseNumber", caseNumber);
        submitted.put("culpability", "NEGLIGENCE");
        submitted.put("proposedAmount", 900);
        submitted.put("amountRationale", "negligent classification");
        HttpResponse<String> complete = engine("officer1", "POST", "/task/" + t.getId() + "/complete",
                engineVariables(submitted));
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(204);
        assertThat(caseStatus(caseNumber)).isNotEqualTo("OPEN");
    }

    /** Found by the two-node trial: the task completed on the other node between our two reads of it was a 500. */
    @Test
    void aTaskCompletedElsewhereBetweenTwoReadsIsAConflictNotAnEngineError() throws Exception {
        String caseNumber = openPenalty("officer1");
        Task t = culpabilityTask(caseNumber);
        taskService.complete(t.getId(), Map.of("culpability", "NEGLIGENCE", "proposedAmount", 900,
                "amountRationale", "completed on the other node"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> caseWork.candidateGroups(t.getId()))
                .isInstanceOf(Problems.Conflict.class);
    }

    @Autowired
    gov.fpf.process.engine.CaseWork caseWork;

    // ---------------------------------------------------------------- S2 / J6: tasks only for their groups

    @Test
    void theTaskMatrixEveryRoleOnOwnAndOtherGroupsTaskInOwnAndOtherOffice() throws Exception {
        Task officerTask = culpabilityTask(lalbPenalty);
        Task custodyTask = task(lalbSeizure, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY);
        Task otherOffice = culpabilityTask(cvgxPenalty);
        assertThat(List.of(officerTask, custodyTask, otherOffice)).doesNotContainNull();

        // who may see each task (read) and who may work it (claim): candidate group members in the office; supervisors,
        // headquarters and counsel read their offices' tasks without working them
        Map<Task, Set<String>> readers = Map.of(
                officerTask, Set.of("officer1", "supervisor1", "hq1", "counsel1"),
                custodyTask, Set.of("custodian1", "supervisor1", "hq1", "counsel1"),
                otherOffice, Set.of("officer2", "hq1", "counsel1"));
        Map<Task, Set<String>> workers = Map.of(
                officerTask, Set.of("officer1", "supervisor1"),
                custodyTask, Set.of("custodian1"),
                otherOffice, Set.of("officer2"));
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Task t : List.of(officerTask, custodyTask, otherOffice)) {
            for (String user : USERS) {
                String cell = user + " on '" + t.getName() + "' (" + t.getTenantId() + "): ";
                int read = engine(user, "GET", "/task/" + t.getId(), null).statusCode();
                cells++;
                if ((read == 200) != readers.get(t).contains(user)) {
                    wrong.add(cell + "read " + read);
                }
                HttpResponse<String> claim = engine(user, "POST", "/task/" + t.getId() + "/claim",
                        "{\"userId\":\"" + user + "\"}");
                cells++;
                if ((claim.statusCode() == 204) != workers.get(t).contains(user)) {
                    wrong.add(cell + "claim " + claim.statusCode() + " " + claim.body());
                }
                if (claim.statusCode() != 204 && claim.statusCode() >= 500) {
                    wrong.add(cell + "claim answered " + claim.statusCode());
                }
                taskService.setAssignee(t.getId(), null);
                HttpResponse<String> variable = engine(user, "PUT", "/task/" + t.getId() + "/variables/caseNumber",
                        "{\"value\":\"2026-PEN-999999\",\"type\":\"String\"}");
                cells++;
                if (variable.statusCode() < 400 || variable.statusCode() >= 500) {
                    wrong.add(cell + "variable write " + variable.statusCode());
                }
                // our API agrees with the engine on who works the task
                int apiClaim = mvc.perform(post(user, "/api/v1/tasks/{id}/claim", "", t.getId())).andReturn()
                        .getResponse().getStatus();
                cells++;
                if ((apiClaim == 204) != workers.get(t).contains(user)) {
                    wrong.add(cell + "API claim " + apiClaim);
                }
                taskService.setAssignee(t.getId(), null);
            }
        }
        assertThat(wrong).as(cells + " cells").isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(lalbPenalty).singleResult().getTenantId())
                .isEqualTo(SEAPORT);
    }

    @Test
    void anOfficerCannotCompleteTheCustodiansOrTheSupervisorsTaskThroughTheEngine() throws Exception {
        Task custody = task(lalbSeizure, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY);
        HttpResponse<String> complete = engine("officer1", "POST", "/task/" + custody.getId() + "/complete",
                engineVariables(Map.of("storageLocation", "bay 1", "dailyStorageRate", 10, "hazardous", false,
                        "perishable", false, "highRisk", false)));
        assertThat(complete.statusCode()).as(complete.body()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(custody.getId()).count()).isEqualTo(1);
    }

    @Test
    void aSupervisorReassignsOnlyToAMemberOfTheTasksGroups() throws Exception {
        Task custody = task(lalbSeizure, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY);
        HttpResponse<String> toOfficer = engine("supervisor1", "POST", "/task/" + custody.getId() + "/assignee",
                "{\"userId\":\"officer1\"}");
        assertThat(toOfficer.statusCode()).as(toOfficer.body()).isEqualTo(403);
        HttpResponse<String> widen = engine("supervisor1", "POST", "/task/" + custody.getId() + "/identity-links",
                "{\"groupId\":\"fpf-officer\",\"type\":\"candidate\"}");
        assertThat(widen.statusCode()).as(widen.body()).isEqualTo(403);
        HttpResponse<String> toCustodian = engine("supervisor1", "POST", "/task/" + custody.getId() + "/assignee",
                "{\"userId\":\"custodian1\"}");
        assertThat(toCustodian.statusCode()).as(toCustodian.body()).isEqualTo(204);
        taskService.setAssignee(custody.getId(), null);
        assertThat(taskService.getIdentityLinksForTask(custody.getId())).noneMatch(l -> "fpf-officer".equals(l.getGroupId()));
    }

    /** A database from before this change: its grants are brought to today's rules at start-up. */
    @Test
    void grantsOfEarlierVersionsAreRetiredAtStartUp() {
        var authorizations = processEngineAuthorizations;
        var old = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        old.setGroupId(gov.fpf.system.Roles.OFFICER);
        old.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
        old.setResourceId("legacy-task-grant");
        old.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        old.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
        authorizations.saveAuthorization(old);
        var tenantWide = authorizations.createAuthorizationQuery().groupIdIn(gov.fpf.system.Roles.OFFICER)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId("*")
                .singleResult();
        tenantWide.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK);
        tenantWide.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(tenantWide);

        engineAccess.ensureRolesAndGrants();

        var migrated = authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId("legacy-task-grant").singleResult();
        assertThat(migrated.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE)).isFalse();
        assertThat(migrated.isPermissionGranted(org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK)).isTrue();
        assertThat(migrated.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.READ)).isTrue();
        var revoked = authorizations.createAuthorizationQuery().groupIdIn(gov.fpf.system.Roles.OFFICER)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId("*")
                .singleResult();
        assertThat(revoked.isPermissionGranted(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK))
                .isFalse();
        assertThat(revoked.isPermissionGranted(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE))
                .isFalse();
        authorizations.deleteAuthorization(migrated.getId());
    }

    @Autowired
    org.camunda.bpm.engine.AuthorizationService processEngineAuthorizations;

    @Autowired
    gov.fpf.process.identity.EngineAccess engineAccess;

    // ---------------------------------------------------------------- S2: processes start only through intake

    @Test
    void nobodyButTheIntakeStartsAProcessAndACaseHasOne() throws Exception {
        long before = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(lalbPenalty).count();
        String forged = "{\"businessKey\":\"" + lalbPenalty + "\",\"variables\":{\"caseNumber\":{\"value\":\"" + lalbPenalty
                + "\"},\"officeCode\":{\"value\":\"LALB\"},\"solDate\":{\"value\":\"2030-01-01\"}}}";
        for (String user : USERS) {
            HttpResponse<String> start = engine(user, "POST", "/process-definition/key/PenaltyCaseProcess/start", forged);
            assertThat(start.statusCode()).as(user + ": " + start.body()).isIn(403, 404);
        }
        // the administrator keeps engine-level start rights, but is held to one main process per case and office
        HttpResponse<String> second = engine("admin", "POST", "/process-definition/key/PenaltyCaseProcess/start", forged);
        assertThat(second.statusCode()).as(second.body()).isIn(403, 409);
        HttpResponse<String> wrongOffice = engine("admin", "POST", "/process-definition/key/PenaltyCaseProcess/start",
                forged.replace("LALB", "CVGX"));
        assertThat(wrongOffice.statusCode()).as(wrongOffice.body()).isIn(403, 409);
        HttpResponse<String> noCase = engine("admin", "POST", "/process-definition/key/PenaltyCaseProcess/start",
                "{\"businessKey\":\"2026-PEN-888888\",\"variables\":{\"officeCode\":{\"value\":\"LALB\"}}}");
        assertThat(noCase.statusCode()).as(noCase.body()).isEqualTo(403);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(lalbPenalty).count())
                .isEqualTo(before);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("2026-PEN-888888").count())
                .isZero();

        // Tasklist's "Start process" offers officers nothing
        HttpResponse<String> startable = engine("officer1", "GET",
                "/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true", null);
        assertThat(json.readTree(startable.body())).isEmpty();
    }

    // ---------------------------------------------------------------- S3: deployments with cases are kept

    @Test
    void aDesignerCannotDeleteADeploymentWithCasesButMayDeleteAnEmptyOne() throws Exception {
        String withCases = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PenaltyCaseProcess.KEY)
                .latestVersion().singleResult().getDeploymentId();
        long running = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> delete = engine("designer1", "DELETE", "/deployment/" + withCases + "?cascade=true", null);

        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(running);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(withCases).count()).isEqualTo(1);

        BpmnModelInstance empty = Bpmn.createExecutableProcess("DoorProbeProcess").camundaVersionTag("1.0.0").name("Door probe")
                .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").name("Started")
                .sequenceFlowId("SequenceFlow_ToDone").endEvent("EndEvent_Done").name("Done").done();
        String emptyDeployment = repositoryService.createDeployment().name("door probe")
                .addModelInstance("DoorProbeProcess.bpmn", empty).deploy().getId();
        HttpResponse<String> deleteEmpty = engine("designer1", "DELETE", "/deployment/" + emptyDeployment, null);
        assertThat(deleteEmpty.statusCode()).as(deleteEmpty.body()).isEqualTo(204);
    }

    /** Review 5.3: an .exe part was stored as a deployment resource and audited as a deployment. */
    @Test
    void aDeploymentTakesOnlyModelsAndFormsWhateverTheDoor() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();
        byte[] binary = {0x4d, 0x5a, (byte) 0x90, 0x00, 0x03};
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/designer/deployments")
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "Evil.exe",
                                "application/octet-stream", binary))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("designer1", "designer1")))
                .andExpect(status().isBadRequest());
        HttpResponse<String> modeler = gov.fpf.designer.ModelerDeploy.send(port, "designer1",
                Map.of("deployment-name", "probe"), "Evil.exe", "application/octet-stream", binary);
        assertThat(modeler.statusCode()).as(modeler.body()).isEqualTo(400);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void anAdministratorsDeletionOfADeploymentIsAudited() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("DoorAuditProcess").camundaVersionTag("1.0.0").name("Door audit")
                .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").name("Started")
                .sequenceFlowId("SequenceFlow_ToDone").endEvent("EndEvent_Done").name("Done").done();
        String deployment = repositoryService.createDeployment().name("door audit")
                .addModelInstance("DoorAuditProcess.bpmn", model).deploy().getId();

        HttpResponse<String> delete = engine("admin", "DELETE", "/deployment/" + deployment + "?cascade=true", null);

        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and event = 'DEPLOYMENT_DELETED'",
                Integer.class, deployment)).isEqualTo(1);
    }
}
