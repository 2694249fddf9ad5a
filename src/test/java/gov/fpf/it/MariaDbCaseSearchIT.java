package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.DeadlineNames;

/**
 * Issue 14 item 3 on MariaDB: the search's SQL (LIKE with its escape, the next open deadline per case, the page's
 * deadlines read by case id, the CSV's correlated subqueries) runs there, and another office's case stays unseen.
 */
class MariaDbCaseSearchIT extends MariaDbSuite {

    @Test
    void theCaseSearchAndItsCsvRunOnMariaDbWithinTheOffice() throws Exception {
        String caseB = inTransaction(() -> {
            CaseFile c = caseFiles.open(CaseFamily.SEIZURE, OFFICE_B, null, false, "IT search");
            caseFiles.addDeadline(c, DeadlineNames.PETITION, null, todayAtA().plusDays(10), "19 CFR 171.2");
            return c.getCaseNumber();
        });
        String query = "/cases?caseNumber=" + caseB + "&q=" + caseB.substring(0, 8) + "&waitingFor=PETITION&within=30"
                + "&family=SEIZURE&sort=nextDeadline&dir=desc&size=50";
        String page = mvc.perform(get("itofficerb", "pw-b", query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/cases/" + caseB + "\"", "Petition", "Seizure and forfeiture");
        for (String sort : new String[] {"caseNumber", "party", "family", "status", "amount", "opened"}) {
            assertThat(mvc.perform(get("itofficerb", "pw-b", "/cases?q=" + caseB + "&sort=" + sort))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(caseB);
        }
        String csv = mvc.perform(get("itofficerb", "pw-b", "/cases.csv?q=" + caseB)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(caseB + ",,Seizure and forfeiture,Open," + OFFICE_B + ",", ",Petition,");
        assertThat(mvc.perform(get("itofficera", "pw-a", "/cases?q=" + caseB)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).doesNotContain("href=\"/cases/" + caseB + "\"");
        mvc.perform(get("itofficerb", "pw-b", "/cases?size=abc")).andExpect(status().isBadRequest());
    }
}
