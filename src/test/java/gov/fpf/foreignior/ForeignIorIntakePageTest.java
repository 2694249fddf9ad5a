package gov.fpf.foreignior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;

/**
 * Issue 15 item 6 on the New case page (/cases/new/penalty): the foreign-IOR section with its labels, a case opened
 * from it, its facts refused on the field they concern, and a legal refusal shown with its citation. This context's
 * DEMO instrument puts both rules in force from 2026-09-01.
 */
class ForeignIorIntakePageTest extends ApplicationTest {

    private static MockHttpServletRequestBuilder form(String... fields) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/new/penalty")
                .with(httpBasic("officer1", "officer1")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    private static String[] formalEntry(long partyId, String... more) {
        String[] base = {"officeCode", SEAPORT, "partyMode", "existing", "partyId", String.valueOf(partyId),
                "statute", "1592", "culpability", "NEGLIGENCE", "violationDate", "2026-09-20",
                "discoveryDate", "2026-10-05", "commercial", "true", "dutiableValue", "50,000",
                "domesticValue", "70000", "lossOfRevenue", "0", "priorDisclosure", "false",
                "entryNumbers", "FIO-0000001-1", "materialFacts", "The entry summary claimed CTPAT validation the IOR never had.",
                "eoViolation", "FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT"};
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    private long foreignIor(String name) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", foreignEntityJson(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private long casesOf(long partyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ?", Long.class, partyId);
    }

    @Test
    void thePenaltyPageAsksForTheViolationAndItsCtpatFactsWithLabels() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("officer1", "/cases/new/penalty")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Foreign importer of record (EO 14411 Sec. 2(b), 2(c))",
                "<label for=\"f-eoViolation\"", "Entry violation of the order",
                "value=\"FOREIGN_IOR_INFORMAL_ENTRY\"", "Informal entry filed by a foreign importer of record (Sec. 2(b); 19 U.S.C. 1498)",
                "value=\"FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT\"",
                "Was the importer of record validated in CTPAT on the violation date?",
                "Were the entries filed by a CTPAT-validated licensed customs broker?",
                "<label for=\"f-filingBrokerPartyId\"", "Filing customs broker (party number)");
    }

    @Test
    void aFormalEntryViolationIsOpenedFromThePage() throws Exception {
        long ior = foreignIor("Page Formal Entry Exporter Ltd");
        MvcResult result = mvc.perform(form(formalEntry(ior, "ctpatValidatedIor", "false",
                "filingBrokerCtpatValidated", "false"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        String caseNumber = result.getResponse().getRedirectedUrl().substring("/cases/".length());
        // negligence without loss of revenue: 20% of $50,000.00 = $10,000.00 (1592(c)(3)(B))
        assertThat(caseFile("officer1", caseNumber).get("amounts").get("maximum").decimalValue())
                .isEqualByComparingTo("10000.00");
        assertThat(json.readTree(mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber))
                .andReturn().getResponse().getContentAsString()).get("eoViolation").asText())
                .isEqualTo("FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT");
    }

    @Test
    void unansweredCtpatFactsAreShownOnTheirFieldAndALegalRefusalWithItsCitation() throws Exception {
        long ior = foreignIor("Page Unanswered Exporter Ltd");
        String missing = HtmlUtils.htmlUnescape(mvc.perform(form(formalEntry(ior, "filingBrokerCtpatValidated", "false")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(missing).contains("id=\"f-ctpatValidatedIor-error\"",
                "say whether the importer of record was validated in CTPAT");
        assertThat(missing).as("what was entered is kept").contains("FIO-0000001-1");

        String excused = HtmlUtils.htmlUnescape(mvc.perform(form(formalEntry(ior, "ctpatValidatedIor", "true",
                "filingBrokerCtpatValidated", "false"))).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString());
        assertThat(excused).contains("id=\"f-ctpatValidatedIor-error\"", "there is no violation to charge",
                "EO 14411 Sec. 2(c)(i)(2); in force from 2026-09-01 by DEMO-EO-14411");
        assertThat(casesOf(ior)).isZero();
    }
}
