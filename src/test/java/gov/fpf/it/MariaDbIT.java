package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.rules.ParameterNames;
import gov.fpf.system.Roles;

/**
 * The application on MariaDB (see {@link MariaDbSuite}): schema, isolation, office walls, engine doors, money and
 * concurrency, as production runs it.
 */
class MariaDbIT extends MariaDbSuite {

    @Test
    void runsOnMariaDbWithTheSchemaOfTheMigrationsAndTheEngine() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductVersion());
        assertThat(product).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL",
                String.class)).contains("1", "2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Long.class)).isPositive();
        Integer isolation = jdbc.execute((java.sql.Connection c) -> c.getTransactionIsolation());
        assertThat(isolation).isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    void noDemoUsersExistInTheMysqlProfile() {
        assertThat(engineAccess.userExists("officer1")).isFalse();
        assertThat(engineAccess.userExists("admin")).isTrue();
    }

    @Test
    void partiesAndBondsKeepTheirFactsAndMoneyExactly() throws Exception {
        String party = mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"MariaDB Importer\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"MX\","
                                + "\"principalPlaceOfBusinessUs\":false,\"significantUsPresence\":true,\"sufficientUsAssets\":true,"
                                + "\"controllingOwnersUsPersons\":false,\"ownsSignificantUsRealProperty\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.iorClass").value("FOREIGN"))
                .andReturn().getResponse().getContentAsString();
        long partyId = json.readTree(party).get("id").asLong();

        mvc.perform(post("itofficera", "pw-a", "/api/v1/bonds", "{\"principalPartyId\":" + partyId
                        + ",\"suretyName\":\"Surety\",\"type\":\"CONTINUOUS\",\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":50000}"))
                // issue 12 item 23: the mysql profile has no implementing instrument, so the EO 14411 Sec. 2(c)(i)(1)
                // rule is not in force and the bond is recorded (MariaDbEoRulesIT switches the rule on)
                .andExpect(status().isCreated());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/bonds", "{\"principalPartyId\":" + partyId
                        + ",\"suretyName\":\"Surety\",\"type\":\"SINGLE_TRANSACTION\",\"activity\":\"IMPORTATION_AND_ENTRY\","
                        + "\"amount\":12345.67,\"effectiveDate\":\"2026-06-03\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(12345.67))
                .andExpect(jsonPath("$.effectiveDate").value("2026-06-03"));
        assertThat(jdbc.queryForObject("SELECT amount FROM bond WHERE principal_party_id = ? AND bond_type = 'SINGLE_TRANSACTION'",
                BigDecimal.class, partyId))
                .isEqualByComparingTo("12345.67");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ?",
                Long.class, Long.toString(partyId))).isEqualTo(1);
    }

    @Test
    void badInputStoresNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM party", Long.class);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"ENTITY\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party", Long.class)).isEqualTo(before);
    }

    @Test
    void officersSeeOnlyTheirOfficesCases() throws Exception {
        String caseB = inTransaction(() -> caseFiles.open(CaseFamily.SEIZURE, OFFICE_B, null, false, "IT").getCaseNumber());

        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseB)).andExpect(status().isNotFound());
        mvc.perform(get("itsupervisor", "pw-s", "/api/v1/cases/" + caseB)).andExpect(status().isNotFound());
        mvc.perform(get("itofficerb", "pw-b", "/api/v1/cases/" + caseB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officeCode").value(OFFICE_B))
                .andExpect(jsonPath("$.timeline[0].event").value("CASE_OPENED"));
    }

    @Test
    void concurrentOpeningsNeverShareACaseNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> openings = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                openings.add(() -> inTransaction(() -> caseFiles.open(CaseFamily.LIQUIDATED_DAMAGES, OFFICE_A, null, false,
                        "concurrency").getCaseNumber()));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(openings)) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(60).allMatch(n -> n.matches("\\d{4}-LQD-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleChangeIs409() throws Exception {
        String party = mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"Standing IT\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":false}"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(party).get("id").asLong();
        String change = "{\"goodStanding\":false,\"reason\":\"r\",\"version\":0}";

        mvc.perform(put("itsupervisor", "pw-s", "/api/v1/parties/" + id + "/standing", change)).andExpect(status().isOk());
        mvc.perform(put("itsupervisor", "pw-s", "/api/v1/parties/" + id + "/standing", change)).andExpect(status().isConflict());
    }

    @Test
    void legalParametersAreReadByDateOnMariaDb() {
        // issue 12 item 21: no implementing instrument in the mysql profile, so the EO floor is not in force
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE,
                LocalDate.of(2026, 9, 1))).isInstanceOf(gov.fpf.rules.ParameterNotInForce.class);
        assertThat(parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, LocalDate.of(2026, 9, 1)).value())
                .isEqualByComparingTo("500000");
    }

    @Test
    void unauthenticatedAndWrongRoleAreRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases")).andExpect(status().isUnauthorized());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/offices", "{\"code\":\"NOPE\",\"name\":\"n\",\"kind\":\"k\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/offices").with(httpBasic("admin", "it-admin-secret")))
                .andExpect(status().isOk());
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aSharedProcessRunsOnMariaDbInItsOfficesTenantAndWritesTheAuditTrail() {
        String caseNumber = inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, OFFICE_B, null, false, "referral").getCaseNumber());
        var instance = runtimeService.startProcessInstanceByKey(gov.fpf.referral.ReferralFollowUpProcess.KEY, caseNumber,
                java.util.Map.of("caseNumber", caseNumber, "officeCode", OFFICE_B, "referredTo", "DOJ",
                        "referralReason", "unpaid penalty", "followUpCycle", "R/P30D",
                        "referralEscalationDate", java.util.Date.from(java.time.Instant.now().plusSeconds(86_400L * 90))));
        assertThat(instance.getTenantId()).isEqualTo(OFFICE_B);

        var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), java.util.Map.of("referralOutcome", "COLLECTED",
                "referralOutcomeDate", java.util.Date.from(java.time.Instant.now()), "referralOutcomeNote", "paid in full"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(jdbc.queryForList("SELECT event FROM audit_event WHERE case_number = ? ORDER BY id", String.class, caseNumber))
                .containsExactly("CASE_OPENED", "REFERRAL_OPENED", "REFERRAL_OUTCOME_RECORDED");
    }

    private String taskOf(String user, String password, String caseNumber, String key) throws Exception {
        var tasks = json.readTree(mvc.perform(get(user, password, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (var t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && key.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task " + key + " for " + user + ": " + tasks);
    }

    private int complete(String user, String password, String taskId, String body) throws Exception {
        return mvc.perform(post(user, password, "/api/v1/tasks/" + taskId + "/complete", body)).andReturn().getResponse()
                .getStatus();
    }

    /** Worked example P1 on MariaDB: the floor (422), four eyes (403), the exception, payment, closing. */
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** A 1592 negligence case (the figures of worked example P1) opened through the API by the given officer. */
    private String openNegligenceCase(String user, String password, String partyName) throws Exception {
        long partyId = json.readTree(mvc.perform(post(user, password, "/api/v1/parties",
                        "{\"name\":\"" + partyName + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post(user, password, "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private java.net.http.HttpResponse<String> engineRest(String method, String path, String body) throws Exception {
        return engineRest("itofficera:pw-a", method, path, body);
    }

    private java.net.http.HttpResponse<String> engineRest(String login, String method, String path, String body)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(login.getBytes()))
                .header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fourByteCharactersReachTheEngineTablesAndAnOverlongVariableNameIs400OnMariaDb() throws Exception {
        assertThat(jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND UPPER(TABLE_NAME) LIKE 'ACT\\_%' AND TABLE_COLLATION NOT LIKE 'utf8mb4%'", String.class))
                .as("engine tables still in a 3-byte character set").isEmpty();
        String caseNumber = openNegligenceCase("itofficera", "pw-a", "Emoji \ud83d\ude00 Trading");
        String task = taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.penalty.PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        // a variable name longer than ACT_RU_VARIABLE.NAME_: 400 on both doors, not 500 (an officer's completion is
        // refused for a field its form lacks; only the administrator writes variables directly, and reaches the column)
        assertThat(complete("itofficera", "pw-a", task, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,"
                + "\"amountRationale\":\"r\",\"" + "v".repeat(300) + "\":1}")).isEqualTo(400);
        var overlong = engineRest("admin:it-admin-secret", "PUT", "/engine-rest/task/" + task + "/variables/"
                + "n".repeat(300), "{\"value\":\"x\",\"type\":\"String\"}");
        assertThat(overlong.statusCode()).as(overlong.body()).isEqualTo(400);

        String rationale = "serious \ud83d\ude00 \ud840\udc00 (emoji and CJK Extension B)";
        assertThat(complete("itofficera", "pw-a", task, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,"
                + "\"amountRationale\":\"" + rationale + "\"}")).isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE NAME_ = 'amountRationale' AND TEXT_ = ?",
                String.class, rationale)).containsExactly(rationale);
        var byKey = engineRest("GET", "/engine-rest/process-instance?businessKey=%F0%9F%98%80", null);
        assertThat(byKey.statusCode()).as(byKey.body()).isEqualTo(200);
        assertThat(byKey.body()).isEqualTo("[]");
    }

    /** Review S1 on MariaDB: a completion, or a direct variable write, that names another office's case changes nothing. */
    @Test
    void aTaskCannotBeTurnedOntoAnotherOfficesCaseOnMariaDb() throws Exception {
        String[] cases = new String[2];
        String[][] officers = {{"itofficera", "pw-a"}, {"itofficerb", "pw-b"}};
        for (int i = 0; i < 2; i++) {
            cases[i] = openNegligenceCase(officers[i][0], officers[i][1], "Door " + i);
        }
        String ownTask = taskOf("itofficerb", "pw-b", cases[1], gov.fpf.penalty.PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        assertThat(complete("itofficerb", "pw-b", ownTask, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":900,"
                + "\"amountRationale\":\"x\",\"caseNumber\":\"" + cases[0] + "\"}")).isEqualTo(403);
        var write = engineRest("itofficerb:pw-b", "PUT", "/engine-rest/task/" + ownTask + "/variables/caseNumber",
                "{\"value\":\"" + cases[0] + "\",\"type\":\"String\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);

        assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE case_number = ?", String.class, cases[0]))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN case_file c ON c.id = n.case_id"
                + " WHERE c.case_number = ?", Integer.class, cases[0])).isZero();
    }

    @Test
    void aPenaltyCaseRunsFromOpeningToPaymentOnMariaDb() throws Exception {
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"P1 on MariaDB\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.maximum").value(40000.00))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2030-06-02"))
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();

        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.penalty.PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}")).isEqualTo(204);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + todayAtA() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.penalty.PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}")).isEqualTo(204);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + todayAtA() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());

        // issue 12 item 21: the EO floor applies only by an implementing instrument; the mysql profile seeds none, so
        // the administrator records one in force from today (201, or 409 when this schema already has it)
        assertThat(mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments",
                "{\"title\":\"P1 floor (IT)\",\"citation\":\"IT-P1-FLOOR\",\"effectiveDate\":\"" + todayAtA()
                        + "\",\"rules\":[\"PENALTY_FLOOR\"]}")).andReturn().getResponse().getStatus()).isIn(201, 409);
        String propose = taskOf("itsupervisor", "pw-s", caseNumber,
                gov.fpf.mitigation.PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(complete("itsupervisor", "pw-s", propose,
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"f\"}")).isEqualTo(422);
        assertThat(complete("itsupervisor", "pw-s", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,"
                + "\"findings\":\"f\",\"nationalSecurityException\":true,\"exceptionJustification\":\"j\"}")).isEqualTo(204);
        String approve = taskOf("itsupervisor", "pw-s", caseNumber,
                gov.fpf.mitigation.PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION);
        assertThat(complete("itsupervisor", "pw-s", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(403);
        assertThat(complete("itsupervisor2", "pw-s2", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(204);
        assertThat(complete("itsupervisor2", "pw-s2", approve, "{\"exceptionApproval\":\"APPROVED\"}"))
                .as("a completed task is a 409").isEqualTo(409);

        // 1592(d): the $20,000 loss of revenue is owed besides the $12,000 penalty; the case closes when both are paid
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/payments",
                "{\"amount\":12000,\"paidDate\":\"" + todayAtA() + "\"}")).andExpect(status().isCreated());
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.not("CLOSED")));
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/payments",
                "{\"amount\":20000,\"paidDate\":\"" + todayAtA() + "\"}")).andExpect(status().isCreated());
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.amounts.decided").value(12000.00))
                .andExpect(jsonPath("$.amounts.paid").value(32000.00))
                .andExpect(jsonPath("$.notices.length()").value(3));
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    private long ldBond(String name, String number, String amount) throws Exception {
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/bonds", """
                        {"bondNumber":"%s","principalPartyId":%d,"suretyName":"IT Surety","type":"CONTINUOUS",
                         "activity":"IMPORTATION_AND_ENTRY","amount":%s,"effectiveDate":"2024-01-01"}"""
                        .formatted(number, partyId, amount)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private void fireLdTimer(String caseNumber, String activityId) {
        var jobs = new java.util.ArrayList<org.camunda.bpm.engine.runtime.Job>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()));
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    /** Issue 4 on MariaDB: a claim, the surety's demand and petition, the decision lapsing, the 113.52 referral. */
    @Test
    void aLiquidatedDamagesClaimGoesToTheSuretyAndThenToTheDepartmentOfJusticeOnMariaDb() throws Exception {
        long bondId = ldBond("LD on MariaDB", "IT-CB-LD-0001", "100000");
        LocalDate breach = todayAtA().minusDays(30);
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bondId + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + todayAtA().plusDays(2) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bondId + ",\"breach\":\"DUTY_DEPOSIT_DEFAULT\",\"breachDate\":\"" + breach
                                + "\",\"unpaidDuties\":-1}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);

        String caseNumber = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bondId + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + breach
                                + "\",\"entryNumber\":\"IT-ISF-0001\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.assessed").value(5000.00))
                .andExpect(jsonPath("$.notices.length()").value(2))
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        fireLdTimer(caseNumber, gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + todayAtA() + "\",\"supplemental\":false,\"grounds\":\"g\",\"filedBy\":\"SURETY\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));
        String propose = taskOf("itsupervisor", "pw-s", caseNumber,
                gov.fpf.mitigation.PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(complete("itsupervisor", "pw-s", propose,
                "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":5000,\"findings\":\"f\"}")).isEqualTo(204);
        fireLdTimer(caseNumber, gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_DECISION_EXPIRED);
        fireLdTimer(caseNumber, gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("REFERRED"));
        mvc.perform(get("itofficera", "pw-a", "/api/v1/liquidated-damages-cases/" + caseNumber + "/claim"))
                .andExpect(jsonPath("$.referralDate").value(breach.plusDays(180).toString()))
                .andExpect(jsonPath("$.charge").value("OPEN"));
        assertThat(jdbc.queryForList("SELECT kind FROM notice n JOIN case_file c ON c.id = n.case_id WHERE"
                + " c.case_number = ? ORDER BY n.id", String.class, caseNumber))
                .containsExactly("LD_CLAIM_NOTICE", "LD_SURETY_NOTICE", "LD_SURETY_DEMAND", "LD_DECISION_LETTER");
    }

    /** Issue 5 on MariaDB: custody, appraisal, notice, abandonment, destruction; and the 1612 sale on its own date. */
    @Test
    void aSeizureRunsFromCustodyToDisposalOnMariaDb() throws Exception {
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"Seizure on MariaDB\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases", "{\"partyId\":" + partyId
                        + ",\"seizureDate\":\"" + todayAtA() + "\",\"discoveryDate\":\"2025-01-02\",\"statute\":\"1526(e)\",\"items\":[]}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
        var opened = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[{"description":"watches, counterfeit marks",
                         "quantity":300,"appraisedValue":120000,"counterfeit":true},
                         {"description":"fresh fruit","quantity":10,"appraisedValue":800,"perishable":true}]}"""
                        .formatted(partyId, todayAtA().minusDays(1))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String caseNumber = opened.get("caseNumber").asText();
        assertThat(opened.get("costBond").decimalValue()).isEqualByComparingTo("5000");
        assertThat(complete("itcustodian", "pw-c", taskOf("itcustodian", "pw-c", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY),
                "{\"storageLocation\":\"IT cage 1\",\"dailyStorageRate\":20}")).isEqualTo(204);
        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE),
                "{\"appraisedValue\":120800,\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
        // perishable fruit in the lot: the 1612 approval is due from the seizure date
        fireLdTimer(caseNumber, gov.fpf.seizure.SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("itsupervisor", "pw-s", taskOf("itsupervisor", "pw-s", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE),
                "{\"summarySaleDecision\":\"REJECTED\",\"summarySaleReason\":\"fruit removed and destroyed separately\"}"))
                .isEqualTo(204);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + todayAtA() + "\",\"signedBy\":\"owner\"}"))
                .andExpect(status().isAccepted());
        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION),
                "{\"dispositionMethod\":\"DESTRUCTION\"}")).isEqualTo(204);
        assertThat(complete("itcustodian", "pw-c", taskOf("itcustodian", "pw-c", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION),
                "{\"dispositionDate\":\"" + todayAtA() + "\",\"witness\":\"w\",\"certificateReference\":\"c\"}"))
                .isEqualTo(204);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(jsonPath("$.forfeitureBasis").value("ASSENT"))
                .andExpect(jsonPath("$.dispositionMethod").value("DESTRUCTION"))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    /** Claims opened at once against one bond are charged one at a time: together they never exceed it. */
    @Test
    void concurrentClaimsAgainstOneBondNeverExceedItsCoverage() throws Exception {
        long bondId = ldBond("LD concurrency on MariaDB", "IT-CB-LD-0002", "10000");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                String entry = "IT-ISF-C" + i;
                results.add(pool.submit(() -> mvc.perform(post("itofficera", "pw-a", "/api/v1/liquidated-damages-cases",
                                "{\"bondId\":" + bondId + ",\"breach\":\"LATE_ISF\",\"breachDate\":\""
                                        + todayAtA().minusDays(3) + "\",\"entryNumber\":\"" + entry + "\"}"))
                        .andReturn().getResponse().getStatus()));
            }
            for (var r : results) {
                assertThat(r.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT SUM(claim_amount) FROM ld_claim WHERE bond_id = ?", BigDecimal.class, bondId))
                .isEqualByComparingTo("10000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE bond_id = ? AND claim_amount = 5000",
                Long.class, bondId)).isEqualTo(2L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE bond_id = ? AND exceeds_coverage",
                Long.class, bondId)).isEqualTo(4L);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/bonds/" + bondId + "/coverage"))
                .andExpect(jsonPath("$.remaining").value(0))
                .andExpect(jsonPath("$.openCharges.length()").value(2));
    }

    /**
     * Issue 4 on MariaDB: a breach file with good lines, a duplicate inside the file, an unknown bond and a line that
     * cannot be read; each line in its own transaction, the same file twice opens nothing new.
     */
    @Test
    void aBreachFileImportsLineByLineAndTwiceOpensNothingNewOnMariaDb() throws Exception {
        long bondId = ldBond("LD import on MariaDB", "IT-CB-LDI-0001", "5000000");
        LocalDate breach = todayAtA().minusDays(15);
        String csv = String.join("\n",
                "bondNumber,breach,breachDate,entryNumber,merchandiseValue",
                "IT-CB-LDI-0001,LATE_ISF," + breach + ",ITI-0000001-1,",
                "IT-CB-LDI-0001,FAILURE_TO_REDELIVER," + breach + ",ITI-0000002-1,\"25,000.00\"",
                "IT-CB-LDI-0001,LATE_ISF," + breach + ",iti-0000001-1,",
                "IT-NO-SUCH-BOND,LATE_ISF," + breach + ",ITI-0000003-1,",
                "IT-CB-LDI-0001,LATE_ISF,yesterday,ITI-0000004-1,", "");
        String path = "/api/v1/liquidated-damages-imports?wait=true&officeCode=" + OFFICE_A;

        com.fasterxml.jackson.databind.JsonNode first = json.readTree(mvc.perform(MockMvcRequestBuilders.post(path)
                        .with(httpBasic("itofficera", "pw-a")).contentType("text/csv").content(csv))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(first.get("status").asText()).isEqualTo("DONE");
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(first.get("skipped").asInt()).isEqualTo(1);
        assertThat(first.get("refused").asInt()).isEqualTo(2);
        assertThat(first.get("summary").get("skipped").get(0).get("lines").get(0).asInt()).isEqualTo(4);
        assertThat(first.get("summary").get("refused").get(0).get("line").asInt()).isEqualTo(5);
        assertThat(first.get("summary").get("refused").get(0).get("reason").asText()).isEqualTo("UNKNOWN_BOND");
        assertThat(first.get("summary").get("refused").get(1).get("line").asInt()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT claim_amount FROM ld_claim WHERE bond_id = ? AND breach = 'FAILURE_TO_REDELIVER'",
                BigDecimal.class, bondId)).isEqualByComparingTo("25000.00");

        com.fasterxml.jackson.databind.JsonNode second = json.readTree(mvc.perform(MockMvcRequestBuilders.post(path)
                        .with(httpBasic("itofficera", "pw-a")).contentType("text/csv").content(csv))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("skipped").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE bond_id = ?", Long.class, bondId)).isEqualTo(2L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_import_row WHERE import_id = ?", Long.class,
                second.get("id").asLong())).isEqualTo(5L);
    }

    private org.springframework.test.web.servlet.ResultActions deployAsDesigner(String processId,
            org.camunda.bpm.model.bpmn.BpmnModelInstance model) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/designer/deployments")
                .file(new org.springframework.mock.web.MockMultipartFile("files",
                        gov.fpf.designer.DrillModels.fileName(processId), "text/xml", gov.fpf.designer.DrillModels.xml(model)))
                .param("deploymentName", processId)
                .with(httpBasic("itdesigner", "pw-d")));
    }

    /**
     * Issue 7 on MariaDB: a revision of the penalty model deployed through the designer API, a broken one refused with
     * nothing stored, and a case in flight moved onto the revision with its task renamed and its deadlines kept.
     * Versions are counted from what is there, so the suite can run again on the same schema.
     */
    @Test
    void aRevisedModelIsDeployedABrokenOneRefusedAndARunningCaseMovedOnMariaDb() throws Exception {
        String drill = "PenaltyCaseMariaDrillProcess";
        deployAsDesigner(drill, gov.fpf.designer.DrillModels.asDeployed(drill)).andExpect(status().isCreated());
        var v1 = repository.createProcessDefinitionQuery().processDefinitionKey(drill).latestVersion().singleResult();
        String caseNumber = inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, OFFICE_A, null, false, "drill")
                .getCaseNumber());
        java.util.Date sol = java.util.Date.from(java.time.Instant.now().plusSeconds(86_400L * 1400));
        var instance = runtime.createProcessInstanceById(v1.getId()).businessKey(caseNumber)
                .setVariables(java.util.Map.of("caseNumber", caseNumber, "officeCode", OFFICE_A, "solDate", sol,
                        "solWarning24Date", sol, "solWarning12Date", sol, "solCounselDate", sol))
                .startBeforeActivity(gov.fpf.penalty.PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS).execute();
        try {
            var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            var timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                    .collect(java.util.stream.Collectors.toMap(org.camunda.bpm.engine.runtime.Job::getId,
                            org.camunda.bpm.engine.runtime.Job::getDuedate));
            long deployments = repository.createDeploymentQuery().count();

            deployAsDesigner("PenaltyCaseMariaBrokenProcess", gov.fpf.designer.DrillModels.broken("PenaltyCaseMariaBrokenProcess"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.findings.length()").value(7));
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
            deployAsDesigner(drill, gov.fpf.designer.DrillModels.revised(drill))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.models[0].version").value(v1.getVersion() + 1))
                    .andExpect(jsonPath("$.models[0].versionTag").value("1.1.0"));
            String request = "{\"processDefinitionKey\":\"" + drill + "\",\"renamedActivities\":{\""
                    + gov.fpf.penalty.PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS + "\":\""
                    + gov.fpf.designer.DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE + "\"},"
                    + "\"processInstanceIds\":[\"" + instance.getId() + "\"]}";
            mvc.perform(post("itdesigner", "pw-d", "/api/v1/designer/migrations/dry-run", request))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.canMigrate").value(1));
            mvc.perform(post("itofficera", "pw-a", "/api/v1/designer/migrations/execute", request))
                    .andExpect(status().isForbidden());
            mvc.perform(post("itdesigner", "pw-d", "/api/v1/designer/migrations/execute", request))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.migrated").value(1));

            var moved = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            assertThat(moved.getId()).isEqualTo(task.getId());
            assertThat(moved.getTaskDefinitionKey())
                    .isEqualTo(gov.fpf.designer.DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE);
            assertThat(moved.getProcessDefinitionId()).isNotEqualTo(v1.getId());
            assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                    .collect(java.util.stream.Collectors.toMap(org.camunda.bpm.engine.runtime.Job::getId,
                            org.camunda.bpm.engine.runtime.Job::getDuedate))).isEqualTo(timers);
            assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE case_number = ? AND event = 'PROCESS_MIGRATED'",
                    String.class, caseNumber)).containsExactly("itdesigner");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PROCESS_DEFINITION'"
                    + " AND entity_id = ? AND actor = 'itdesigner'", Long.class, drill)).isGreaterThanOrEqualTo(2L);
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "drill done", true, true);
        }
    }

    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;

    /**
     * The enforcement report's SQL on MariaDB (TIMESTAMPDIFF over DATE and DATETIME, CAST AS DATE, BOOLEAN columns,
     * GROUP BY on a COALESCE, date ranges as LocalDateTime and LocalDate parameters through Connector/J): the same
     * known rows as the H2 test, in a past year of their own, give the same figures to the cent and the same medians
     * and 90th percentiles; the CSV comes out with every row of seven columns.
     */
    @Test
    void theEnforcementReportGivesTheSameFiguresOnMariaDb() throws Exception {
        if (!offices.existsById("ITREP")) {
            inTransaction(() -> officeService.create("ITREP", "IT report office", "SEAPORT"));
        }
        engineAccess.ensureUser("ithq", "pw-hq", "IT", "Headquarters", List.of(Roles.HQ), Set.of());
        gov.fpf.report.ReportFixture fixture = new gov.fpf.report.ReportFixture(jdbc, "ITREP", 2021);
        fixture.insert();
        fixture.assertFigures(json.readTree(mvc.perform(get("ithq", "pw-hq", "/api/v1/reports/enforcement?release=internal&year=2021"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        String csv = mvc.perform(get("ithq", "pw-hq", "/api/v1/reports/enforcement?release=internal&year=2021").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String line : csv.split("\r\n")) {
            assertThat(line.split(",", -1)).as(line).hasSize(7);
        }
        assertThat(csv).contains("seizure_to_disposal_days,p90,,,ITREP,,7.6", "mitigation,mitigation_rate,,,ITREP,,0.6667");
        mvc.perform(get("itsupervisor", "pw-s", "/api/v1/reports/enforcement?year=2021")).andExpect(status().isForbidden());
    }

    /**
     * Issue 6 on MariaDB: the worklist read model is written in the engine's transaction (a rollback leaves no row),
     * carries the case columns, answers the paged and filtered list (its union of ordered index reads), follows a
     * claim and loses the row when the task is completed.
     */
    @Test
    void theWorklistReadModelFollowsTheTasksOnMariaDb() throws Exception {
        String caseNumber = openNegligenceCase("itofficera", "pw-a", "Worklist on MariaDB");
        String taskId = taskOf("itofficera", "pw-a", caseNumber,
                gov.fpf.penalty.PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        var row = jdbc.queryForMap("SELECT * FROM worklist_entry WHERE task_id = ?", taskId);
        assertThat(row.get("case_number")).isEqualTo(caseNumber);
        assertThat(row.get("office_code")).isEqualTo(OFFICE_A);
        assertThat(row.get("family")).isEqualTo("PENALTY");
        assertThat(row.get("party_name")).isEqualTo("Worklist on MariaDB");
        assertThat((BigDecimal) row.get("amount_at_stake")).isEqualByComparingTo("40000.00");
        assertThat(row.get("due_name")).isEqualTo("Statute of limitations");
        assertThat(String.valueOf(row.get("due_date"))).isEqualTo("2030-06-02");
        assertThat(jdbc.queryForList("SELECT group_id FROM worklist_entry_group WHERE task_id = ?", String.class, taskId))
                .containsExactly(Roles.OFFICER);

        mvc.perform(get("itofficera", "pw-a", "/api/v1/tasks?family=PENALTY&size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')].caseNumber").value(caseNumber));
        mvc.perform(get("itofficerb", "pw-b", "/api/v1/tasks"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')]").isEmpty());

        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + taskId + "/claim", "")).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("SELECT assignee FROM worklist_entry WHERE task_id = ?", String.class, taskId))
                .isEqualTo("itofficera");
        mvc.perform(get("itofficera", "pw-a", "/api/v1/tasks?mine=true&page=0&size=10"))
                .andExpect(jsonPath("$[?(@.id == '" + taskId + "')].assignee").value("itofficera"));

        assertThat(complete("itofficera", "pw-a", taskId,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}")).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry WHERE task_id = ?", Long.class, taskId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry_group WHERE task_id = ?", Long.class, taskId))
                .isZero();

        // a process started in a transaction that rolls back leaves no row
        String referralCase = inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, OFFICE_A, null, false, "rollback")
                .getCaseNumber());
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            runtimeService.startProcessInstanceByKey(gov.fpf.referral.ReferralFollowUpProcess.KEY, referralCase,
                    java.util.Map.of("caseNumber", referralCase, "officeCode", OFFICE_A, "referredTo", "DOJ",
                            "referralReason", "unpaid penalty", "followUpCycle", "R/P30D", "referralEscalationDate",
                            java.util.Date.from(java.time.Instant.now().plusSeconds(86_400L * 90))));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry WHERE case_number = ?", Long.class,
                    referralCase)).isOne();
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry WHERE case_number = ?", Long.class,
                referralCase)).isZero();
    }
}
