package gov.fpf.casefile;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.rules.TraceStep;

/** Officers and supervisors see their own offices' cases; headquarters and counsel see all. */
class OfficeIsolationTest extends ApplicationTest {

    private static String seaportCase;
    private static String hubCase;

    @Autowired
    CaseFileService caseFiles;

    @BeforeEach
    void twoCasesInTwoOffices() {
        if (seaportCase == null) {
            seaportCase = openCase(SEAPORT);
            hubCase = openCase(EXPRESS_HUB);
        }
    }

    private String openCase(String office) {
        return inTransaction(() -> {
            CaseFile c = caseFiles.open(CaseFamily.PENALTY, office, null, false, "Office isolation fixture.");
            caseFiles.recordAmounts(c, new BigDecimal("40000.00"), new BigDecimal("40000.00"), new BigDecimal("20000.00"));
            caseFiles.addDeadline(c, "Statute of limitations", LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1),
                    "19 U.S.C. 1621(1)");
            caseFiles.addComputation(c, List.of(new TraceStep("Maximum (negligence)", "40000.00",
                    "min(domestic value, 2 x loss of revenue)", "19 U.S.C. 1592(c)(3)", null)));
            return c.getCaseNumber();
        });
    }

    @Test
    void anOfficerCannotReadAnotherOfficesCase() throws Exception {
        mvc.perform(get("officer1", "/api/v1/cases/" + hubCase))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No case " + hubCase + " in your offices."));
        mvc.perform(get("supervisor1", "/api/v1/cases/" + hubCase)).andExpect(status().isNotFound());
        mvc.perform(get("custodian1", "/api/v1/cases/" + hubCase)).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerReadsOwnOfficesCaseWithItsWholeFile() throws Exception {
        mvc.perform(get("officer2", "/api/v1/cases/" + hubCase))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(hubCase))
                .andExpect(jsonPath("$.family").value("PENALTY"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.officeCode").value(EXPRESS_HUB))
                .andExpect(jsonPath("$.amounts.maximum").value(40000.00))
                .andExpect(jsonPath("$.amounts.floor").value(20000.00))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2029-03-01"))
                .andExpect(jsonPath("$.deadlines[0].citation").value("19 U.S.C. 1621(1)"))
                .andExpect(jsonPath("$.computation[0].rule").value("min(domestic value, 2 x loss of revenue)"))
                .andExpect(jsonPath("$.timeline[0].event").value("CASE_OPENED"))
                .andExpect(jsonPath("$.openTasks").isArray());
    }

    @Test
    void headquartersAndCounselReadEveryOffice() throws Exception {
        for (String user : List.of("hq1", "counsel1")) {
            mvc.perform(get(user, "/api/v1/cases/" + hubCase)).andExpect(status().isOk());
            mvc.perform(get(user, "/api/v1/cases/" + seaportCase)).andExpect(status().isOk());
        }
    }

    @Test
    void theCaseListShowsOnlyTheCallersOffices() throws Exception {
        mvc.perform(get("officer1", "/api/v1/cases?size=500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].officeCode", everyItem(is(SEAPORT))))
                .andExpect(jsonPath("$.items[*].caseNumber", hasItem(seaportCase)));
        mvc.perform(get("hq1", "/api/v1/cases?size=500&officeCode=" + EXPRESS_HUB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].officeCode", everyItem(is(EXPRESS_HUB))))
                .andExpect(jsonPath("$.items[*].caseNumber", hasItem(hubCase)));
    }

    @Test
    void askingForAnotherOfficesListIsForbidden() throws Exception {
        mvc.perform(get("officer1", "/api/v1/cases?officeCode=" + EXPRESS_HUB))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You may not list the cases of office CVGX; your offices are [LALB]."));
    }

    @Test
    void caseNumbersFollowOneFormatAndNeverRepeat() {
        String a = openCase(SEAPORT);
        String b = openCase(SEAPORT);
        org.assertj.core.api.Assertions.assertThat(List.of(a, b)).allMatch(n -> n.matches("\\d{4}-PEN-\\d{6}"));
        org.assertj.core.api.Assertions.assertThat(Long.parseLong(b.substring(9)))
                .isEqualTo(Long.parseLong(a.substring(9)) + 1);
    }
}
