package gov.fpf.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * The admin pages of issue 14 (item 11) with MockMvc: offices, legal parameters and a party's page; each write through
 * the same service and rules as the API, refusals as field errors with the entered values kept, 409 on a stale version,
 * and the roles that may not write refused.
 */
class AdminPagesTest extends ApplicationTest {

    private static MockHttpServletRequestBuilder page(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.get(path, vars).with(httpBasic(user, user)).accept(MediaType.TEXT_HTML);
    }

    private static MockHttpServletRequestBuilder form(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.post(path, vars).with(httpBasic(user, user)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private String body(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    private long officeVersion(String code) {
        return jdbc.queryForObject("SELECT version FROM office WHERE code = ?", Long.class, code);
    }

    // ------------------------------------------------------------------------------------------------ offices

    @Test
    void everyoneReadsTheOfficesAndOnlyAnAdministratorAddsOneWithFieldErrorsOnBadInput() throws Exception {
        String asOfficer = body(page("officer1", "/admin/offices"), status().isOk());
        assertThat(asOfficer).contains("LALB", "CVGX", "America/Los_Angeles", "Only administrators change these.")
                .doesNotContain("Add the office");

        String asAdmin = body(page("admin", "/admin/offices"), status().isOk());
        assertThat(asAdmin).contains("Add the office", "name=\"_csrf\"", "for=\"code\"", "aria-describedby=\"code-hint\"");

        // bad input: the form again with each error next to its field, in form order, values kept, nothing stored
        String refused = body(form("admin", "/admin/offices").param("code", "bad code").param("name", "")
                .param("kind", "SEAPORT").param("timeZone", "America/Chicago"), status().isBadRequest());
        assertThat(refused).contains("There is a problem", "href=\"#code\"", "href=\"#name\"", "id=\"code-error\"",
                "must be 2 to 16 capital letters or digits", "id=\"name-error\"", "Enter a value.",
                "value=\"bad code\"", "value=\"America/Chicago\"", "aria-invalid=\"true\"");
        assertThat(refused.indexOf("href=\"#code\"")).isLessThan(refused.indexOf("href=\"#name\""));
        String zone = body(form("admin", "/admin/offices").param("code", "PGZONE").param("name", "Zone probe")
                .param("kind", "SEAPORT").param("timeZone", "Mars/Olympus"), status().isBadRequest());
        assertThat(zone).contains("id=\"timeZone-error\"", "value=\"Mars/Olympus\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office WHERE code = 'PGZONE'", Integer.class)).isZero();

        // an officer may not add one
        mvc.perform(form("officer1", "/admin/offices").param("code", "PGOFF").param("name", "Nope").param("kind", "SEAPORT"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office WHERE code = 'PGOFF'", Integer.class)).isZero();

        mvc.perform(form("admin", "/admin/offices").param("code", "PGADD").param("name", "Page test office")
                        .param("kind", "SEAPORT").param("timeZone", "America/Chicago"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/offices"));
        assertThat(jdbc.queryForObject("SELECT time_zone FROM office WHERE code = 'PGADD'", String.class))
                .isEqualTo("America/Chicago");
        String again = body(form("admin", "/admin/offices").param("code", "PGADD").param("name", "Twice")
                .param("kind", "SEAPORT"), status().isConflict());
        assertThat(again).contains("id=\"code-error\"", "already exists", "value=\"Twice\"");
    }

    @Test
    void anAdministratorRecordsAnOfficeAddressWithItsVersionAndAStaleFormIsRefusedWith409() throws Exception {
        mvc.perform(post("admin", "/api/v1/offices", """
                {"code":"PGADDR","name":"Address probe office","kind":"SEAPORT","timeZone":"America/New_York"}"""))
                .andExpect(status().isCreated());
        long version = officeVersion("PGADDR");
        String empty = body(page("admin", "/admin/offices/PGADDR"), status().isOk());
        assertThat(empty).contains("None on file", "name=\"version\" value=\"" + version + "\"");

        String missing = body(form("admin", "/admin/offices/PGADDR/address").param("line1", "").param("city", "")
                .param("country", "usa").param("postalCode", "10001").param("version", String.valueOf(version)),
                status().isBadRequest());
        assertThat(missing).contains("href=\"#line1\"", "href=\"#city\"", "href=\"#country\"", "value=\"10001\"",
                "two-letter ISO 3166");
        assertThat(officeVersion("PGADDR")).isEqualTo(version);

        mvc.perform(form("officer1", "/admin/offices/PGADDR/address").param("line1", "1 Pier Rd").param("city", "X")
                .param("country", "US").param("version", String.valueOf(version))).andExpect(status().isForbidden());

        mvc.perform(form("admin", "/admin/offices/PGADDR/address").param("line1", "1 Custom House Sq")
                        .param("city", "New York").param("region", "NY").param("postalCode", "10004")
                        .param("country", "us").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/offices/PGADDR"));
        assertThat(jdbc.queryForObject("SELECT address_city FROM office WHERE code = 'PGADDR'", String.class))
                .isEqualTo("New York");
        assertThat(body(page("admin", "/admin/offices/PGADDR"), status().isOk())).contains("1 Custom House Sq",
                "New York, NY 10004");

        // the form read before that change: refused, what is on file now shown, the typed values kept
        String stale = body(form("admin", "/admin/offices/PGADDR/address").param("line1", "9 Other St")
                .param("city", "Newark").param("country", "US").param("version", String.valueOf(version)),
                status().isConflict());
        assertThat(stale).contains("changed by someone else", "Mailing address now on file", "1 Custom House Sq",
                "value=\"9 Other St\"", "name=\"version\" value=\"" + officeVersion("PGADDR") + "\"");
        assertThat(jdbc.queryForObject("SELECT address_city FROM office WHERE code = 'PGADDR'", String.class))
                .isEqualTo("New York");

        // the API: same rules
        mvc.perform(put("admin", "/api/v1/offices/PGADDR/address", """
                {"mailingAddress":{"line1":"2 Bowling Green","city":"New York","country":"US"},"version":%d}"""
                .formatted(version))).andExpect(status().isConflict());
        mvc.perform(put("officer1", "/api/v1/offices/PGADDR/address", """
                {"mailingAddress":{"line1":"2 Bowling Green","city":"New York","country":"US"},"version":%d}"""
                .formatted(officeVersion("PGADDR")))).andExpect(status().isForbidden());
        String changed = mvc.perform(put("admin", "/api/v1/offices/PGADDR/address", """
                {"mailingAddress":{"line1":"2 Bowling Green","city":"New York","country":"US"},"version":%d}"""
                .formatted(officeVersion("PGADDR")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(changed).contains("\"mailingAddressLines\":[\"2 Bowling Green\",\"New York\"]");
        mvc.perform(put("admin", "/api/v1/offices/PGADDR/address", """
                {"mailingAddress":{"line1":"","city":"New York","country":"USA"},"version":%d}"""
                .formatted(officeVersion("PGADDR")))).andExpect(status().isBadRequest());
    }

    // ------------------------------------------------------------------------------------------ legal parameters

    @Test
    void everyoneSeesTheParametersInForceAndTheMissingValuesThatBlockWork() throws Exception {
        String list = body(page("officer1", "/admin/parameters"), status().isOk());
        assertThat(list).contains("Values missing", "ld.floor.share", "release-bond.high-risk.multiple",
                "penalty.floor.share", "deadline.petition-penalty", "Verified in the primary source");
        String missing = list.substring(list.indexOf("id=\"missing\""), list.indexOf("</section>", list.indexOf("id=\"missing\"")));
        assertThat(missing).contains("ld.floor.share").doesNotContain("deadline.petition-penalty");

        String history = body(page("officer1", "/admin/parameters/{n}", "ld.floor.share"), status().isOk());
        assertThat(history).contains("History, newest first", "EO 14411 Sec. 4(c)", "Set by Executive Order 14411",
                "Missing: work that needs this value is refused", "Only administrators change these.")
                .doesNotContain("Set the value");
        mvc.perform(page("officer1", "/admin/parameters/{n}", "no.such.parameter")).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorSetsANewValueFromADateWithTheApisRulesAndOthersMayNot() throws Exception {
        String name = "deadline.referral-escalation";
        LocalDate from = seaportToday().plusDays(4100);
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM legal_parameter WHERE name = ?", Integer.class, name);
        String formPage = body(page("admin", "/admin/parameters/{n}", name), status().isOk());
        assertThat(formPage).contains("Set the value", "for=\"value\"", "aria-describedby=\"value-hint\"",
                "<option value=\"V\">Verified in the primary source</option>");

        // missing and malformed fields: all reported in form order, values kept, nothing stored
        String refused = body(form("admin", "/admin/parameters/{n}", name).param("value", "ten")
                .param("effectiveFrom", "tomorrow").param("citation", "").param("confidence", "X")
                .param("note", "kept note"), status().isBadRequest());
        assertThat(refused).contains("Enter a number", "Enter a date as YYYY-MM-DD", "must be V, S, R or EO",
                "value=\"ten\"", "value=\"tomorrow\"", "kept note");
        assertThat(refused.indexOf("href=\"#value\"")).isLessThan(refused.indexOf("href=\"#effectiveFrom\""));
        assertThat(refused.indexOf("href=\"#effectiveFrom\"")).isLessThan(refused.indexOf("href=\"#citation\""));

        // the service's rules: not retroactive (422), a share above 1 and a negative value (400)
        String past = body(form("admin", "/admin/parameters/{n}", name).param("value", "30")
                .param("effectiveFrom", seaportToday().minusDays(30).toString()).param("citation", "test")
                .param("confidence", "V"), status().isUnprocessableEntity());
        assertThat(past).contains("id=\"effectiveFrom-error\"", "in the past");
        String share = body(form("admin", "/admin/parameters/{n}", "penalty.floor.share").param("value", "1.5")
                .param("effectiveFrom", from.toString()).param("citation", "test").param("confidence", "V"),
                status().isBadRequest());
        assertThat(share).contains("id=\"value-error\"", "out of range");

        mvc.perform(form("supervisor1", "/admin/parameters/{n}", name).param("value", "45")
                .param("effectiveFrom", from.toString()).param("citation", "test").param("confidence", "V"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_parameter WHERE name = ?", Integer.class, name))
                .isEqualTo(rows);

        mvc.perform(form("admin", "/admin/parameters/{n}", name).param("value", "45")
                        .param("effectiveFrom", from.toString()).param("citation", "Page test citation")
                        .param("confidence", "S").param("note", "set from the page"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/parameters/" + name));
        assertThat(jdbc.queryForObject("SELECT created_by FROM legal_parameter WHERE name = ? AND effective_from = ?",
                String.class, name, from)).isEqualTo("admin");
        assertThat(body(page("officer1", "/admin/parameters/{n}", name), status().isOk()))
                .contains(from.toString(), "Page test citation", "From a secondary source", "set from the page");
        assertThat(body(page("officer1", "/admin/parameters"), status().isOk())).contains("from " + from);

        // the same date again: 409 on the date field
        String twice = body(form("admin", "/admin/parameters/{n}", name).param("value", "46")
                .param("effectiveFrom", from.toString()).param("citation", "again").param("confidence", "S"),
                status().isConflict());
        assertThat(twice).contains("id=\"effectiveFrom-error\"", "already has a value from " + from, "value=\"46\"");
    }

    // ------------------------------------------------------------------------------------------------- parties

    @Test
    void aPartysPageShowsItsFactsAndCasesAndOnlyASupervisorChangesItsStanding() throws Exception {
        long partyId = party("Standing Page Probe Ltd");
        mvc.perform(put("officer1", "/api/v1/parties/{id}/address", """
                {"mailingAddress":{"line1":"77 Harbor Blvd","city":"Long Beach","region":"CA","postalCode":"90802",
                 "country":"US"},"version":0}""", partyId)).andExpect(status().isOk());
        mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(partyId))).andExpect(status().isCreated());
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM case_file WHERE party_id = ?", String.class, partyId);

        String asOfficer = body(page("officer1", "/parties/{id}", partyId), status().isOk());
        assertThat(asOfficer).contains("Standing Page Probe Ltd", "U.S. IOR", "77 Harbor Blvd", "Long Beach, CA 90802",
                "In good standing", "No violations recorded.", "href=\"/cases/" + caseNumber + "\"",
                "Only supervisors record or clear an override").doesNotContain("id=\"standing-override-form\"");
        // another office's officer sees the party (a national record) but not the seaport's case
        assertThat(body(page("officer2", "/parties/{id}", partyId), status().isOk()))
                .contains("Standing Page Probe Ltd", "No case of this party in your offices.").doesNotContain(caseNumber);
        mvc.perform(form("officer1", "/parties/{id}/standing", partyId).param("goodStanding", "false")
                .param("reason", "officer try").param("version", "1")).andExpect(status().isForbidden());

        long version = jdbc.queryForObject("SELECT version FROM party WHERE id = ?", Long.class, partyId);
        String asSupervisor = body(page("supervisor1", "/parties/{id}", partyId), status().isOk());
        assertThat(asSupervisor).contains("Record the override", "name=\"version\" value=\"" + version + "\"");

        String noReason = body(form("supervisor1", "/parties/{id}/standing", partyId).param("version", String.valueOf(version))
                .param("reason", "  "), status().isBadRequest());
        assertThat(noReason).contains("href=\"#standing-goodStanding\"", "href=\"#standing-reason\"", "Choose one.",
                "Enter a value.");

        mvc.perform(form("supervisor1", "/parties/{id}/standing", partyId).param("goodStanding", "false")
                        .param("reason", "Unpaid penalties (page test)").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/parties/" + partyId + "#standing-section"));
        assertThat(body(page("officer1", "/parties/{id}", partyId), status().isOk()))
                .contains("NOT in good standing", "Unpaid penalties (page test)", "Supervisor&#39;s override");

        String stale = body(form("supervisor1", "/parties/{id}/standing", partyId).param("goodStanding", "true")
                .param("reason", "restore (stale)").param("version", String.valueOf(version)), status().isConflict());
        assertThat(stale).contains("changed by someone else", "restore (stale)", "NOT in good standing",
                "name=\"version\" value=\"" + (version + 1) + "\"");
        mvc.perform(page("officer1", "/parties/{id}", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerCorrectsAPartysMailingAddressOnItsPage() throws Exception {
        long partyId = party("Address Page Probe Ltd");
        long version = jdbc.queryForObject("SELECT version FROM party WHERE id = ?", Long.class, partyId);
        assertThat(body(page("officer1", "/parties/{id}", partyId), status().isOk()))
                .contains("Mailing address for notices", "id=\"address-form\"");

        // no city and a country that is not a code: refused next to the fields, the typed values kept, nothing stored
        String refused = body(form("officer1", "/parties/{id}/address", partyId).param("line1", "9 Pier Road")
                .param("city", " ").param("country", "USA").param("version", String.valueOf(version)), status().isBadRequest());
        assertThat(refused).contains("href=\"#city\"", "href=\"#country\"", "id=\"city-error\"", "value=\"9 Pier Road\"");
        assertThat(jdbc.queryForObject("SELECT address_line1 FROM party WHERE id = ?", String.class, partyId)).isNull();

        mvc.perform(form("officer1", "/parties/{id}/address", partyId).param("line1", "9 Pier Road").param("city", "Oakland")
                        .param("region", "CA").param("postalCode", "94607").param("country", "us")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/parties/" + partyId))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("addressSaved", true));
        assertThat(body(page("officer1", "/parties/{id}", partyId), status().isOk()))
                .contains("9 Pier Road", "Oakland, CA 94607");

        // the same form sent again with the version it was read at: someone changed the party since (409)
        String stale = body(form("officer1", "/parties/{id}/address", partyId).param("line1", "1 Old Road")
                .param("city", "Oakland").param("country", "US").param("version", String.valueOf(version)), status().isConflict());
        assertThat(stale).contains("changed by someone else", "value=\"1 Old Road\"");
        mvc.perform(form("custodian1", "/parties/{id}/address", partyId).param("line1", "x").param("city", "y")
                .param("country", "US").param("version", String.valueOf(version + 1))).andExpect(status().isForbidden());
    }

    @Test
    void theAdminEntryIsInTheNavigationOfWhoMayUseItAndTheIndexLinksEveryAdminPage() throws Exception {
        assertThat(body(page("admin", "/admin"), status().isOk())).contains("href=\"/admin/offices\"",
                "href=\"/admin/parameters\"", "href=\"/admin/implementing-instruments\"", "href=\"/camunda/app/admin/\"");
        assertThat(body(page("supervisor1", "/admin"), status().isOk())).contains("href=\"/admin/offices\"",
                "href=\"/admin/parameters\"").doesNotContain("href=\"/admin/implementing-instruments\"");
        assertThat(body(page("supervisor1", "/approvals"), status().isOk())).contains("href=\"/admin\"");
        assertThat(body(page("officer1", "/"), status().isOk())).doesNotContain("href=\"/admin\"");
    }
}
