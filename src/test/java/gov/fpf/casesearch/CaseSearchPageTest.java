package gov.fpf.casesearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * {@code /cases}: every search field and filter, sorting, paging, the office boundary, a case with no open task, the
 * CSV export and its escaping, and values the page refuses (400 page, never a JSON error). The cases for paging and
 * for the timing figure are written straight into the tables inside a transaction that is rolled back, so no other
 * test sees them.
 */
class CaseSearchPageTest extends ApplicationTest {

    private static final String MARK = "Zephyrqx";
    private static final Pattern ROW_CASE = Pattern.compile("<a href=\"/cases/([0-9]{4}-[A-Z]{3}-[0-9]{6})\">");

    private static String penalty;
    private static String waiting;
    private static String ld;
    private static String otherOffice;
    private static String formula;
    private static String seizure;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseSearchService searchService;

    @BeforeEach
    void cases() throws Exception {
        if (penalty != null) {
            return;
        }
        penalty = penalty("officer1", party(MARK + " Fasteners Inc"), "\"entryNumbers\":[\"ZQX-1234567-8\",\"ZQX-7654321-0\"],");
        // decided: the pre-penalty notice is out, the case waits for representations and has no task
        waiting = penalty("officer1", party(MARK + " Waiting Textiles"), "");
        completeOk("officer1", waiting, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"repeated\"}");
        long bond = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"ZQXB-0042","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-01"}""".formatted(
                party(MARK + " Bonded Importer")))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        ld = json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bond + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + seaportToday().minusDays(20)
                                + "\",\"entryNumber\":\"ZQL-0000777-1\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        otherOffice = penalty("officer2", party("officer2", MARK + " Express Hub Toys"), "");
        formula = penalty("officer1", party("=" + MARK + ", \\\"Formula\\\" Co"), "");
        // perishable: the 1612 date is the seizure date, recorded with the custody
        seizure = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"cut flowers",
                 "quantity":50,"appraisedValue":3000,"perishable":true}]}""".formatted(party(MARK + " Flowers"),
                seaportToday().minusDays(3)))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("caseNumber").asText();
        assertThat(complete("custodian1", taskId("custodian1", seizure, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY),
                "{\"storageLocation\":\"cold store\",\"dailyStorageRate\":20,\"hazardous\":false,\"highRisk\":false,"
                        + "\"photographReferences\":\"IMG-9\",\"inventoryNote\":\"chilled\"}")).isEqualTo(204);
    }

    @Test
    void findsByCaseNumberPartyEntryAndBondNumber() throws Exception {
        assertThat(found("officer1", "/cases?q=" + penalty)).containsExactly(penalty);
        assertThat(found("officer1", "/cases?caseNumber=" + penalty.substring(0, 9).toLowerCase())).contains(penalty, waiting)
                .doesNotContain(ld, seizure);
        assertThat(found("officer1", "/cases?caseNumber=" + penalty)).containsExactly(penalty);
        assertThat(found("officer1", "/cases?party=" + "zephyrQX%20waiting")).containsExactly(waiting);
        assertThat(found("officer1", "/cases?q=zephyrqx%20fasteners")).containsExactly(penalty);
        assertThat(found("officer1", "/cases?entry=zqx-7654321")).containsExactly(penalty);
        assertThat(found("officer1", "/cases?q=ZQX-1234567-8")).containsExactly(penalty);
        assertThat(found("officer1", "/cases?entry=zql-0000777")).containsExactly(ld);
        assertThat(found("officer1", "/cases?bond=ZQXB-00")).containsExactly(ld);
        assertThat(found("officer1", "/cases?q=zqxb-0042")).containsExactly(ld);
        // a LIKE wildcard typed in the box is only itself
        assertThat(found("officer1", "/cases?party=" + MARK + "%25Textiles")).isEmpty();
        assertThat(found("officer1", "/cases?party=_ephyrqx")).isEmpty();
        assertThat(page("officer1", "/cases?q=nothing-matches-" + MARK)).contains("No case of your offices matches this search.");
    }

    @Test
    void filtersByFamilyStatusOfficeWhatTheCaseWaitsForAndTheNextDeadline() throws Exception {
        assertThat(found("officer1", "/cases?party=" + MARK + "&family=LIQUIDATED_DAMAGES")).containsExactly(ld);
        assertThat(found("officer1", "/cases?party=" + MARK + "&family=SEIZURE")).containsExactly(seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&family=PENALTY&status=AWAITING_RESPONSE"))
                .containsExactly(waiting);
        assertThat(found("officer1", "/cases?party=" + MARK + "&status=AWAITING_RESPONSE")).contains(waiting)
                .doesNotContain(penalty, formula);
        assertThat(found("officer1", "/cases?party=" + MARK + "&office=LALB")).contains(penalty, waiting, ld, seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&waitingFor=REPRESENTATIONS")).containsExactly(waiting);
        assertThat(found("officer1", "/cases?party=" + MARK + "&waitingFor=SUMMARY_SALE")).containsExactly(seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&waitingFor=PAYMENT")).isEmpty();
        // the representations are due in 30 days; the open penalty's next deadline is its limitation period, years off;
        // the perishable seizure's 1612 date has passed and still counts
        LocalDate due = LocalDate.parse(deadline(caseFile(waiting), "Response to the pre-penalty notice", "OPEN")
                .get("dueDate").asText());
        long days = due.toEpochDay() - seaportToday().toEpochDay();
        assertThat(found("officer1", "/cases?party=" + MARK + "&within=" + days)).contains(waiting, seizure)
                .doesNotContain(penalty, formula);
        assertThat(found("officer1", "/cases?party=" + MARK + "&within=" + (days - 1))).contains(seizure)
                .doesNotContain(waiting, penalty);
        // words, not codes
        String page = page("officer1", "/cases?party=" + MARK + "&family=SEIZURE");
        assertThat(page).contains("Seizure and forfeiture", "$3,000.00", "Storage reaches the 162.48(b) share")
                .doesNotContain(">SEIZURE<");
        assertThat(page("officer1", "/cases?party=" + MARK + "&family=PENALTY&status=AWAITING_RESPONSE")).contains("Awaiting response",
                "Penalty", "$40,000.00");
    }

    @Test
    void anotherOfficesCaseIsNeverShownAndHeadquartersSeesEveryOffice() throws Exception {
        assertThat(found("officer1", "/cases?party=" + MARK)).contains(penalty, ld).doesNotContain(otherOffice);
        assertThat(found("officer1", "/cases?q=" + otherOffice)).isEmpty();
        assertThat(found("officer2", "/cases?party=" + MARK)).containsExactly(otherOffice);
        assertThat(found("hq1", "/cases?party=" + MARK)).contains(penalty, otherOffice);
        assertThat(csv("officer1", "/cases.csv?party=" + MARK)).doesNotContain(otherOffice);
        String refused = mvc.perform(MockMvcRequestBuilders.get("/cases?office=CVGX").with(httpBasic("officer1", "officer1")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "you may search only your offices (LALB)").doesNotContain(otherOffice);
        mvc.perform(MockMvcRequestBuilders.get("/cases.csv?office=CVGX").with(httpBasic("officer1", "officer1")))
                .andExpect(status().isForbidden());
        // who reads no cases gets no search
        mvc.perform(MockMvcRequestBuilders.get("/cases").with(httpBasic("designer1", "designer1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCaseWithNoOpenTaskIsFound() throws Exception {
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(waiting).count()).isZero();
        assertThat(caseFile(waiting).get("openTasks")).isEmpty();
        assertThat(found("officer1", "/cases?q=" + waiting)).containsExactly(waiting);
    }

    @Test
    void sortsByEveryColumnAndPagesWithTheQueryStringKept() throws Exception {
        List<String> byCase = found("officer1", "/cases?party=" + MARK + "&sort=caseNumber");
        assertThat(byCase).isSorted().contains(penalty, waiting, ld, formula, seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=caseNumber&dir=desc")).isEqualTo(reversed(byCase));
        // parties: "=Zephyrqx, ..." sorts before "Zephyrqx Bonded ..."; amounts: the seizure's $3,000 is the smallest
        List<String> byParty = found("officer1", "/cases?party=" + MARK + "&sort=party");
        assertThat(byParty.get(0)).isEqualTo(formula);
        assertThat(byParty.indexOf(ld)).isLessThan(byParty.indexOf(penalty));
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=amount").get(0)).isEqualTo(seizure);
        List<String> byFamily = found("officer1", "/cases?party=" + MARK + "&sort=family");
        assertThat(byFamily.get(0)).isEqualTo(ld);
        assertThat(byFamily.get(byFamily.size() - 1)).isEqualTo(seizure);
        // Awaiting response first: the claim sent on the liquidated-damages case and the pre-penalty notice
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=status").subList(0, 2)).containsExactly(ld, waiting);
        // the newest first by default; by next deadline, the seizure's passed 1612 date comes first
        assertThat(found("officer1", "/cases?party=" + MARK).get(0)).isEqualTo(seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=opened").get(0)).isEqualTo(penalty);
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=nextDeadline").get(0)).isEqualTo(seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=nextDeadline&dir=desc").get(0)).isNotEqualTo(seizure);
        assertThat(found("officer1", "/cases?party=" + MARK + "&sort=opened&dir=desc").get(0)).isEqualTo(seizure);
        // the column header links keep the filters and flip the direction of the column sorted by
        String page = page("officer1", "/cases?party=" + MARK + "&family=PENALTY&sort=party");
        assertThat(page).contains("aria-sort=\"ascending\"",
                "href=\"/cases?party=" + MARK + "&amp;family=PENALTY&amp;sort=party&amp;dir=desc\"",
                "href=\"/cases.csv?party=" + MARK + "&amp;family=PENALTY&amp;sort=party&amp;dir=asc\"");

        inRolledBackTransaction(() -> {
            long partyId = jdbc.queryForObject("SELECT party_id FROM case_file WHERE case_number = ?", Long.class, penalty);
            insertCases(60, "LALB", partyId);
            String first = page("officer1", "/cases?party=" + MARK + "%20Fasteners&sort=caseNumber");
            assertThat(first).contains("61 cases found; 1 to 25 shown.", "Page 1 of 3",
                    "href=\"/cases?party=" + MARK + "%20Fasteners&amp;sort=caseNumber&amp;dir=asc&amp;page=2\"");
            assertThat(rows(first)).hasSize(25).startsWith(penalty, "2099-PEN-900000");
            String third = page("officer1", "/cases?party=" + MARK + "%20Fasteners&sort=caseNumber&page=3");
            assertThat(third).contains("61 cases found; 51 to 61 shown.", "Page 3 of 3", "rel=\"prev\"")
                    .doesNotContain("rel=\"next\"");
            assertThat(rows(third)).hasSize(11).startsWith("2099-PEN-900049").endsWith("2099-PEN-900059");
            String big = page("officer1", "/cases?party=" + MARK + "%20Fasteners&size=100");
            assertThat(rows(big)).hasSize(61);
            assertThat(big).contains("DEMO").contains("<option value=\"100\" selected=\"selected\">100</option>");
            assertThat(page("officer1", "/cases?party=" + MARK + "%20Fasteners&page=9"))
                    .contains("61 cases found, but page 9 has none of them.", "Go to the first page");
            assertThat(csv("officer1", "/cases.csv?party=" + MARK + "%20Fasteners").split("\r\n")).hasSize(62);
        });
    }

    @Test
    void exportsTheWholeResultAsCsvEscapedAndSafeInASpreadsheet() throws Exception {
        String csv = csv("officer1", "/cases.csv?party=" + MARK + "&sort=caseNumber");
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Case number,Demo,Family,Status,Office,Party,Amount at stake,Next deadline,"
                + "Next deadline is for,Opened");
        assertThat(lines).hasSize(6);
        String formulaLine = List.of(lines).stream().filter(l -> l.startsWith(formula)).findFirst().orElseThrow();
        assertThat(formulaLine).startsWith(formula + ",,Penalty,Open,LALB,\"'=" + MARK + ", \"\"Formula\"\" Co\",");
        String waitingLine = List.of(lines).stream().filter(l -> l.startsWith(waiting)).findFirst().orElseThrow();
        assertThat(waitingLine).contains(",Penalty,Awaiting response,LALB," + MARK + " Waiting Textiles,40000.00,",
                ",Response to the pre-penalty notice,");
        assertThat(CaseCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CaseCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CaseCsv.cell("+1")).isEqualTo("'+1");
        assertThat(CaseCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CaseCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void valuesThePageCannotTakeShowThePageWithTheMessageAnd400() throws Exception {
        refused("/cases?size=abc", "Rows per page: &#39;abc&#39; is not a whole number.");
        refused("/cases?size=30", "Rows per page: &#39;30&#39;: choose 25, 50 or 100 rows per page.");
        refused("/cases?sort=bogus&party=keep-me", "Sort: &#39;bogus&#39; is not a column the list sorts by")
                .contains("value=\"keep-me\"");
        refused("/cases?dir=up", "Sort direction");
        refused("/cases?family=NOPE", "&#39;NOPE&#39; is not one of the choices");
        refused("/cases?waitingFor=TEA", "Waiting for: &#39;TEA&#39; is not one of the choices");
        refused("/cases?within=-1", "Next deadline within (days): &#39;-1&#39; days: enter 0 to 3660.")
                .contains("aria-invalid=\"true\"", "href=\"#s-within\"");
        refused("/cases?page=0", "Page: &#39;0&#39;: pages start at 1.");
        refused("/cases?caseNumber=2026*PEN", "is not a case number or its beginning");
        refused("/cases?q=" + "x".repeat(101), "Search: at most 100 characters.");
        refused("/cases.csv?size=abc", "is not a whole number");
    }

    @Test
    void theHeaderHasTheSearchBoxAndTheNavigationTheCasesLink() throws Exception {
        String worklist = page("officer1", "/");
        assertThat(worklist).contains("action=\"/cases\"", "name=\"q\"", "href=\"/cases\"");
        String designer = mvc.perform(MockMvcRequestBuilders.get("/processes").with(httpBasic("designer1", "designer1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(designer).doesNotContain("name=\"q\"");
    }

    /** Reads the search of 5,000 cases with their deadlines, to report the time; nothing is asserted on it. */
    @Test
    void measuresTheSearchOnSomeThousandCases() {
        inRolledBackTransaction(() -> {
            long partyId = jdbc.queryForObject("SELECT party_id FROM case_file WHERE case_number = ?", Long.class, penalty);
            insertCases(5000, "LALB", partyId);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("officer1", "n/a",
                            List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("fpf-officer"))));
            try {
                for (String q : List.of("", "party=Fasteners", "within=30", "sort=amount&dir=desc", "q=2099-PEN-90042",
                        "waitingFor=PETITION&sort=party")) {
                    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
                    for (String kv : q.split("&")) {
                        if (!kv.isEmpty()) {
                            params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                        }
                    }
                    CaseSearchQuery query = CaseSearchQuery.parse(params).query();
                    searchService.search(query);
                    long start = System.nanoTime();
                    CaseSearchService.Result r = searchService.search(query);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf("case search timing: [%s] %d cases, %d ms%n", q, r.total(), ms);
                    assertThat(r.total()).isPositive();
                }
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String penalty(String user, long partyId, String extra) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",%s
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(partyId, extra);
        return json.readTree(mvc.perform(post(user, "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    /** Cases written into the tables (half of them with an open petition deadline in 10 days, every third a DEMO). */
    private void insertCases(int n, String office, long partyId) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(new Object[] {"2099-PEN-9%05d".formatted(i), i % 5 == 0 ? "CLOSED" : "OPEN", office, partyId,
                    java.math.BigDecimal.valueOf(1000L + i * 7L), i % 3 == 0, now});
        }
        jdbc.batchUpdate("INSERT INTO case_file (case_number, family, status, office_code, party_id, maximum_amount, demo,"
                + " opened_at, opened_by, version) VALUES (?, 'PENALTY', ?, ?, ?, ?, ?, ?, 'test', 0)", cases);
        jdbc.update("INSERT INTO case_deadline (case_id, name, due_date, citation, status, created_at)"
                + " SELECT id, 'Petition', ?, 'test', 'OPEN', ? FROM case_file WHERE case_number LIKE '2099-PEN-9%'"
                + " AND MOD(id, 2) = 0", java.sql.Date.valueOf(seaportToday().plusDays(10)), now);
    }

    private void inRolledBackTransaction(ThrowingRunnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private ResultActions perform(String user, String path) throws Exception {
        // a URI, not a template: the %20 and %25 written in the tests reach the page as a space and a percent sign
        return mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(path)).with(httpBasic(user, user)));
    }

    private String page(String user, String path) throws Exception {
        return perform(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String csv(String user, String path) throws Exception {
        var response = perform(user, path).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> found(String user, String path) throws Exception {
        return rows(page(user, path));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> rows(String page) {
        List<String> numbers = new ArrayList<>();
        int table = page.indexOf("<table id=\"cases\"");
        if (table < 0) {
            return numbers;
        }
        Matcher m = ROW_CASE.matcher(page.substring(table));
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    private org.assertj.core.api.AbstractStringAssert<?> refused(String path, String message) throws Exception {
        String page = perform("officer1", path).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("role=\"alert\"", "The search could not be run", "id=\"case-search\"")
                .doesNotContain("<table id=\"cases\"");
        return assertThat(page).contains(message);
    }
}
