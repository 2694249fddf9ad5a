package gov.fpf.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/** The pages where a person works confidentiality requests: record, decide, the party page's section. */
class ConfidentialityPagesTest extends ApplicationTest {

    @Test
    void anOfficerRecordsOnThePageAndASupervisorGrantsOnTheRequestsPage() throws Exception {
        long party = party("Page Request Co " + System.nanoTime());
        String location = mvc.perform(MockMvcRequestBuilders.post("/confidentiality-requests").with(httpBasic("officer1", "officer1"))
                        .with(csrf()).param("partyId", Long.toString(party)).param("officeCode", SEAPORT)
                        .param("scope", "MANIFEST_IMPORTER_IDENTITY").param("reason", "Manifest certification"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/confidentiality-requests/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String officerView = mvc.perform(get("officer1", location)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(officerView).contains("Awaiting decision").doesNotContain("Record the decision");
        String supervisorView = mvc.perform(get("supervisor1", location)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(supervisorView).contains("Record the decision");

        // a decision without a reason: the page says why, nothing changes
        mvc.perform(MockMvcRequestBuilders.post(location + "/decision").with(httpBasic("supervisor1", "supervisor1")).with(csrf())
                .param("decision", "DENY").param("reason", "").param("version", "0")).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.post(location + "/decision").with(httpBasic("supervisor1", "supervisor1")).with(csrf())
                .param("decision", "GRANT").param("reason", "Certified").param("grantedUntil", seaportToday().plusYears(1).toString())
                .param("version", "0")).andExpect(status().is3xxRedirection());
        JsonNode r = json.readTree(mvc.perform(get("hq1", "/api/v1/confidentiality-requests/" + id)).andReturn()
                .getResponse().getContentAsString());
        assertThat(r.get("status").asText()).isEqualTo("GRANTED");

        String partyPage = mvc.perform(get("officer1", "/parties/" + party)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(partyPage).contains("id=\"confidentiality\"", "Granted", "/confidentiality-requests/" + id);
        String custodianPartyPage = mvc.perform(get("custodian1", "/parties/" + party)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(custodianPartyPage).doesNotContain("id=\"confidentiality\"");
        String list = mvc.perform(get("counsel1", "/confidentiality-requests?partyId=" + party)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Manifest: importer");
        mvc.perform(get("custodian1", "/confidentiality-requests")).andExpect(status().isForbidden());
    }
}
