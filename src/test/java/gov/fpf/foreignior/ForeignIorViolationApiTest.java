package gov.fpf.foreignior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import gov.fpf.ApplicationTest;

/**
 * Issue 15 item 6: the foreign-IOR entry violations (EO 14411 Sec. 2(b), 2(c)(i)(2)) through POST
 * /api/v1/penalty-cases. This context's DEMO instrument (DEMO-EO-14411) puts FOREIGN_IOR_INFORMAL_ENTRY and
 * FOREIGN_IOR_CTPAT in force from 2026-09-01: a violation on 2026-08-31 is before the rule, one on 2026-09-15 after it.
 * The maxima are 1592(c)'s, computed by the existing 1592 arithmetic, and checked to the cent.
 */
class ForeignIorViolationApiTest extends ApplicationTest {

    private static final String BEFORE_RULE = "2026-08-31";
    private static final String AFTER_RULE = "2026-09-15";

    /** A 1592 case; {@code extra} is JSON members after the 1592 facts (without a leading comma). */
    private static String body(long partyId, String culpability, String violationDate, String dutiable, String domestic,
                               String lor, String extra) {
        return """
                {"partyId":%d,"statute":"1592","culpability":"%s","violationDate":"%s","discoveryDate":"2026-10-01",
                 "dutiableValue":%s,"domesticValue":%s,"lossOfRevenue":%s,"commercial":true,
                 "materialFacts":"The entry declared the importer of record a U.S. person; it is organized and located in CN."%s}"""
                .formatted(partyId, culpability, violationDate, dutiable, domestic, lor,
                        extra.isEmpty() ? "" : "," + extra);
    }

    private static String informal(long partyId, String culpability, String violationDate) {
        return body(partyId, culpability, violationDate, "2437.67", "3118.40", "0",
                "\"eoViolation\":\"FOREIGN_IOR_INFORMAL_ENTRY\"");
    }

    private long foreignIor(String name) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", foreignEntityJson(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private long broker(String name) throws Exception {
        String body = usEntityJson(name).replaceFirst("\\}\\s*$", ",\"roles\":[\"CUSTOMS_BROKER\"]}");
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private String open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private long casesOf(long partyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ?", Long.class, partyId);
    }

