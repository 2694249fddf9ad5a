package gov.fpf.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;

/**
 * The "open new work" pages in the shared context: each family's intake opens a case through the API's service and
 * lands on the case page with what was computed; bad input comes back with the field's error and what was entered;
 * legal refusals, another office and a missing CSRF token store nothing.
 */
class IntakePagesTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    // ------------------------------------------------------------------------------------------ helpers

    private static MockHttpServletRequestBuilder form(String user, String family, String... fields) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/new/{f}", family)
                .with(httpBasic(user, user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** The case number the page redirected to; fails unless it is a redirect to a case page. */
    private static String openedCase(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as(response.getErrorMessage() + " " + contentOf(response)).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).matches("/cases/\\d{4}-[A-Z]{3}-\\d{6}");
        return location.substring("/cases/".length());
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> flash(MvcResult result) {
        return (List<String>) result.getFlashMap().get("intakeOpened");
    }

    /** Worked example P1: a 1592 negligence case whose maximum is $40,000 (two times the loss of revenue). */
    private static String[] p1(long partyId) {
        return new String[] {"officeCode", SEAPORT, "partyMode", "existing", "partyId", String.valueOf(partyId),
                "statute", "1592", "culpability", "NEGLIGENCE", "violationDate", "2025-06-02",
                "discoveryDate", "2025-09-15", "commercial", "true", "dutiableValue", "400,000",
                "domesticValue", "600000", "lossOfRevenue", "20000", "priorDisclosure", "false",
                "entryNumbers", "ABC-1234567-8\nABC-1234568-6", "materialFacts", "declared at 5% instead of 10%"};
    }

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    // ------------------------------------------------------------------------------------------ pages and roles

    @Test
    void theNewCasePagesAreForOfficersAndSupervisors() throws Exception {
        String index = page("officer1", "/cases/new");
        assertThat(index).contains("href=\"/cases/new/penalty\"", "href=\"/cases/new/liquidated-damages\"",
                "href=\"/cases/new/seizure\"", "Open new work");
        assertThat(index).as("the navigation offers it").contains("href=\"/cases/new\"");
        String penalty = page("supervisor1", "/cases/new/penalty");
        assertThat(penalty).contains("Open a penalty case", "name=\"_csrf\"", "<label for=\"f-violationDate\"",
                "Is the person a U.S. citizen or a lawful permanent resident?", "id=\"f-partyQuery\"");
        assertThat(penalty).as("only the user's own office is offered").contains("value=\"LALB\"").doesNotContain("value=\"CVGX\"");
        mvc.perform(get("hq1", "/cases/new/penalty")).andExpect(status().isForbidden());
        mvc.perform(get("custodian1", "/cases/new")).andExpect(status().isForbidden());
        assertThat(page("hq1", "/")).doesNotContain("href=\"/cases/new\"");
        mvc.perform(get("officer1", "/cases/new/traffic-tickets")).andExpect(status().isNotFound());
    }

    @Test
    void partiesAreFoundByAnyPartOfTheirNameAsAFragment() throws Exception {
        long party = party("Intake Searchable Widgets Corp");
        party("Unrelated Ironworks Ltd");
        String fragment = mvc.perform(get("officer1", "/cases/new/parties").param("partyQuery", "searchable WIDG"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("value=\"" + party + "\"", "Intake Searchable Widgets Corp", "U.S. importer of record")
                .doesNotContain("Unrelated Ironworks").doesNotContain("<html");
        assertThat(page("officer1", "/cases/new/parties?partyQuery=zzz-no-such-party")).contains("No recorded party");
    }

    // ------------------------------------------------------------------------------------------ penalty

    @Test
    void aPenaltyCaseIsOpenedFromThePageAndTheCasePageSaysWhatWasComputed() throws Exception {
        long party = party("Intake Page Fasteners");
        MvcResult result = mvc.perform(form("officer1", "penalty", p1(party))).andReturn();
        String caseNumber = openedCase(result);
        assertThat(String.join("\n", flash(result))).contains("Penalty case " + caseNumber + " opened in office LALB",
                "Statutory maximum: $40,000.00", "2030-06-02", "First task: Determine culpability and proposed amount");
        JsonNode file = caseFile("officer1", caseNumber);
        assertThat(file.get("partyId").asLong()).isEqualTo(party);
        assertThat(file.get("family").asText()).isEqualTo("PENALTY");
        JsonNode facts = json.readTree(mvc.perform(get("officer1", "/api/v1/penalty-cases/{n}", caseNumber))
                .andReturn().getResponse().getContentAsString());
        assertThat(facts.get("entryNumbers").toString()).contains("ABC-1234567-8", "ABC-1234568-6");
        assertThat(facts.get("dutiableValue").decimalValue()).isEqualByComparingTo("400000");

        String casePage = mvc.perform(get("officer1", "/cases/" + caseNumber).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(casePage)).contains("id=\"intake-opened\"", "Statutory maximum: $40,000.00");
    }

    @Test
    void aNewPartyIsRecordedWithTheCaseAndClassifiedByItsAnswers() throws Exception {
        MvcResult result = mvc.perform(form("officer1", "penalty", with(p1(0),
                "partyMode", "new", "party.name", "Intake Overseas Trading Ltd", "party.kind", "ENTITY",
                "party.countryOfOrganization", "cn", "party.principalPlaceOfBusinessUs", "false",
                "party.significantUsPresence", "false", "party.sufficientUsAssets", "false",
                "party.controllingOwnersUsPersons", "false", "party.ownsSignificantUsRealProperty", "false",
                "party.line1", "88 Harbour Road", "party.city", "Shenzhen", "party.country", "CN"))).andReturn();
        String caseNumber = openedCase(result);
        assertThat(String.join("\n", flash(result))).contains("Party Intake Overseas Trading Ltd recorded as a foreign importer of record");
        long partyId = caseFile("officer1", caseNumber).get("partyId").asLong();
        JsonNode party = json.readTree(mvc.perform(get("officer1", "/api/v1/parties/{id}", partyId)).andReturn()
                .getResponse().getContentAsString());
        assertThat(party.get("iorClass").asText()).isEqualTo("FOREIGN");
        assertThat(party.get("countryOfOrganization").asText()).isEqualTo("CN");
        assertThat(party.get("mailingAddressLines").toString()).contains("88 Harbour Road");
    }

    @Test
    void recordingThePartyFirstShowsItsClassificationAndKeepsTheCaseFacts() throws Exception {
        int cases = count("case_file");
        String html = mvc.perform(form("officer1", "penalty", with(p1(0), "action", "party",
                "partyMode", "new", "party.name", "Intake Citizen Jane Doe", "party.kind", "INDIVIDUAL",
                "party.usCitizenOrLpr", "true"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(html)).contains("Party Intake Citizen Jane Doe recorded and chosen: U.S. importer of record",
                "id=\"party-recorded\"");
        assertThat(html).as("the case facts are still there").contains("value=\"2025-06-02\"", "value=\"400,000\"");
        assertThat(html).containsPattern("name=\"partyId\"[^>]*checked");
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void fieldErrorsComeBackBesideTheFieldWithWhatWasEnteredAndNothingIsStored() throws Exception {
        int cases = count("case_file");
        int parties = count("party");
        String html = mvc.perform(form("officer1", "penalty", "officeCode", SEAPORT, "partyMode", "new",
                        "party.name", "Intake Half Answered Inc", "party.kind", "ENTITY", "party.countryOfOrganization", "US",
                        "statute", "1592", "culpability", "NEGLIGENCE", "violationDate", "", "discoveryDate", "2025-09-15",
                        "commercial", "true", "dutiableValue", "lots", "domesticValue", "600000", "lossOfRevenue", "20000",
                        "materialFacts", "kept <as> typed"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"", "href=\"#f-violationDate\"", "href=\"#f-dutiableValue\"",
                "id=\"f-violationDate-error\"", "id=\"f-dutiableValue-error\"", "href=\"#f-party-significantUsPresence\"");
        assertThat(html).containsPattern("id=\"f-dutiableValue\"[^>]*value=\"lots\"|value=\"lots\"[^>]*id=\"f-dutiableValue\"");
        assertThat(html).containsPattern("aria-describedby=\"f-dutiableValue-error\"");
        assertThat(text(html)).contains("Enter an amount in dollars", "Answer this question.", "kept <as> typed",
                "Intake Half Answered Inc");
        assertThat(count("case_file")).isEqualTo(cases);
        assertThat(count("party")).isEqualTo(parties);
    }

    @Test
    void theServicesRefusalIsShownOnTheFieldItNames() throws Exception {
        long party = party("Intake Backwards Dates Co");
        int cases = count("case_file");
        String html = mvc.perform(form("officer1", "penalty", with(p1(party), "statute", "1595a", "culpability", "FRAUD",
                        "articleValue", "5000")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(text(html)).contains("applies to 1592 (and 1641) cases only", "href=\"#f-culpability\"");
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void anotherOfficeIsRefusedAndNothingIsStored() throws Exception {
        long party = party("Intake Wrong Office Co");
        int cases = count("case_file");
        String html = mvc.perform(form("officer1", "penalty", with(p1(party), "officeCode", EXPRESS_HUB)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(text(html)).contains("You do not belong to office CVGX", "Open a penalty case", "value=\"2025-06-02\"");
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void withoutTheCsrfTokenNothingIsOpened() throws Exception {
        long party = party("Intake No Token Co");
        int cases = count("case_file");
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/new/penalty")
                .with(httpBasic("officer1", "officer1")).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        String[] fields = p1(party);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        mvc.perform(post).andExpect(status().isForbidden());
        assertThat(count("case_file")).isEqualTo(cases);
    }

    // ------------------------------------------------------------------------------------------ liquidated damages

    private long bond(long principal, String number) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Intake Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-02"}"""
                .formatted(number, principal))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
    }

    @Test
    void aClaimIsOpenedAgainstTheChosenBond() throws Exception {
        long principal = party("Intake Bonded Importer LLC");
        long bond = bond(principal, "INTAKE-CB-0001");
        assertThat(page("officer1", "/cases/new/bonds?partyId=" + principal)).contains("value=\"" + bond + "\"",
                "INTAKE-CB-0001", "continuous", "$100,000.00");
        String picker = mvc.perform(form("officer1", "liquidated-damages", "action", "search", "partyMode", "existing",
                "partyId", String.valueOf(principal))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(picker).contains("id=\"f-bondId-" + bond + "\"");

        // a bond of another principal is not taken for the chosen party's claim
        long stranger = party("Intake Stranger Importer LLC");
        int cases = count("case_file");
        String wrongBond = mvc.perform(form("officer1", "liquidated-damages", "officeCode", SEAPORT,
                "partyMode", "existing", "partyId", String.valueOf(stranger), "bondMode", "existing",
                "bondId", String.valueOf(bond), "breach", "LATE_ISF", "breachDate", TODAY.minusDays(3).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(text(wrongBond)).contains("not one of the chosen party's bonds", "href=\"#f-bondId\"");
        assertThat(count("case_file")).isEqualTo(cases);

        MvcResult result = mvc.perform(form("officer1", "liquidated-damages", "officeCode", SEAPORT,
                "partyMode", "existing", "partyId", String.valueOf(principal), "bondMode", "existing",
                "bondId", String.valueOf(bond), "breach", "LATE_ENTRY_SUMMARY", "breachDate", TODAY.minusDays(20).toString(),
                "entryNumber", "INT-1300001-3", "merchandiseValue", "150000", "restricted", "false",
                "withheldDuty", "12345.67", "daysLate", "9")).andReturn();
        String caseNumber = openedCase(result);
        assertThat(caseNumber).contains("-LQD-");
        assertThat(String.join("\n", flash(result))).contains("Liquidated damages claim " + caseNumber,
                "Liquidated damages computed: $100,000.00; claimed against the bond: ", "Petition: ",
                "No task is open now");
        JsonNode claim = json.readTree(mvc.perform(get("officer1", "/api/v1/liquidated-damages-cases/{n}/claim", caseNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(claim.toString()).contains("INTAKE-CB-0001");

        // the same breach again: the service's duplicate refusal (409), shown on the form
        String again = mvc.perform(form("officer1", "liquidated-damages", "officeCode", SEAPORT,
                "partyMode", "existing", "partyId", String.valueOf(principal), "bondMode", "existing",
                "bondId", String.valueOf(bond), "breach", "LATE_ENTRY_SUMMARY", "breachDate", TODAY.minusDays(20).toString(),
                "entryNumber", "INT-1300001-3", "merchandiseValue", "150000", "restricted", "false",
                "withheldDuty", "12345.67", "daysLate", "9")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(text(again)).contains("already exists");
    }

    @Test
    void aBreachOutsideTheStatuteIsALegalRefusalAndTheInlinePartyAndBondAreNotStored() throws Exception {
        int parties = count("party");
        int bonds = count("bond");
        int cases = count("case_file");
        String html = mvc.perform(form("officer1", "liquidated-damages", "officeCode", SEAPORT, "partyMode", "new",
                        "party.name", "Intake Too Late Importers", "party.kind", "INDIVIDUAL", "party.usCitizenOrLpr", "true",
                        "bondMode", "new", "bond.bondNumber", "intake-stb-9", "bond.suretyName", "Old Surety",
                        "bond.type", "SINGLE_TRANSACTION", "bond.activity", "IMPORTATION_AND_ENTRY", "bond.amount", "50000",
                        "bond.effectiveDate", TODAY.minusYears(8).toString(), "breach", "LATE_ENTRY_SUMMARY",
                        "breachDate", TODAY.minusYears(7).toString(), "daysLate", "3", "merchandiseValue", "1000"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(text(html)).contains("outside the statute", "Rule: 28 U.S.C. 2415(a)", "Intake Too Late Importers",
                "value=\"intake-stb-9\"");
        assertThat(count("party")).isEqualTo(parties);
        assertThat(count("bond")).isEqualTo(bonds);
        assertThat(count("case_file")).isEqualTo(cases);
    }

    // ------------------------------------------------------------------------------------------ seizure

    @Test
    void aSeizureIsOpenedWithItsItemsAndRowsAreAddedWithoutScript() throws Exception {
        long party = party("Intake Seized Goods Co");
        String more = mvc.perform(form("officer1", "seizure", "action", "addItem", "itemRows", "3",
                "items[0].description", "used tires")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(more).contains("id=\"f-items-3-description\"", "value=\"used tires\"")
                .doesNotContain("id=\"f-items-4-description\"");

        String[] seizure = {"officeCode", SEAPORT, "partyMode", "existing", "partyId", String.valueOf(party),
                "statute", "1595a(c)", "seizureDate", TODAY.minusDays(1).toString(),
                "discoveryDate", TODAY.minusDays(1).toString(), "placeOfSeizure", "LALB terminal", "itemRows", "3",
                "items[0].description", "used tires", "items[0].quantity", "400", "items[0].appraisedValue", "42000",
                "items[2].description", "rims", "items[2].quantity", "x", "items[2].appraisedValue", "1000",
                "items[2].counterfeit", "true"};
        String bad = mvc.perform(form("officer1", "seizure", seizure)).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        assertThat(bad).contains("id=\"f-items-2-quantity-error\"", "href=\"#f-items-2-quantity\"", "value=\"rims\"");
        assertThat(text(bad)).contains("Item 3: Quantity");

        seizure[seizure.length - 5] = "4";
        MvcResult result = mvc.perform(form("officer1", "seizure", seizure)).andReturn();
        String caseNumber = openedCase(result);
        assertThat(String.join("\n", flash(result))).contains("Seizure " + caseNumber, "Forfeiture path: administrative forfeiture",
                "Claim cost bond: $4,300.00", "Appraised value: $43,000.00");
        JsonNode property = json.readTree(mvc.perform(get("officer1", "/api/v1/seizure-cases/{n}/property", caseNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(property.toString()).contains("used tires", "rims");
    }
}
