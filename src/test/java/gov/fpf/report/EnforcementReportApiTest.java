package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.seizure.SeizureForfeitureProcess;
import gov.fpf.system.Roles;

/**
 * The annual enforcement report on a small dataset made through the API in an office of its own (so other tests'
 * cases in the shared database do not change its figures): three penalty cases decided (mitigated and paid, denied
 * and part paid, mitigated below the floor on an approved national-security exception), a liquidated-damages claim,
 * and a counterfeit seizure abandoned and destroyed. The office's counts, sums and mitigation rate are exact; no
 * party name or case number leaves through JSON or CSV. (A case closed by the statute of limitations cannot be made
 * through the API: opening one fails in the penalty process, so {@link ReportFixture} covers that figure.)
 */
class EnforcementReportApiTest extends ApplicationTest {

    static final String OFFICE = "RPTA";
    static final String PARTY = "Zebulon Quartermain Confidential Imports";
    static final LocalDate TODAY = seaportToday();
    static final int YEAR = TODAY.getYear();
    /** Two days before today, unless that is last year. */
    static final LocalDate SEIZED = TODAY.minusDays(2).getYear() == YEAR ? TODAY.minusDays(2) : TODAY;
    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{4}-[A-Z]{3}-\\d{6}");

    private static final List<String> caseNumbers = new ArrayList<>();

    @Autowired
    EngineAccess engineAccess;

    @Autowired
    OfficeService officeService;

    @Autowired
    OfficeRepository offices;

