package gov.fpf.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.engine.ProcessVariables;

/**
 * A designer takes the penalty model, revises it, deploys it the way Camunda Modeler does (the engine REST API over
 * real HTTP, with the designer's password) and moves the cases in flight onto it: plan, dry run, execute. A broken
 * model is refused with its findings; other roles may neither deploy nor migrate.
 *
 * <p>The revisions run under process ids of their own ({@code PenaltyCase…DrillProcess}): every other test starts
 * {@link PenaltyCaseProcess} by key, latest version, and must keep getting the model from processes/. The drill's
 * cases are real case files of the seaport, deleted from the engine afterwards.
 */
class ModelRevisionTest extends ApplicationTest {

    private static final String DRILL = "PenaltyCaseRevisionDrillProcess";
    private static final LocalDate SOL = seaportToday().plusYears(4);
    private static final LocalDate PPN_RESPONSE_DUE = seaportToday().plusDays(30);

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    FormService formService;

    @Autowired
    CaseFileService caseFiles;

    private final List<String> startedInstances = new ArrayList<>();

    @AfterEach
    void deleteTheDrillCasesFromTheEngine() {
        for (String id : startedInstances) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "model revision test cleanup", true, true);
            }
        }
        managementService.createBatchQuery().list().forEach(batch -> managementService.deleteBatch(batch.getId(), true));
    }

    @Test
    void aDesignerRevisesAModelInCamundaModelerAndMovesTheCasesInFlightOntoIt() throws Exception {
        // given version 1 of the drill, deployed from Camunda Modeler, with four cases in flight
        HttpResponse<String> first = deployLikeCamundaModeler("designer1", DRILL, DrillModels.asDeployed(DRILL));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        ProcessDefinition v1 = latest(DRILL);
        assertThat(v1.getVersionTag()).isEqualTo("1.0.0");
        String atCulpability = openDrillCase(v1, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        String atReview = openDrillCase(v1, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);
        String awaitingRepresentations = openDrillCase(v1, PenaltyCaseProcess.GATEWAY_AWAIT_REPRESENTATIONS);
        String atWaiver = openDrillCase(v1, PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER);
        Task reviewTask = onlyTask(atReview);
        Map<String, Date> deadlinesBefore = timerDueDates(atCulpability, atReview, awaitingRepresentations);
        assertThat(deadlinesBefore).hasSize(3 + 3 + 4); // the three SOL guards each; the PPN response timer

        // when the designer deploys the revision the same way
        HttpResponse<String> second = deployLikeCamundaModeler("designer1", DRILL, DrillModels.revised(DRILL));

        // then it is version 2, the forms it names came along, and the audit says who changed what
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode deployed = json.readTree(second.body());
        ProcessDefinition v2 = latest(DRILL);
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(v2.getVersionTag()).isEqualTo("1.1.0");
        assertThat(deployed.path("deployedProcessDefinitions").path(v2.getId()).path("version").asInt())
                .isEqualTo(v2.getVersion());
        assertThat(repositoryService.getDeploymentResourceNames(v2.getDeploymentId()))
                .contains(DrillModels.fileName(DRILL), "forms/penalty/ReviewRepresentationsForm.form",
                        "forms/penalty/DetermineCulpabilityAndAmountForm.form");
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT actor, detail FROM audit_event WHERE entity_type ="
                + " 'PROCESS_DEFINITION' AND entity_id = ? AND event = 'MODEL_DEPLOYED' ORDER BY id", DRILL);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get("actor")).isEqualTo("designer1");
        assertThat((String) audit.get(1).get("detail")).contains("version " + v2.getVersion(), "tag 1.1.0",
                "Camunda Modeler", "Added: " + DrillModels.TASK_CHECK_PARTY_STANDING,
                DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE,
                "Removed: " + PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);

        // when the designer asks for the plan, with the renamed review mapped explicitly
        String request = migration(Map.of(PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE), null, false);
        JsonNode plan = json.readTree(mvc.perform(post("designer1", "/api/v1/designer/migrations/plan", request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source.version").value(v1.getVersion()))
                .andExpect(jsonPath("$.target.version").value(v2.getVersion()))
                .andExpect(jsonPath("$.updateEventTriggers").value(false))
                .andExpect(jsonPath("$.notes[*]", hasItem(containsString("PetitionReviewProcess"))))
                .andReturn().getResponse().getContentAsString());

        // then the review moves to its new id, the waiver request has nowhere to go, the standing check is new
        assertThat(plan.path("instructions").findValuesAsText("sourceActivityId"))
                .contains(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                        PenaltyCaseProcess.GATEWAY_AWAIT_REPRESENTATIONS,
                        PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED,
                        PenaltyCaseProcess.START_EVENT_SOL_WARNING_24_MONTHS);
        JsonNode renamed = find(plan.path("instructions"), "sourceActivityId", PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);
        assertThat(renamed.path("targetActivityId").asText()).isEqualTo(DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);
        assertThat(renamed.path("renamed").asBoolean()).isTrue();
        assertThat(find(plan.path("unmappedSourceActivities"), "activityId", PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER)
                .path("reason").asText()).contains("has no " + PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER);
        assertThat(plan.path("newTargetActivities").findValuesAsText("activityId"))
                .contains(DrillModels.TASK_CHECK_PARTY_STANDING, DrillModels.TASK_COUNSEL_REQUEST_SOL_WAIVER)
                .doesNotContain(DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);

        // when the designer runs the dry run
        JsonNode dryRun = json.readTree(mvc.perform(post("designer1", "/api/v1/designer/migrations/dry-run", request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.canMigrate").value(3))
                .andExpect(jsonPath("$.cannotMigrate").value(1))
                .andReturn().getResponse().getContentAsString());

        // then it names the case that cannot move and why, and nothing moved
        JsonNode stuck = find(dryRun.path("cases"), "processInstanceId", atWaiver);
        assertThat(stuck.path("canMigrate").asBoolean()).isFalse();
        assertThat(stuck.path("caseNumber").asText()).isEqualTo(businessKey(atWaiver));
        assertThat(stuck.path("waitingAt").toString()).contains(PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER);
        assertThat(stuck.path("reasons").toString()).contains(PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER, "renamedActivities");
        assertThat(find(dryRun.path("cases"), "processInstanceId", atReview).path("canMigrate").asBoolean()).isTrue();
        assertThat(definitionOf(atReview)).isEqualTo(v1.getId());
        assertThat(onlyTask(atReview).getTaskDefinitionKey()).isEqualTo(PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);

        // when the designer executes the migration
        mvc.perform(post("designer1", "/api/v1/designer/migrations/execute", request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("SYNCHRONOUS"))
                .andExpect(jsonPath("$.migrated").value(3))
                .andExpect(jsonPath("$.notMigrated[0].processInstanceId").value(atWaiver));

        // then the three cases are on version 2, each where it was, with the same deadlines
        for (String moved : List.of(atCulpability, atReview, awaitingRepresentations)) {
            assertThat(definitionOf(moved)).as(businessKey(moved)).isEqualTo(v2.getId());
        }
        assertThat(definitionOf(atWaiver)).isEqualTo(v1.getId());
        Task reviewAfter = onlyTask(atReview);
        assertThat(reviewAfter.getId()).isEqualTo(reviewTask.getId());
        assertThat(reviewAfter.getTaskDefinitionKey()).isEqualTo(DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);
        assertThat(formId(reviewAfter)).isEqualTo(PenaltyCaseProcess.FORM_REVIEW_REPRESENTATIONS);
        assertThat(onlyTask(atCulpability).getTaskDefinitionKey())
                .isEqualTo(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(runtimeService.getActiveActivityIds(awaitingRepresentations))
                .contains(PenaltyCaseProcess.GATEWAY_AWAIT_REPRESENTATIONS);
        assertThat(timerDueDates(atCulpability, atReview, awaitingRepresentations)).isEqualTo(deadlinesBefore);
        Job ppnTimer = managementService.createJobQuery().processInstanceId(awaitingRepresentations)
                .activityId(PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED).singleResult();
        assertThat(ppnTimer.getDuedate()).isEqualTo(startOf(PPN_RESPONSE_DUE));
        assertThat(ppnTimer.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(jdbc.queryForList("SELECT actor, detail FROM audit_event WHERE case_number = ? AND event ="
                + " 'PROCESS_MIGRATED'", businessKey(atReview))).singleElement().satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo("designer1");
                    assertThat((String) row.get("detail")).contains("version " + v1.getVersion(),
                            "version " + v2.getVersion(), "by designer1", DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE,
                            "timers keep their due dates");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ? AND event ="
                + " 'PROCESS_MIGRATED'", Long.class, businessKey(atWaiver))).isZero();

        // when the designer maps the old waiver request to counsel's and moves the last case as a batch
        String lastCase = migration(Map.of(PenaltyCaseProcess.TASK_REQUEST_SOL_WAIVER,
                DrillModels.TASK_COUNSEL_REQUEST_SOL_WAIVER), List.of(atWaiver), true);
        JsonNode scheduled = json.readTree(mvc.perform(post("designer1", "/api/v1/designer/migrations/execute", lastCase))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("BATCH"))
                .andExpect(jsonPath("$.scheduled").value(1))
                .andReturn().getResponse().getContentAsString());
        runBatch(scheduled.path("batchId").asText());

        // then it is on version 2 too, its task now counsel's
        assertThat(definitionOf(atWaiver)).isEqualTo(v2.getId());
        assertThat(onlyTask(atWaiver).getTaskDefinitionKey()).isEqualTo(DrillModels.TASK_COUNSEL_REQUEST_SOL_WAIVER);
        assertThat(jdbc.queryForList("SELECT event FROM audit_event WHERE case_number = ? AND event LIKE 'PROCESS_MIGRATION%'",
                String.class, businessKey(atWaiver))).containsExactly("PROCESS_MIGRATION_SCHEDULED");
    }

    @Test
    void aBrokenModelIsRefusedWithTheElementsAndRulesItBreaksAndNothingIsDeployed() throws Exception {
        String broken = "PenaltyCaseBrokenDrillProcess";
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> refused = deployLikeCamundaModeler("designer1", broken, DrillModels.broken(broken));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.path("message").asText()).startsWith("ENGINE-09005 Could not parse BPMN process.")
                .contains("Activity_0xrmvgg", "GENERATED_ID", "fpf-officers", "CANDIDATE_GROUP", "noSuchDate",
                        "TIMER_DUE_DATE", "Task_ForgottenReview", "UNREACHABLE", "issuePenaltyNoticeDelegat",
                        "CounselReviewOferForm", "ReferralFollowupProcess", "nothing was deployed");
        JsonNode errors = body.path("details").path(DrillModels.fileName(broken)).path("errors");
        Map<String, String> ruleByElement = new HashMap<>();
        errors.forEach(error -> {
            ruleByElement.put(error.path("mainElementId").asText(), error.path("message").asText().split(":")[0]);
            assertThat(error.path("line").asInt()).as(error.toString()).isPositive();
        });
        assertThat(ruleByElement).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Activity_0xrmvgg", "GENERATED_ID",
                PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT, "CANDIDATE_GROUP",
                PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED, "TIMER_DUE_DATE",
                "Task_ForgottenReview", "UNREACHABLE",
                PenaltyCaseProcess.TASK_ISSUE_PENALTY_NOTICE, "DELEGATE_BEAN",
                PenaltyCaseProcess.TASK_COUNSEL_REVIEW_OFFER, "FORM_IN_DEPLOYMENT",
                PenaltyCaseProcess.CALL_ACTIVITY_FOLLOW_REFERRAL, "CALLED_PROCESS"));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(broken).count()).isZero();

        // the designer API refuses it the same way, with the findings in the problem
        mvc.perform(multipart("/api/v1/designer/deployments")
                        .file(new MockMultipartFile("files", DrillModels.fileName(broken), "text/xml",
                                DrillModels.xml(DrillModels.broken(broken))))
                        .with(httpBasic("designer1", "designer1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Model refused"))
                .andExpect(jsonPath("$.findings.length()").value(7))
                .andExpect(jsonPath("$.findings[*].rule", hasItem("UNREACHABLE")))
                .andExpect(jsonPath("$.findings[*].elementId", hasItem("Task_ForgottenReview")));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void theDesignerApiDeploysAndAuditsARevisionAndSkipsAnUnchangedOne() throws Exception {
        String drill = "PenaltyCaseApiDrillProcess";
        MockMultipartFile file = new MockMultipartFile("files", DrillModels.fileName(drill), "text/xml",
                DrillModels.xml(DrillModels.asDeployed(drill)));

        mvc.perform(multipart("/api/v1/designer/deployments").file(file).param("deployChangedOnly", "true")
                        .with(httpBasic("designer1", "designer1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.models[0].key").value(drill))
                .andExpect(jsonPath("$.models[0].version").value(1))
                .andExpect(jsonPath("$.models[0].versionTag").value("1.0.0"));
        mvc.perform(multipart("/api/v1/designer/deployments").file(file).param("deployChangedOnly", "true")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.models.length()").value(0));

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(drill).count()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE entity_type = 'PROCESS_DEFINITION'"
                + " AND entity_id = ?", String.class, drill)).containsExactly("designer1");
    }

    @Test
    void onlyDesignersAndAdministratorsDeployOrMoveCases() throws Exception {
        String drill = "PenaltyCaseForbiddenDrillProcess";
        for (String user : List.of("officer1", "supervisor1", "hq1", "custodian1", "counsel1")) {
            HttpResponse<String> deploy = deployLikeCamundaModeler(user, drill, DrillModels.asDeployed(drill));
            assertThat(deploy.statusCode()).as(user + ": " + deploy.body()).isEqualTo(403);

            mvc.perform(multipart("/api/v1/designer/deployments")
                            .file(new MockMultipartFile("files", DrillModels.fileName(drill), "text/xml",
                                    DrillModels.xml(DrillModels.asDeployed(drill))))
                            .with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
            for (String step : List.of("plan", "dry-run", "execute")) {
                mvc.perform(post(user, "/api/v1/designer/migrations/" + step,
                                "{\"processDefinitionKey\":\"" + PenaltyCaseProcess.KEY + "\"}"))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(drill).count()).isZero();
        mvc.perform(post("admin", "/api/v1/designer/migrations/plan", "{\"processDefinitionKey\":\"NoSuchProcess\"}"))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- Camunda Modeler's deploy button

    /** The request Camunda Modeler's deploy button sends: multipart, the diagram as a part named after its file. */
    private HttpResponse<String> deployLikeCamundaModeler(String user, String processId, BpmnModelInstance model)
            throws IOException, InterruptedException {
        return ModelerDeploy.send(port, user, Map.of("deployment-name", processId, "deploy-changed-only", "true"),
                DrillModels.fileName(processId), "text/xml", DrillModels.xml(model));
    }

    // ---------------------------------------------------------------- fixtures

    /** A seaport penalty case whose drill process waits at the given activity, with its deadlines set. */
    private String openDrillCase(ProcessDefinition definition, String waitingAt) {
        String caseNumber = inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, SEAPORT, null, false,
                "Model revision drill").getCaseNumber());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CASE_NUMBER, caseNumber);
        variables.put(ProcessVariables.OFFICE_CODE, SEAPORT);
        variables.put(PenaltyCaseProcess.VAR_SOL_DATE, startOf(SOL));
        variables.put(PenaltyCaseProcess.VAR_SOL_WARNING_24_DATE, startOf(SOL.minusMonths(24)));
        variables.put(PenaltyCaseProcess.VAR_SOL_WARNING_12_DATE, startOf(SOL.minusMonths(12)));
        variables.put(PenaltyCaseProcess.VAR_SOL_COUNSEL_DATE, startOf(SOL.minusDays(180)));
        variables.put(PenaltyCaseProcess.VAR_PPN_RESPONSE_DUE_DATE, startOf(PPN_RESPONSE_DUE));
        ProcessInstance instance = runtimeService.createProcessInstanceById(definition.getId()).businessKey(caseNumber)
                .setVariables(variables).startBeforeActivity(waitingAt).execute();
        startedInstances.add(instance.getId());
        return instance.getId();
    }

    private static String migration(Map<String, String> renamed, List<String> instances, boolean asBatch)
            throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("processDefinitionKey", DRILL);
        request.put("renamedActivities", renamed);
        request.put("updateEventTriggers", false);
        if (instances != null) {
            request.put("processInstanceIds", instances);
        }
        request.put("asBatch", asBatch);
        return new ObjectMapper().writeValueAsString(request);
    }

    /** As the job executor would: the seed job creates the migration jobs, which the monitor job then sees done. */
    private void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        assertThat(batch).as("batch " + batchId).isNotNull();
        runJobs(batch.getSeedJobDefinitionId());
        runJobs(batch.getBatchJobDefinitionId());
        runJobs(batch.getMonitorJobDefinitionId());
    }

    private void runJobs(String jobDefinitionId) {
        managementService.createJobQuery().jobDefinitionId(jobDefinitionId).list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String definitionOf(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    private String businessKey(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    private Task onlyTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** Every timer of the cases by job id: the due date each deadline has. */
    private Map<String, Date> timerDueDates(String... processInstanceIds) {
        Map<String, Date> dueDates = new HashMap<>();
        for (String id : processInstanceIds) {
            managementService.createJobQuery().processInstanceId(id).timers().list()
                    .forEach(job -> dueDates.put(job.getId(), job.getDuedate()));
        }
        return dueDates;
    }

    private String formId(Task task) throws IOException {
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            return json.readTree(form).path("id").asText();
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    private static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
