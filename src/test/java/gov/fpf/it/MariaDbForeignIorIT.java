package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 6 on MariaDB (V37): the mysql profile seeds no instrument, so the foreign-IOR violations are refused
 * until an administrator records one; from its date a foreign IOR's informal entry and its formal entry without CTPAT
 * open 1592 cases whose violation, CTPAT facts and filing broker are stored, and a CTPAT fact that excuses stores
 * nothing. The instrument takes effect today (instruments cannot be dated earlier) and names only these two rules;
 * "before the rule" is 2026-08-31, before any instrument this suite can record.
 */
class MariaDbForeignIorIT extends MariaDbSuite {

    private long party(String body) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private static String foreign(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"VN\","
                + "\"principalPlaceOfBusinessUs\":false,\"significantUsPresence\":false,\"sufficientUsAssets\":false,"
                + "\"controllingOwnersUsPersons\":false,\"ownsSignificantUsRealProperty\":false}";
    }

    private static String penalty(long partyId, LocalDate violation, String extra) {
        return """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s","discoveryDate":"%s",
                 "dutiableValue":2437.67,"domesticValue":3118.40,"lossOfRevenue":0,"commercial":true,"officeCode":"ITSEA",
                 "materialFacts":"declared a U.S. importer of record",%s}""".formatted(partyId, violation, violation, extra);
    }

    private long casesOf(long partyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ?", Long.class, partyId);
    }

    @Test
    void theViolationsOpenFromTheInstrumentsDateAndStoreTheirFacts() throws Exception {
        long ior = party(foreign("IT Foreign Parcel Seller " + System.nanoTime()));
        long broker = party("{\"name\":\"IT Filing Broker\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true,"
                + "\"roles\":[\"CUSTOMS_BROKER\"]}");
        String informal = "\"eoViolation\":\"FOREIGN_IOR_INFORMAL_ENTRY\",\"filingBrokerPartyId\":" + broker;
        String formal = "\"eoViolation\":\"FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT\",\"ctpatValidatedIor\":false,"
                + "\"filingBrokerCtpatValidated\":%s";
        LocalDate beforeAnyInstrument = LocalDate.of(2026, 8, 31);

        // before the rule: refused with the order's section, nothing stored
        mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", penalty(ior, beforeAnyInstrument, informal)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 2(b)"));
        assertThat(casesOf(ior)).isZero();

        LocalDate today = todayAtA();
        String citation = "IT-FIOR-" + System.nanoTime();
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", """
                        {"title":"Foreign importers of record: entry eligibility (IT)","citation":"%s","effectiveDate":"%s",
                         "rules":["FOREIGN_IOR_INFORMAL_ENTRY","FOREIGN_IOR_CTPAT"]}""".formatted(citation, today)))
                .andExpect(status().isCreated());

        // informal entry: a 1592 case, maximum 20% x $2,437.67 = $487.53, the filing broker stored
        String informalCase = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases",
                        penalty(ior, today, informal)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.maximum").value(487.53))
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        mvc.perform(get("itofficera", "pw-a", "/api/v1/penalty-cases/" + informalCase)).andExpect(status().isOk())
                .andExpect(jsonPath("$.eoViolation").value("FOREIGN_IOR_INFORMAL_ENTRY"))
                .andExpect(jsonPath("$.foreignIor.filingBrokerName").value("IT Filing Broker"))
                .andExpect(jsonPath("$.foreignIor.inForce").value(Matchers.endsWith(" by " + citation)));

        // formal entry without CTPAT: stored with both facts answered
        String formalCase = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases",
                        penalty(ior, today, formal.formatted("false"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        Map<String, Object> row = jdbc.queryForMap("SELECT f.violation, f.ctpat_validated_ior,"
                + " f.filing_broker_ctpat_validated, f.filing_broker_party_id, f.instrument_citation, f.rule_in_force_from"
                + " FROM penalty_case_foreign_ior f JOIN case_file c ON c.id = f.case_id WHERE c.case_number = ?", formalCase);
        assertThat(row.get("violation")).isEqualTo("FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT");
        assertThat(row.get("ctpat_validated_ior")).isEqualTo(Boolean.FALSE);
        assertThat(row.get("filing_broker_ctpat_validated")).isEqualTo(Boolean.FALSE);
        assertThat(row.get("filing_broker_party_id")).isNull();
        assertThat(row.get("instrument_citation")).isIn(citation, jdbc.queryForList(
                "SELECT i.citation FROM implementing_instrument i JOIN implementing_instrument_rule r"
                        + " ON r.instrument_id = i.id WHERE r.rule_code = 'FOREIGN_IOR_CTPAT'", String.class).toArray());
        assertThat(casesOf(ior)).isEqualTo(2);

        // a CTPAT-validated licensed broker filed: no violation, nothing stored
        mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", penalty(ior, today, formal.formatted("true"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(Matchers.startsWith("EO 14411 Sec. 2(c)(i)(2); in force from")));
        assertThat(casesOf(ior)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_case_foreign_ior f JOIN case_file c ON c.id = f.case_id"
                + " WHERE c.party_id = ?", Long.class, ior)).isEqualTo(2);
    }
}