    @BeforeEach
    void dataset() throws Exception {
        if (!caseNumbers.isEmpty()) {
            return;
        }
        if (!offices.existsById(OFFICE)) {
            inTransaction(() -> officeService.create(OFFICE, "Report test office", "SEAPORT"));
        }
        engineAccess.ensureUser("rptofficer", "rptofficer", "Report", "Officer", List.of(Roles.OFFICER), Set.of(OFFICE));
        engineAccess.ensureUser("rptsuper1", "rptsuper1", "Report", "Supervisor", List.of(Roles.SUPERVISOR, Roles.OFFICER),
                Set.of(OFFICE));
        engineAccess.ensureUser("rptsuper2", "rptsuper2", "Report", "Second Supervisor",
                List.of(Roles.SUPERVISOR, Roles.OFFICER), Set.of(OFFICE));
        engineAccess.ensureUser("rptcustodian", "rptcustodian", "Report", "Custodian", List.of(Roles.CUSTODIAN),
                Set.of(OFFICE));
        // a party of its own for each case: a finding on one case would make the party a repeat offender on the next
        long party = party("rptofficer", PARTY);

        // A: mitigated to $25,000 and paid in full with the $20,000 loss of revenue (19 U.S.C. 1592(d))
        String a = penaltyUnderReview(party("rptofficer", PARTY + " A"));
        propose("rptofficer", a, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":25000,\"findings\":\"first offense\"}");
        pay(a, "45000");
        // B: denied, $10,000 of $40,000 paid
        String b = penaltyUnderReview(party("rptofficer", PARTY + " B"));
        propose("rptofficer", b, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":40000,\"findings\":\"no grounds\"}");
        pay(b, "10000");
        // C: $12,000, below the $20,000 floor, on a national-security exception approved by another supervisor
        String c = penaltyUnderReview(party("rptofficer", PARTY + " C"));
        propose("rptsuper1", c, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"cooperating\","
                + "\"nationalSecurityException\":true,\"exceptionJustification\":\"informant in a smuggling case\"}");
        assertThat(complete("rptsuper2", taskId("rptsuper2", c, PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION),
                "{\"exceptionApproval\":\"APPROVED\",\"exceptionApprovalNote\":\"confirmed with HSI\"}")).isEqualTo(204);
        // a liquidated-damages claim, open: a late ISF is $5,000
        long bond = id(mvc.perform(post("rptofficer", "/api/v1/bonds", """
                {"bondNumber":"RPT-CB-0001","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-01"}""".formatted(party)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode ld = json.readTree(mvc.perform(post("rptofficer", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bond + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + SEIZED + "\",\"entryNumber\":\"ISF-RPT-0001\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(ld.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("5000");
        caseNumbers.add(ld.get("caseNumber").asText());

        // a counterfeit seizure, abandoned (forfeited by assent) and destroyed today
        JsonNode seizure = json.readTree(mvc.perform(post("rptofficer", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"terminal 3",
                 "cause":"counterfeit marks","items":[{"description":"handbags","quantity":500,"appraisedValue":900000,
                 "counterfeit":true}]}""".formatted(party, SEIZED)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String s = seizure.get("caseNumber").asText();
        caseNumbers.add(s);
        assertThat(complete("rptcustodian", taskId("rptcustodian", s, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY),
                "{\"storageLocation\":\"bay 4\",\"dailyStorageRate\":25,\"hazardous\":false,\"highRisk\":false,"
                        + "\"photographReferences\":\"IMG-1\",\"inventoryNote\":\"sealed\"}")).isEqualTo(204);
        assertThat(complete("rptofficer", taskId("rptofficer", s, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE),
                "{\"appraisedValue\":900000,\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
        mvc.perform(post("rptofficer", "/api/v1/seizure-cases/" + s + "/abandonment",
                "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner\"}")).andExpect(status().isAccepted());
        assertThat(complete("rptofficer", taskId("rptofficer", s, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION),
                "{\"dispositionMethod\":\"DESTRUCTION\",\"dispositionNote\":\"counterfeits\"}")).isEqualTo(204);
        assertThat(complete("rptcustodian", taskId("rptcustodian", s, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION),
                "{\"dispositionDate\":\"" + TODAY + "\",\"witness\":\"J. Doe\",\"certificateReference\":\"DEST-RPT-1\"}"))
                .isEqualTo(204);
        assertThat(caseFile("rptofficer", s).get("status").asText()).isEqualTo("CLOSED");
    }

    // ------------------------------------------------------------------------------------------------ the figures

    @Test
    void theOfficesFiguresAreExact() throws Exception {
        JsonNode r = report();
        assertThat(r.get("year").asInt()).isEqualTo(YEAR);

        assertThat(r.at("/casesOpened/byOffice/" + OFFICE).asLong()).isEqualTo(5);
        assertThat(cells(r.at("/casesOpened/cells"), "PENALTY", "1592")).isEqualTo(3);
        assertThat(cells(r.at("/casesOpened/cells"), "LIQUIDATED_DAMAGES", "LATE_ISF")).isEqualTo(1);
        assertThat(cells(r.at("/casesOpened/cells"), "SEIZURE", "1526(e)")).isEqualTo(1);
        assertThat(r.at("/casesClosed/byOffice/" + OFFICE).asLong()).isEqualTo(2);
        assertThat(cells(r.at("/casesClosed/cells"), "PENALTY", "1592")).isEqualTo(1);
        assertThat(cells(r.at("/casesClosed/cells"), "SEIZURE", "1526(e)")).isEqualTo(1);

        // penalties and LD: 3 x $40,000 + $5,000 assessed, $25,000 + $40,000 + $12,000 decided, $45,000
        // ($25,000 penalty and the $20,000 loss of revenue) + $10,000 collected
        JsonNode claims = r.at("/amounts/monetaryClaimsByOffice/" + OFFICE);
        assertThat(claims.get("cases").asLong()).isEqualTo(4);
        assertThat(claims.get("assessed").decimalValue()).isEqualByComparingTo("125000");
        assertThat(claims.get("decided").decimalValue()).isEqualByComparingTo("77000");
        assertThat(claims.get("collected").decimalValue()).isEqualByComparingTo("55000");
        assertThat(r.at("/collectedInYear/byOffice/" + OFFICE).decimalValue()).isEqualByComparingTo("55000");
        for (JsonNode cell : r.at("/amounts/cells")) {
            if (OFFICE.equals(cell.get("office").asText()) && "SEIZURE".equals(cell.get("family").asText())) {
                assertThat(cell.at("/money/assessed").decimalValue()).as("a seizure's appraised value").isEqualByComparingTo("900000");
            }
        }

        JsonNode m = r.at("/mitigation/byOffice/" + OFFICE);
        assertThat(m.get("decided").asLong()).isEqualTo(3);
        assertThat(m.get("mitigated").asLong()).isEqualTo(2);
        assertThat(m.get("denied").asLong()).isEqualTo(1);
        assertThat(m.get("cancelled").asLong()).isZero();
        assertThat(m.get("mitigationRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(m.get("assessed").decimalValue()).isEqualByComparingTo("120000");
        assertThat(m.get("decidedAmount").decimalValue()).isEqualByComparingTo("77000");
        assertThat(r.at("/nationalSecurityExceptions/byOffice/" + OFFICE).asLong()).isEqualTo(1);

        assertThat(r.at("/seizures/seizedByOffice/" + OFFICE).asLong()).isEqualTo(1);
        assertThat(r.at("/seizures/dispositionsByOffice/" + OFFICE + "/DESTRUCTION").asLong()).isEqualTo(1);
        assertThat(r.at("/seizures/dispositionsByOffice/" + OFFICE + "/SALE").asLong()).isZero();
        assertThat(r.at("/seizures/forfeituresByOffice/" + OFFICE + "/ABANDONMENT").asLong()).isEqualTo(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(SEIZED, TODAY);
        JsonNode disposal = r.at("/durations/seizureToDisposalByOffice/" + OFFICE);
        assertThat(disposal.get("count").asLong()).isEqualTo(1);
        assertThat(disposal.get("median").decimalValue()).isEqualByComparingTo(Long.toString(days));
        assertThat(disposal.get("p90").decimalValue()).isEqualByComparingTo(Long.toString(days));
        JsonNode decision = r.at("/durations/petitionToDecisionByOffice/" + OFFICE);
        assertThat(decision.get("count").asLong()).isEqualTo(3);
        assertThat(decision.get("median").decimalValue()).isEqualByComparingTo("0");

        assertThat(r.at("/statuteOfLimitations/closedByOffice/" + OFFICE).asLong()).isZero();
        assertThat(r.at("/statuteOfLimitations/lapsedWhileOpenByOffice/" + OFFICE).asLong()).isZero();
        assertThat(r.at("/statuteOfLimitations/target").asLong()).isZero();
    }

    @Test
    void onePastYearOfKnownRowsGivesExactMediansAndPercentiles() throws Exception {
        if (!offices.existsById("RPTF")) {
            inTransaction(() -> officeService.create("RPTF", "Report fixture office", "SEAPORT"));
        }
        ReportFixture fixture = new ReportFixture(jdbc, "RPTF", 2019);
        fixture.insert();
        fixture.assertFigures(json.readTree(mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=internal&year=2019"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
    }

    @Test
    void theCsvHasOneFigurePerRow() throws Exception {
        String csv = mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=internal&year=" + YEAR).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("section,measure,family,statute,office,category,value");
        for (String line : lines) {
            assertThat(line.split(",", -1)).as(line).hasSize(7);
        }
        assertThat(lines).contains(
                "report,year,,,,," + YEAR,
                "cases_opened,count,,,RPTA,,5",
                "cases_opened,count,PENALTY,1592,RPTA,,3",
                "cases_closed,count,,,RPTA,,2",
                "amounts,assessed,,,RPTA,monetary_claims,125000.00",
                "amounts,collected,,,RPTA,monetary_claims,55000.00",
                "collected_in_year,amount,,,RPTA,,55000.00",
                "mitigation,petitions_decided,,,RPTA,,3",
                "mitigation,mitigation_rate,,,RPTA,,0.6667",
                "national_security_exceptions,granted,,,RPTA,,1",
                "seizures,dispositions,,,RPTA,DESTRUCTION,1",
                "seizures,forfeitures,,,RPTA,ABANDONMENT,1",
                "statute_of_limitations,closed_by_statute,,,RPTA,,0",
                "statute_of_limitations,target,,,,,0");
        // the same figures as the JSON: every office's opened count
        JsonNode r = report();
        r.at("/casesOpened/byOffice").fields().forEachRemaining(e ->
                assertThat(lines).contains("cases_opened,count,,," + e.getKey() + ",," + e.getValue().asLong()));
        // a browser that prefers JSON, or says nothing, gets JSON
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + YEAR).header("Accept", "application/json;q=1, text/csv;q=0.5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + YEAR))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void noPartyNameAndNoCaseNumberLeavesThroughTheReport() throws Exception {
        String body = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + YEAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + YEAR).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("hq1", "/reports/enforcement?year=" + YEAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> names = jdbc.queryForList("SELECT name FROM party", String.class);
        assertThat(names).contains(PARTY);
        for (String text : List.of(body, csv, page)) {
            assertThat(text).doesNotContain(PARTY, "Quartermain", "Atlantic Surety", "RPT-CB-0001", "ISF-RPT-0001",
                    "DEST-RPT-1", "rptofficer", "rptsuper");
            assertThat(CASE_NUMBER.matcher(text).find()).as("a case number in the report").isFalse();
            for (String n : caseNumbers) {
                assertThat(text).doesNotContain(n);
            }
        }
        for (String name : names) {
            assertThat(body).as("party name " + name).doesNotContain("\"" + name + "\"");
        }
    }

    @Test
    void aMissingOrInvalidYearIs400() throws Exception {
        for (String query : List.of("", "?year=", "?year=abc", "?year=1999", "?year=" + (YEAR + 1), "?year=20x6")) {
            mvc.perform(get("hq1", "/api/v1/reports/enforcement" + query))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=abc").accept("text/csv"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("hq1", "/reports/enforcement?year=abc")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyHeadquartersAndAdministratorsGetTheReport() throws Exception {
        for (String user : List.of("officer1", "supervisor1", "custodian1", "counsel1", "designer1")) {
            mvc.perform(get(user, "/api/v1/reports/enforcement?year=" + YEAR)).andExpect(status().isForbidden());
            mvc.perform(get(user, "/reports/enforcement?year=" + YEAR)).andExpect(status().isForbidden());
        }
        mvc.perform(get("admin", "/api/v1/reports/enforcement?year=" + YEAR)).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/reports/enforcement?year=" + YEAR)).andExpect(status().isUnauthorized());
    }

    @Test
    void thePrintablePageHasTheTablesTheChartsAndTheCsv() throws Exception {
        String page = mvc.perform(get("hq1", "/reports/enforcement?year=" + YEAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Annual enforcement transparency report " + YEAR, "/webjars/chart.js/4.4.1/dist/chart.umd.js",
                "data-chart=\"cases\"", "<th scope=\"row\">RPTA</th>", "66.7%", "$125,000.00", "Mitigation rate",
                "Seizure to disposal", "/reports/enforcement.csv?year=" + YEAR);
        // without a year: this year
        assertThat(mvc.perform(get("hq1", "/reports/enforcement")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Annual enforcement transparency report " + YEAR);
        mvc.perform(get("hq1", "/reports/enforcement.csv?year=" + YEAR))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("admin", "/reports/enforcement?year=" + YEAR)).andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** headquarters' internal working copy: the exact figures, before disclosure control */
    private JsonNode report() throws Exception {
        return json.readTree(mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=internal&year=" + YEAR))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString());
    }

    private static long cells(JsonNode cells, String family, String statute) {
        long n = 0;
        for (JsonNode c : cells) {
            if (OFFICE.equals(c.get("office").asText()) && family.equals(c.get("family").asText())
                    && statute.equals(c.get("statute").asText())) {
                n += c.get("count").asLong();
            }
        }
        return n;
    }

    private long id(String body) throws Exception {
        return json.readTree(body).get("id").asLong();
    }

    static String p1(long partyId, String violation, String discovery) {
        return """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s",
                 "discoveryDate":"%s","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners"}"""
                .formatted(partyId, violation, discovery);
    }

    /** A P1 case (assessed $40,000, floor $20,000) with a timely petition waiting for the officer's proposal. */
    private String penaltyUnderReview(long partyId) throws Exception {
        String n = json.readTree(mvc.perform(post("rptofficer", "/api/v1/penalty-cases", p1(partyId, "2025-06-02", "2025-09-15")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        caseNumbers.add(n);
        assertThat(complete("rptofficer", taskId("rptofficer", n, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"pattern\"}")).isEqualTo(204);
        mvc.perform(post("rptofficer", "/api/v1/cases/" + n + "/representations",
                "{\"receivedDate\":\"" + TODAY + "\",\"summary\":\"clerical\"}")).andExpect(status().isAccepted());
        assertThat(complete("rptofficer", taskId("rptofficer", n, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"pattern\"}")).isEqualTo(204);
        mvc.perform(post("rptofficer", "/api/v1/cases/" + n + "/petitions",
                "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated());
        return n;
    }

    private void propose(String user, String caseNumber, String body) throws Exception {
        assertThat(complete(user, taskId(user, caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION),
                body)).isEqualTo(204);
    }

    private void pay(String caseNumber, String amount) throws Exception {
        mvc.perform(post("rptofficer", "/api/v1/cases/" + caseNumber + "/payments",
                "{\"amount\":" + amount + ",\"paidDate\":\"" + TODAY + "\"}")).andExpect(status().isCreated());
    }

}
