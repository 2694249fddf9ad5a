package gov.fpf.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.rules.ParameterNames;

/**
 * Issue 15 item 8: the what-if dry run through {@code POST /api/v1/what-if} and the admin pages' "Preview the effect":
 * the affected open cases with before, after and difference, validation as the recording's, nothing stored; and
 * recording afterwards changes decisions from the effective date only.
 */
class WhatIfApiTest extends ApplicationTest {

    /** a future day of this test's own, so no value or instrument of another test sits on it */
    private static LocalDate ownFutureDay(int minDays, int spread) {
        return seaportToday().plusDays(minDays + ThreadLocalRandom.current().nextInt(spread));
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private List<Long> storedCounts() {
        return List.of(rows("legal_parameter"), rows("implementing_instrument"), rows("audit_event"),
                rows("case_file"), rows("case_deadline"), rows("computation_step"));
    }

    private String openPenalty(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String brokerCase(String partyName) throws Exception {
        long partyId = party(partyName);
        LocalDate violation = seaportToday().minusMonths(3);
        return openPenalty("""
                {"partyId":%d,"statute":"1641","licensedBroker":true,"brokerViolations":2,"violationDate":"%s",
                 "discoveryDate":"%s","commercial":true}""".formatted(partyId, violation, violation));
    }

    private JsonNode whatIf(String body) throws Exception {
        return json.readTree(mvc.perform(post("admin", "/api/v1/what-if", body).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> rowsOf(JsonNode result, String caseNumber) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode c : result.get("changes")) {
            if (caseNumber.equals(c.get("caseNumber").asText())) {
                found.add(c);
            }
        }
        return found;
    }

    @Test
    void aHigherBrokerAggregateLimitShowsTheBrokerCasesMaximumBeforeAfterAndDifferenceToTheCentAndStoresNothing()
            throws Exception {
        String broker = brokerCase("What-if Broker One LLC");
        assertThat(caseFile(broker).get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("30000");
        LocalDate from = ownFutureDay(3000, 2000);
        List<Long> before = storedCounts();

        JsonNode result = whatIf("""
                {"name":"%s","value":35000.55,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT, from));

        assertThat(result.get("evaluatedOn").asText()).isEqualTo(from.toString());
        assertThat(result.get("officeScope").asText()).isEqualTo("ALL");
        assertThat(result.get("proposal").get("kind").asText()).isEqualTo("PARAMETER_VALUE");
        List<JsonNode> mine = rowsOf(result, broker);
        assertThat(mine).hasSize(1);
        JsonNode change = mine.get(0);
        assertThat(change.get("what").asText()).isEqualTo("MAXIMUM");
        assertThat(change.get("family").asText()).isEqualTo("PENALTY");
        assertThat(change.get("officeCode").asText()).isEqualTo(SEAPORT);
        assertThat(change.get("before").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(change.get("after").decimalValue()).isEqualByComparingTo("35000.55");
        assertThat(change.get("difference").decimalValue()).isEqualByComparingTo("5000.55");
        assertThat(result.get("totals").get("maximumChanges").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("totals").get("maximumDifference").decimalValue()).isGreaterThanOrEqualTo(
                new java.math.BigDecimal("5000.55"));
        assertThat(result.get("casesExamined").asInt()).isPositive();
        assertThat(storedCounts()).as("legal_parameter, implementing_instrument, audit_event, case_file, case_deadline,"
                + " computation_step").isEqualTo(before);

        // without an Accept header the answer is JSON
        mvc.perform(post("admin", "/api/v1/what-if", """
                        {"name":"%s","value":35000.55,"effectiveFrom":"%s"}""".formatted(
                        ParameterNames.BROKER_AGGREGATE_LIMIT, from)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        // the CSV has the same row
        String csv = mvc.perform(post("admin", "/api/v1/what-if", """
                        {"name":"%s","value":35000.55,"effectiveFrom":"%s"}""".formatted(
                        ParameterNames.BROKER_AGGREGATE_LIMIT, from)).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("caseNumber,family,officeCode,what,subject,before,after,difference,unit\r\n")
                .contains(broker + ",PENALTY," + SEAPORT + ",MAXIMUM,,30000.00,35000.55,5000.55,USD\r\n");
    }

    @Test
    void recordingTheValueAfterwardsChangesDecisionsFromItsDateOnAndNeverTheCaseAlreadyOpen() throws Exception {
        String broker = brokerCase("What-if Broker Two LLC");
        LocalDate from = seaportToday().plusYears(30).plusDays(ThreadLocalRandom.current().nextInt(3000));
        mvc.perform(post("admin", "/api/v1/legal-parameters/" + ParameterNames.BROKER_AGGREGATE_LIMIT, """
                        {"value":40000,"effectiveFrom":"%s","citation":"what-if test","confidence":"R"}""".formatted(from)))
                .andExpect(status().isCreated());

        // the stored maximum stays (it was decided under the value then in force) ...
        assertThat(caseFile(broker).get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("30000");
        // ... a decision today still uses today's value, and one on the effective date would use the new one
        mvc.perform(get("officer1", "/api/v1/legal-parameters/{n}/in-force?on={d}",
                        ParameterNames.BROKER_AGGREGATE_LIMIT, seaportToday()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(30000.0));
        JsonNode sameAgain = whatIf("""
                {"name":"%s","value":40000,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT,
                from.plusDays(1)));
        // proposing the value just recorded changes nothing any more: the recorded one already applies then
        assertThat(rowsOf(sameAgain, broker)).isEmpty();
        // the same date again is refused as the recording would refuse it
        mvc.perform(post("admin", "/api/v1/what-if", """
                        {"name":"%s","value":45000,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT,
                        from)))
                .andExpect(status().isConflict());
    }

    @Test
    void aLongerPetitionPeriodMovesThePetitionDeadlineTheNextNoticeWouldSetByTheDays() throws Exception {
        long partyId = party("What-if Aiding Importer Inc");
        LocalDate violation = seaportToday().minusMonths(2);
        String caseNumber = openPenalty("""
                {"partyId":%d,"statute":"1595a","violationDate":"%s","discoveryDate":"%s","commercial":true,
                 "articleValue":75000}""".formatted(partyId, violation, violation));
        // within the limitation period less 180 days, so the notice would get the full period (171.2(e))
        LocalDate from = ownFutureDay(400, 1000);
        JsonNode inForce = json.readTree(mvc.perform(get("officer1", "/api/v1/legal-parameters/{n}/in-force?on={d}",
                ParameterNames.PETITION_PENALTY, from)).andReturn().getResponse().getContentAsString());
        int days = inForce.get("value").asInt();

        JsonNode result = whatIf("""
                {"name":"%s","value":%d,"effectiveFrom":"%s","citation":"longer period (test)","confidence":"R"}"""
                .formatted(ParameterNames.PETITION_PENALTY, days + 15, from));

        List<JsonNode> mine = rowsOf(result, caseNumber);
        assertThat(mine).hasSize(1);
        JsonNode change = mine.get(0);
        assertThat(change.get("what").asText()).isEqualTo("DEADLINE");
        assertThat(change.get("subject").asText()).isEqualTo(DeadlineNames.PETITION);
        assertThat(change.get("before").asText()).isEqualTo(from.plusDays(days).toString());
        assertThat(change.get("after").asText()).isEqualTo(from.plusDays(days + 15).toString());
        assertThat(change.get("difference").asInt()).isEqualTo(15);
        assertThat(change.get("unit").asText()).isEqualTo("DAYS");
    }

    @Test
    void anInstrumentPuttingTheLdFloorInForceShowsLdCasesGainAFloorWhoseAmountIsNotSet() throws Exception {
        long principal = party("What-if LD Principal Corp");
        long bondId = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                        {"principalPartyId":%d,"suretyName":"What-if Surety","type":"CONTINUOUS",
                         "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-01"}"""
                        .formatted(principal))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String ld = json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                        {"bondId":%d,"breach":"ENTRY_NON_MERCHANDISE_DEFAULT","breachDate":"%s","entryNumber":"WI-%d",
                         "defaults":2}""".formatted(bondId, seaportToday().minusDays(4), System.nanoTime() % 1_000_000)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        LocalDate from = ownFutureDay(7, 200);
        long instruments = rows("implementing_instrument");

        JsonNode result = whatIf("""
                {"title":"LD floor rule (what-if test)","citation":"WHATIF-LD-%s","effectiveDate":"%s",
                 "rules":["LD_FLOOR"]}""".formatted(System.nanoTime(), from));

        assertThat(result.get("proposal").get("kind").asText()).isEqualTo("INSTRUMENT");
        List<JsonNode> mine = rowsOf(result, ld);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("what").asText()).isEqualTo("FLOOR");
        assertThat(mine.get(0).get("before").asText()).isEqualTo("NONE");
        assertThat(mine.get(0).get("after").asText()).isEqualTo("NOT_SET");
        assertThat(mine.get(0).get("difference").isNull()).isTrue();
        assertThat(rows("implementing_instrument")).isEqualTo(instruments);
    }

    @Test
    void badProposalsAreRefusedAsTheRecordingRefusesThemWithAProblemAndNothingStored() throws Exception {
        List<Long> before = storedCounts();
        LocalDate future = ownFutureDay(3000, 2000);
        // 400: a missing value, an unknown parameter, an out-of-range share, both kinds at once, an unknown rule
        mvc.perform(post("admin", "/api/v1/what-if", "{\"name\":\"penalty.floor.share\",\"effectiveFrom\":\"" + future + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("value")));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"name\":\"no.such\",\"value\":1,\"effectiveFrom\":\"" + future + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("no legal parameter")));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"name\":\"penalty.floor.share\",\"value\":1.5,\"effectiveFrom\":\""
                        + future + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("out of range")));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"name\":\"penalty.floor.share\",\"value\":0.6,\"effectiveFrom\":\""
                        + future + "\",\"title\":\"x\",\"rules\":[\"LD_FLOOR\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("not both")));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"title\":\"t\",\"citation\":\"WHATIF-BAD\",\"effectiveDate\":\""
                        + future + "\",\"rules\":[\"NO_SUCH_RULE\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("NO_SUCH_RULE")));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"title\":\"t\",\"effectiveDate\":\"not a date\",\"rules\":[]}"))
                .andExpect(status().isBadRequest());
        // 422: a date in the past, for a value and for an instrument
        mvc.perform(post("admin", "/api/v1/what-if", "{\"name\":\"penalty.floor.share\",\"value\":0.6,\"effectiveFrom\":\""
                        + seaportToday().minusDays(2) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("admin", "/api/v1/what-if", "{\"title\":\"t\",\"citation\":\"WHATIF-PAST\",\"effectiveDate\":\""
                        + seaportToday().minusDays(2) + "\",\"rules\":[\"LD_FLOOR\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("before today")));
        // 409: the citation of a recorded instrument
        mvc.perform(post("admin", "/api/v1/what-if", "{\"title\":\"t\",\"citation\":\"DEMO-EO-14411\",\"effectiveDate\":\""
                        + future + "\",\"rules\":[\"LD_FLOOR\"]}"))
                .andExpect(status().isConflict());
        assertThat(storedCounts()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorRunsTheDryRun() throws Exception {
        String body = "{\"name\":\"penalty.floor.share\",\"value\":0.6,\"effectiveFrom\":\"" + ownFutureDay(3000, 2000) + "\"}";
        for (String user : List.of("officer1", "supervisor1", "hq1", "counsel1", "designer1")) {
            mvc.perform(post(user, "/api/v1/what-if", body))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theRegisterAnswersUnderItsIssueFifteenNameToo() throws Exception {
        LocalDate from = ownFutureDay(3000, 2000);
        mvc.perform(post("admin", "/api/v1/instruments", """
                        {"title":"Confidentiality review rule (what-if test)","citation":"WHATIF-ALIAS-%s","effectiveDate":"%s",
                         "rules":["CONFIDENTIALITY_REVIEW"]}""".formatted(System.nanoTime(), from)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rules[0].code").value("CONFIDENTIALITY_REVIEW"));
        String all = mvc.perform(get("officer1", "/api/v1/instruments")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("DEMO-EO-14411", "WHATIF-ALIAS-");
        mvc.perform(post("officer1", "/api/v1/instruments", "{}")).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------------------------------------------- pages

    private static MockHttpServletRequestBuilder form(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.post(path, vars).with(httpBasic(user, user)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void theParameterPagePreviewsTheEffectAboveTheRecordButtonKeepsTheValuesAndDownloadsItAsCsv() throws Exception {
        String broker = brokerCase("What-if Broker Page LLC");
        LocalDate from = ownFutureDay(3000, 2000);
        long parameterRows = rows("legal_parameter");
        String page = mvc.perform(MockMvcRequestBuilders.get("/admin/parameters/{n}", ParameterNames.BROKER_AGGREGATE_LIMIT)
                        .with(httpBasic("admin", "admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Preview the effect", "Download the preview (CSV)");

        String preview = mvc.perform(form("admin", "/admin/parameters/{n}/preview", ParameterNames.BROKER_AGGREGATE_LIMIT)
                        .param("value", "31000").param("effectiveFrom", from.toString()).param("citation", "page test")
                        .param("confidence", "R").param("note", "kept"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("The effect of the proposal on the open cases", broker, "Maximum penalty",
                "$30,000.00", "$31,000.00", "+$1,000.00", "value=\"31000\"", "value=\"" + from + "\"",
                "value=\"page test\"", ">kept</textarea>");
        assertThat(preview.indexOf("whatif-preview")).isLessThan(preview.indexOf("Set the value</button>"));

        String csv = mvc.perform(form("admin", "/admin/parameters/{n}/preview.csv", ParameterNames.BROKER_AGGREGATE_LIMIT)
                        .param("value", "31000").param("effectiveFrom", from.toString()).param("citation", "page test")
                        .param("confidence", "R"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Case,Family,Office,What changes,Deadline or party,Before,After,Difference,Unit\r\n")
                .contains(broker + ",Penalty," + SEAPORT + ",Maximum penalty,,30000.00,31000.00,1000.00,Dollars\r\n");

        // a value the recording refuses is refused here with the same status, next to its field
        String past = mvc.perform(form("admin", "/admin/parameters/{n}/preview", ParameterNames.BROKER_AGGREGATE_LIMIT)
                        .param("value", "31000").param("effectiveFrom", seaportToday().minusDays(3).toString())
                        .param("citation", "page test").param("confidence", "R"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("is in the past", "value=\"31000\"").doesNotContain("whatif-preview\"");
        assertThat(rows("legal_parameter")).isEqualTo(parameterRows);

        // only administrators preview
        mvc.perform(form("supervisor1", "/admin/parameters/{n}/preview", ParameterNames.BROKER_AGGREGATE_LIMIT)
                        .param("value", "31000").param("effectiveFrom", from.toString()).param("citation", "x")
                        .param("confidence", "R"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theInstrumentsPagePreviewsTheEffectKeepingTheEnteredInstrument() throws Exception {
        LocalDate from = ownFutureDay(3000, 2000);
        long instruments = rows("implementing_instrument");
        String preview = mvc.perform(form("admin", "/admin/implementing-instruments/preview")
                        .param("title", "Penalty floor again (page test)").param("citation", "WHATIF-PAGE-" + System.nanoTime())
                        .param("effectiveDate", from.toString()).param("rules", "PENALTY_FLOOR").param("note", "n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the DEMO instrument already puts the floor in force earlier: a later one changes no floor
        assertThat(preview).contains("The effect of the proposal on the open cases", "Penalty floor again (page test)",
                "value=\"" + from + "\"", "Record instrument");
        assertThat(preview).containsPattern("value=\"PENALTY_FLOOR\"\\s+checked");

        String refused = mvc.perform(form("admin", "/admin/implementing-instruments/preview")
                        .param("title", "Too early").param("citation", "WHATIF-EARLY")
                        .param("effectiveDate", seaportToday().minusDays(1).toString()).param("rules", "LD_FLOOR"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("before today", "value=\"Too early\"");

        String csv = mvc.perform(form("admin", "/admin/implementing-instruments/preview.csv")
                        .param("title", "LD floor (page test)").param("citation", "WHATIF-CSV-" + System.nanoTime())
                        .param("effectiveDate", ownFutureDay(7, 200).toString()).param("rules", "LD_FLOOR"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Case,Family,Office,What changes,");
        assertThat(rows("implementing_instrument")).isEqualTo(instruments);
    }
}
