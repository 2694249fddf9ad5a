package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import gov.fpf.casefile.DeadlineNames;
import gov.fpf.rules.ParameterNames;

/**
 * Issue 15 item 8 on MariaDB: the what-if dry run over the open cases of the schema (the mysql profile has no demo
 * instrument, so the EO floor is not in force here): a proposed broker limit shows the broker cases' maximum to the
 * cent, a proposed instrument putting the penalty floor in force is answered, nothing is stored, and only an
 * administrator may run it. The dry run's time over every open case of the schema is logged (no timing assertion).
 */
class MariaDbWhatIfIT extends MariaDbSuite {

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private List<Long> stored() {
        return List.of(rows("legal_parameter"), rows("implementing_instrument"), rows("audit_event"), rows("case_file"),
                rows("case_deadline"));
    }

    private String open(String body) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private JsonNode whatIf(String body) throws Exception {
        return json.readTree(mvc.perform(post("admin", "it-admin-secret", "/api/v1/what-if", body)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> rowsOf(JsonNode result, String caseNumber) {
        List<JsonNode> found = new ArrayList<>();
        result.get("changes").forEach(c -> {
            if (caseNumber.equals(c.get("caseNumber").asText())) {
                found.add(c);
            }
        });
        return found;
    }

    @Test
    void theDryRunShowsTheBrokerMaximumAndThePetitionPeriodItWouldChangeAndStoresNothing() throws Exception {
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"What-if IT Broker\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"US\","
                                + "\"principalPlaceOfBusinessUs\":true,\"significantUsPresence\":true,\"sufficientUsAssets\":true,"
                                + "\"controllingOwnersUsPersons\":true,\"ownsSignificantUsRealProperty\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        LocalDate violation = todayAtA().minusMonths(4);
        String broker = open("""
                {"partyId":%d,"statute":"1641","licensedBroker":true,"brokerViolations":3,"violationDate":"%s",
                 "discoveryDate":"%s","commercial":true}""".formatted(partyId, violation, violation));
        // a larger set for the timing: a few dozen more open cases of this class
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add(open("""
                    {"partyId":%d,"statute":"1595a","violationDate":"%s","discoveryDate":"%s","commercial":true,
                     "articleValue":%d}""".formatted(partyId, violation, violation, 1000 + i)));
        }
        LocalDate from = todayAtA().plusYears(15).plusDays(System.nanoTime() % 2000);
        List<Long> before = stored();

        JsonNode limit = whatIf("""
                {"name":"%s","value":30000.01,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT, from));

        assertThat(rowsOf(limit, broker)).singleElement().satisfies(c -> {
            assertThat(c.get("what").asText()).isEqualTo("MAXIMUM");
            assertThat(c.get("officeCode").asText()).isEqualTo(OFFICE_A);
            assertThat(c.get("before").decimalValue()).isEqualByComparingTo("30000.00");
            assertThat(c.get("after").decimalValue()).isEqualByComparingTo("30000.01");
            assertThat(c.get("difference").decimalValue()).isEqualByComparingTo("0.01");
        });
        assertThat(rowsOf(limit, more.get(0))).isEmpty();
        JsonNode warm = whatIf("""
                {"name":"%s","value":30000.01,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT, from));
        System.out.println("what-if on MariaDB: " + limit.get("casesExamined").asInt() + " open cases in "
                + limit.get("elapsedMillis").asLong() + " ms (first call), " + warm.get("elapsedMillis").asLong()
                + " ms (second call)");

        // within the cases' limitation period (a notice closer to it than 180 days gets the shortened period)
        LocalDate soon = todayAtA().plusDays(200 + System.nanoTime() % 500);
        int days = parameters.valueOn(ParameterNames.PETITION_PENALTY, soon).asInt();
        JsonNode petition = whatIf("""
                {"name":"%s","value":%d,"effectiveFrom":"%s"}""".formatted(ParameterNames.PETITION_PENALTY, days + 10, soon));
        for (String c : more) {
            assertThat(rowsOf(petition, c)).singleElement().satisfies(row -> {
                assertThat(row.get("subject").asText()).isEqualTo(DeadlineNames.PETITION);
                assertThat(row.get("difference").asInt()).isEqualTo(10);
            });
        }

        JsonNode floor = whatIf("""
                {"title":"Penalty floor (IT)","citation":"IT-WHATIF-%s","effectiveDate":"%s","rules":["PENALTY_FLOOR"]}"""
                .formatted(System.nanoTime(), from));
        assertThat(floor.get("proposal").get("kind").asText()).isEqualTo("INSTRUMENT");
        // no penalty of this class is assessed yet: no floor to change
        assertThat(rowsOf(floor, broker)).isEmpty();

        mvc.perform(post("itofficera", "pw-a", "/api/v1/what-if", """
                        {"name":"%s","value":30000.01,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT, from)))
                .andExpect(status().isForbidden());
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/what-if", """
                        {"name":"%s","value":30000.01,"effectiveFrom":"%s"}""".formatted(ParameterNames.BROKER_AGGREGATE_LIMIT,
                        todayAtA().minusDays(2))))
                .andExpect(status().isUnprocessableEntity());
        assertThat(stored()).isEqualTo(before);
    }
}