    private long chargedViolations() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM penalty_case_foreign_ior", Long.class);
    }

    private static List<String> steps(JsonNode caseFile) {
        List<String> steps = new ArrayList<>();
        caseFile.get("computation").forEach(c -> steps.add(c.get("step").asText() + " = " + c.get("value").asText()));
        return steps;
    }

    // ------------------------------------------------------------------------------------------ informal entry

    @Test
    void anInformalEntryByAForeignIorIsA1592CaseWithTheRuleAndItsInstrumentInTheTrace() throws Exception {
        long ior = foreignIor("Informal Parcel Seller Co");
        String caseNumber = open(informal(ior, "NEGLIGENCE", AFTER_RULE));

        // worked example: no loss of revenue, so 1592(c)(3)(B): 20% of the dutiable value $2,437.67 = $487.534,
        // HALF_UP to $487.53; $1,000 or less, so no pre-penalty notice is due (1592(b)(1)(B))
        JsonNode file = caseFile("officer1", caseNumber);
        assertThat(file.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("487.53");
        assertThat(steps(file)).contains("EO rule in force: FOREIGN_IOR_INFORMAL_ENTRY = from 2026-09-01",
                "Importer of record = FOREIGN", "Violation charged = FOREIGN_IOR_INFORMAL_ENTRY", "Maximum penalty = 487.53");
        List<String> citations = new ArrayList<>();
        file.get("computation").forEach(c -> citations.add(c.get("citation").asText()));
        assertThat(citations).contains("EO 14411 Sec. 2(b); in force from 2026-09-01 by DEMO-EO-14411",
                "EO 14411 Sec. 2(b)(i); 19 U.S.C. 1498; 19 U.S.C. 1592(a)(1), (c)");

        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.statute").value("1592"))
                .andExpect(jsonPath("$.eoViolation").value("FOREIGN_IOR_INFORMAL_ENTRY"))
                .andExpect(jsonPath("$.foreignIor.citation").value("EO 14411 Sec. 2(b)(i); 19 U.S.C. 1498"))
                .andExpect(jsonPath("$.foreignIor.inForce").value("EO 14411 Sec. 2(b); in force from 2026-09-01 by DEMO-EO-14411"))
                .andExpect(jsonPath("$.foreignIor.inForceFrom").value("2026-09-01"))
                .andExpect(jsonPath("$.foreignIor.ctpatValidatedIor").value(Matchers.nullValue()));
    }

    @Test
    void theMaximumFollows1592ForEachCulpabilityToTheCent() throws Exception {
        long ior = foreignIor("Informal Culpability Seller Co");
        // gross negligence without loss of revenue: 40% x $2,437.67 = $975.068 -> $975.07 (1592(c)(2)(B))
        JsonNode gross = caseFile("officer1", open(informal(ior, "GROSS_NEGLIGENCE", AFTER_RULE)));
        assertThat(gross.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("975.07");
        // fraud: the domestic value, $3,118.40 (1592(c)(1))
        JsonNode fraud = caseFile("officer1", open(informal(ior, "FRAUD", AFTER_RULE)));
        assertThat(fraud.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("3118.40");
    }

    @Test
    void beforeTheRulesInstrumentTheInformalEntryIsRefusedAndTheSameCaseWithoutItOpensAsToday() throws Exception {
        long ior = foreignIor("Early Informal Seller Co");
        long charged = chargedViolations();
        mvc.perform(post("officer1", "/api/v1/penalty-cases", informal(ior, "NEGLIGENCE", BEFORE_RULE)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 2(b)"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not in force on the violation date 2026-08-31")));
        assertThat(casesOf(ior)).isZero();
        assertThat(chargedViolations()).isEqualTo(charged);

        // today's law: the same 1592 facts without the order's violation open an ordinary case, as before
        String caseNumber = open(body(ior, "NEGLIGENCE", BEFORE_RULE, "2437.67", "3118.40", "0", ""));
        assertThat(caseFile("officer1", caseNumber).get("amounts").get("maximum").decimalValue())
                .isEqualByComparingTo("487.53");
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber))
                .andExpect(jsonPath("$.eoViolation").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.foreignIor").value(Matchers.nullValue()));
        assertThat(steps(caseFile("officer1", caseNumber))).noneMatch(s -> s.startsWith("Violation charged"));
    }

    @Test
    void aUsImporterOfRecordCannotCommitEitherViolation() throws Exception {
        long us = party("Domestic Informal Importer Inc");
        mvc.perform(post("officer1", "/api/v1/penalty-cases", informal(us, "NEGLIGENCE", AFTER_RULE)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(Matchers.containsString("EO 14411 Sec. 10(a)-(b)")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("a U.S. importer of record")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body(us, "NEGLIGENCE", AFTER_RULE, "1000", "1500", "0",
                        "\"eoViolation\":\"FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT\",\"ctpatValidatedIor\":false,"
                                + "\"filingBrokerCtpatValidated\":false")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(Matchers.startsWith("EO 14411 Sec. 2(c)(i)(2); in force from 2026-09-01")));
        assertThat(casesOf(us)).isZero();
    }

    // ------------------------------------------------------------------------------------------ formal entry, CTPAT

    private static String formal(long partyId, String violationDate, String ctpatFacts) {
        // dutiable $184,250.00, domestic $231,700.00, loss of revenue $9,212.50
        return body(partyId, "GROSS_NEGLIGENCE", violationDate, "184250.00", "231700.00", "9212.50",
                "\"eoViolation\":\"FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT\"" + (ctpatFacts.isEmpty() ? "" : "," + ctpatFacts));
    }

    @Test
    void aFormalEntryWithoutCtpatOrACtpatBrokerIsA1592CaseNamingTheFilingBroker() throws Exception {
        long ior = foreignIor("Formal Entry Exporter Ltd");
        long broker = broker("Harbor Brokerage (not CTPAT) LLC");
        String caseNumber = open(formal(ior, AFTER_RULE, "\"ctpatValidatedIor\":false,\"filingBrokerCtpatValidated\":false,"
                + "\"filingBrokerPartyId\":" + broker));

        // worked example: gross negligence with a loss of revenue, 1592(c)(2)(A): the lesser of the domestic value
        // $231,700.00 and 4 x $9,212.50 = $36,850.00; the $9,212.50 is demanded in addition (1592(d))
        JsonNode file = caseFile("officer1", caseNumber);
        assertThat(file.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("36850.00");
        assertThat(steps(file)).contains("EO rule in force: FOREIGN_IOR_CTPAT = from 2026-09-01", "CTPAT = neither",
                "Violation charged = FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT", "Maximum penalty = 36850.00",
                "Loss of revenue demanded in addition = 9212.50");

        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.eoViolation").value("FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT"))
                .andExpect(jsonPath("$.foreignIor.ctpatValidatedIor").value(false))
                .andExpect(jsonPath("$.foreignIor.filingBrokerCtpatValidated").value(false))
                .andExpect(jsonPath("$.foreignIor.filingBrokerPartyId").value(broker))
                .andExpect(jsonPath("$.foreignIor.filingBrokerName").value("Harbor Brokerage (not CTPAT) LLC"))
                .andExpect(jsonPath("$.foreignIor.inForce").value("EO 14411 Sec. 2(c)(i)(2); in force from 2026-09-01 by DEMO-EO-14411"));

        String page = mvc.perform(get("officer1", "/cases/" + caseNumber + "?tab=facts")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("EO 14411 entry violation",
                "Formal entry by a foreign importer of record without CTPAT validation or a CTPAT-validated broker",
                "importer of record validated: No; filed by a CTPAT-validated licensed broker: No",
                "Filing customs broker", "Harbor Brokerage (not CTPAT) LLC", "href=\"/parties/" + broker + "\"");

        // the pre-penalty notice names the order's section and the implementing instrument among the laws violated
        // (1592(b)(1)(A)(iii)); proposing more than the 1592 maximum is refused as for any 1592 case
        String task = taskId("officer1", caseNumber, gov.fpf.penalty.PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(complete("officer1", task, "{\"culpability\":\"GROSS_NEGLIGENCE\",\"proposedAmount\":36850.01,"
                + "\"amountRationale\":\"x\"}")).isEqualTo(422);
        assertThat(complete("officer1", task, "{\"culpability\":\"GROSS_NEGLIGENCE\",\"proposedAmount\":36850.00,"
                + "\"amountRationale\":\"statutory maximum for a false CTPAT claim\"}")).isEqualTo(204);
        JsonNode afterPpn = caseFile("officer1", caseNumber);
        assertThat(afterPpn.get("notices").get(0).get("kind").asText()).isEqualTo("PRE_PENALTY_NOTICE");
        String ppn = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("officer1",
                afterPpn.get("notices").get(0).get("href").asText())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(ppn).contains("Laws and regulations violated", "19 U.S.C. 1592; EO 14411 Sec. 2(c)(i)(2); 19 U.S.C. 1484"
                + " (EO 14411 Sec. 2(c)(i)(2); in force from 2026-09-01 by DEMO-EO-14411)", "$36,850.00");
    }

    @Test
    void ctpatValidationOfTheIorOrOfTheFilingBrokerExcusesTheFormalEntry() throws Exception {
        long ior = foreignIor("Validated Exporter Ltd");
        long charged = chargedViolations();
        mvc.perform(post("officer1", "/api/v1/penalty-cases", formal(ior, AFTER_RULE,
                        "\"ctpatValidatedIor\":true,\"filingBrokerCtpatValidated\":false")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(Matchers.startsWith("EO 14411 Sec. 2(c)(i)(2)")))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("ctpatValidatedIor: the importer of record was validated")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", formal(ior, AFTER_RULE,
                        "\"ctpatValidatedIor\":false,\"filingBrokerCtpatValidated\":true")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("filingBrokerCtpatValidated: the entries were filed")));
        // before the rule's instrument: refused whatever the CTPAT facts
        mvc.perform(post("officer1", "/api/v1/penalty-cases", formal(ior, BEFORE_RULE,
                        "\"ctpatValidatedIor\":false,\"filingBrokerCtpatValidated\":false")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 2(c)(i)(2)"));
        assertThat(casesOf(ior)).isZero();
        assertThat(chargedViolations()).isEqualTo(charged);
    }

    @Test
    void missingOrMisplacedFactsAre400AndStoreNothing() throws Exception {
        long ior = foreignIor("Incomplete Facts Exporter Ltd");
        long notABroker = party("Not A Broker Trading Inc");
        String[][] cases = {
                // the CTPAT facts must both be answered for a formal-entry violation
                {formal(ior, AFTER_RULE, ""), "ctpatValidatedIor:"},
                {formal(ior, AFTER_RULE, "\"ctpatValidatedIor\":false"), "filingBrokerCtpatValidated:"},
                // they do not belong to an informal entry, nor to a case without the order's violation
                {body(ior, "NEGLIGENCE", AFTER_RULE, "100", "150", "0",
                        "\"eoViolation\":\"FOREIGN_IOR_INFORMAL_ENTRY\",\"ctpatValidatedIor\":false"), "ctpatValidatedIor:"},
                {body(ior, "NEGLIGENCE", AFTER_RULE, "100", "150", "0", "\"filingBrokerCtpatValidated\":false"), "eoViolation:"},
                // the filing broker must be a recorded customs broker
                {formal(ior, AFTER_RULE, "\"ctpatValidatedIor\":false,\"filingBrokerCtpatValidated\":false,"
                        + "\"filingBrokerPartyId\":" + notABroker), "filingBrokerPartyId:"},
                {formal(ior, AFTER_RULE, "\"ctpatValidatedIor\":false,\"filingBrokerCtpatValidated\":false,"
                        + "\"filingBrokerPartyId\":987654321"), "filingBrokerPartyId:"},
                // 1592 only, and the false statement or omission must be stated
                {"""
                        {"partyId":%d,"statute":"1595a","violationDate":"%s","discoveryDate":"2026-10-01","articleValue":500,
                         "commercial":true,"materialFacts":"x","eoViolation":"FOREIGN_IOR_INFORMAL_ENTRY"}"""
                        .formatted(ior, AFTER_RULE), "eoViolation:"},
                {informal(ior, "NEGLIGENCE", AFTER_RULE).replace(
                        "The entry declared the importer of record a U.S. person; it is organized and located in CN.", " "),
                        "materialFacts:"}};
        long charged = chargedViolations();
        for (String[] c : cases) {
            mvc.perform(post("officer1", "/api/v1/penalty-cases", c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith(c[1])));
        }
        // an unknown violation type is a 400 too
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body(ior, "NEGLIGENCE", AFTER_RULE, "100", "150", "0",
                        "\"eoViolation\":\"FOREIGN_IOR_TELEPATHY\"")))
                .andExpect(status().isBadRequest());
        assertThat(casesOf(ior)).isZero();
        assertThat(chargedViolations()).isEqualTo(charged);
    }
}
