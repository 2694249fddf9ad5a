package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * Issue 11: what another office's reader learns about a case they may not see. Bond coverage (S6) lists the reader's
 * own offices' charges and only counts and sums the others; every API and page that takes a case number, task or
 * notice answers another office's with the same 404 (status, title and detail but for the id) as an id that does not
 * exist, so nobody can probe which ids exist.
 */
class OfficeDisclosureTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String openLdCase(String user, long bondId, String amount) throws Exception {
        return read(mvc.perform(post(user, "/api/v1/liquidated-damages-cases", """
                {"bondId":%d,"breach":"FDA_REFUSED_NOT_EXPORTED","breachDate":"%s","entryNumber":"OD-%d-1",
                 "merchandiseValue":%s}""".formatted(bondId, TODAY.minusDays(5), UNIQUE.incrementAndGet(), amount)))
                .andExpect(status().isCreated())).get("caseNumber").asText();
    }

    private static List<String> caseNumbers(JsonNode coverage) {
        List<String> out = new ArrayList<>();
        coverage.get("openCharges").forEach(c -> out.add(c.get("caseNumber").asText()));
        return out;
    }

    @Test
    void bondCoverageItemisesOnlyTheReadersOfficesAndCountsAndSumsTheOthers() throws Exception {
        long principal = read(mvc.perform(post("officer1", "/api/v1/parties",
                usEntityJson("Two Office Importer " + UNIQUE.incrementAndGet()))).andExpect(status().isCreated()))
                .get("id").asLong();
        long bondId = read(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"OD-CB-%d","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":1000000,"effectiveDate":"2024-01-01"}"""
                .formatted(UNIQUE.incrementAndGet(), principal))).andExpect(status().isCreated())).get("id").asLong();
        // refused goods not exported: 3 x the value
        String seaport = openLdCase("officer1", bondId, "10000");     // LALB, $30,000
        String seaport2 = openLdCase("officer1", bondId, "1000");     // LALB, $3,000
        String hub = openLdCase("officer2", bondId, "5000");          // CVGX, $15,000

        String asOfficer2 = mvc.perform(get("officer2", "/api/v1/bonds/{id}/coverage", bondId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode cvgx = json.readTree(asOfficer2);
        assertThat(caseNumbers(cvgx)).containsExactly(hub);
        assertThat(cvgx.get("otherOffices").get("charges").asInt()).isEqualTo(2);
        assertThat(cvgx.get("otherOffices").get("amount").decimalValue()).isEqualByComparingTo("33000");
        assertThat(cvgx.get("charged").decimalValue()).isEqualByComparingTo("48000");
        assertThat(cvgx.get("remaining").decimalValue()).isEqualByComparingTo("952000");
        assertThat(asOfficer2).doesNotContain(seaport, seaport2, "\"amount\":30000.00", "\"amount\":3000.00");

        JsonNode lalb = read(mvc.perform(get("officer1", "/api/v1/bonds/{id}/coverage", bondId)).andExpect(status().isOk()));
        assertThat(caseNumbers(lalb)).containsExactly(seaport, seaport2);
        assertThat(lalb.get("otherOffices").get("charges").asInt()).isEqualTo(1);
        assertThat(lalb.get("otherOffices").get("amount").decimalValue()).isEqualByComparingTo("15000");

        JsonNode hq = read(mvc.perform(get("hq1", "/api/v1/bonds/{id}/coverage", bondId)).andExpect(status().isOk()));
        assertThat(caseNumbers(hq)).containsExactly(seaport, seaport2, hub);
        assertThat(hq.get("otherOffices").get("charges").asInt()).isZero();

        // the case page of the CVGX case shows the bond's coverage the same way
        String page = mvc.perform(get("officer2", "/cases/{n}?tab=facts", hub)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(hub, "2 charges, $33,000.00").doesNotContain(seaport, seaport2);
    }

    /** One request as officer2 (CVGX) with {@code ID} standing for the id probed. */
    private record Probe(String method, String path, String body, boolean page) {
        MockHttpServletRequestBuilder request(String id) {
            String url = path.replace("ID", id);
            MockHttpServletRequestBuilder r = "GET".equals(method) ? MockMvcRequestBuilders.get(url)
                    : MockMvcRequestBuilders.post(url);
            r.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .httpBasic("officer2", "officer2"));
            if (page) {
                r.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            } else if (body != null) {
                r.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            return r;
        }
    }

    private MockHttpServletResponse answer(Probe probe, String id) throws Exception {
        return mvc.perform(probe.request(id)).andReturn().getResponse();
    }

    private void sameAnswer(Probe probe, String existing, String unknown) throws Exception {
        MockHttpServletResponse theirs = answer(probe, existing);
        MockHttpServletResponse none = answer(probe, unknown);
        String what = probe.method() + " " + probe.path() + " with " + existing + " vs " + unknown;
        assertThat(theirs.getStatus()).as(what).isEqualTo(none.getStatus()).isEqualTo(404);
        assertThat(normalised(theirs, existing)).as(what).isEqualTo(normalised(none, unknown));
    }

    /** The body with the probed id as ID and the page's CSRF token (new per request) as TOKEN. */
    private static String normalised(MockHttpServletResponse response, String id) throws Exception {
        return response.getContentAsString()
                .replaceAll("(?<![A-Za-z0-9.=-])" + java.util.regex.Pattern.quote(id) + "(?![A-Za-z0-9.-])", "ID").replaceAll("[A-Za-z0-9+/_=-]{24,}", "TOKEN");
    }

    @Test
    void anotherOfficesCaseTaskOrNoticeIsAnsweredExactlyLikeAnIdThatDoesNotExist() throws Exception {
        String today = TODAY.toString();
        List<Probe> caseProbes = List.of(
                new Probe("GET", "/api/v1/cases/ID", null, false),
                new Probe("POST", "/api/v1/cases/ID/payments", "{\"amount\":10,\"paidDate\":\"" + today + "\"}", false),
                new Probe("POST", "/api/v1/cases/ID/petitions", "{\"filedDate\":\"" + today
                        + "\",\"supplemental\":false,\"grounds\":\"first offence\"}", false),
                new Probe("POST", "/api/v1/cases/ID/representations", "{\"receivedDate\":\"" + today
                        + "\",\"summary\":\"we disagree\"}", false),
                new Probe("POST", "/api/v1/cases/ID/offers", "{\"amount\":100,\"offeredDate\":\"" + today
                        + "\",\"terms\":\"cash\"}", false),
                new Probe("GET", "/cases/ID", null, true));
        for (Probe probe : caseProbes) {
            sameAnswer(probe, "2026-PEN-000001", "2026-PEN-999991");
        }
        List<Probe> ldProbes = List.of(
                new Probe("GET", "/api/v1/liquidated-damages-cases/ID/claim", null, false),
                new Probe("POST", "/api/v1/liquidated-damages-cases/ID/extension-requests", "{\"requestDate\":\""
                        + today + "\",\"requestedUntil\":\"" + TODAY.plusDays(30) + "\",\"reason\":\"need time\"}", false));
        for (Probe probe : ldProbes) {
            sameAnswer(probe, "2026-LQD-000001", "2026-LQD-999991");
        }
        List<Probe> seizureProbes = List.of(
                new Probe("GET", "/api/v1/seizure-cases/ID/property", null, false),
                new Probe("POST", "/api/v1/seizure-cases/ID/abandonment", "{\"signedDate\":\"" + today + "\",\"signedBy\":\"J. Doe\"}", false),
                new Probe("POST", "/api/v1/seizure-cases/ID/custody-events", "{\"kind\":\"INSPECTED\",\"eventDate\":\""
                        + today + "\",\"note\":\"looked\"}", false));
        for (Probe probe : seizureProbes) {
            sameAnswer(probe, "2026-SEZ-000001", "2026-SEZ-999991");
        }
        // a notice of an LALB case, by its own case and by a case of officer2's office
        String noticeCase = jdbc.queryForObject("SELECT MIN(c.case_number) FROM notice n JOIN case_file c"
                + " ON c.id = n.case_id WHERE c.office_code = 'LALB'", String.class);
        long notice = jdbc.queryForObject("SELECT MAX(n.id) FROM notice n JOIN case_file c ON c.id = n.case_id"
                + " WHERE c.case_number = ?", Long.class, noticeCase);
        sameAnswer(new Probe("GET", "/api/v1/cases/" + noticeCase + "/notices/ID", null, false), Long.toString(notice),
                "999999991");
        sameAnswer(new Probe("GET", "/cases/2026-PEN-000003/notices/ID", null, true), Long.toString(notice), "999999991");
        // an open and a completed task of an LALB case
        String openTask = jdbc.queryForObject("SELECT MIN(ID_) FROM ACT_RU_TASK WHERE TENANT_ID_ = 'LALB'", String.class);
        String doneTask = jdbc.queryForObject("SELECT MIN(ID_) FROM ACT_HI_TASKINST WHERE TENANT_ID_ = 'LALB'"
                + " AND END_TIME_ IS NOT NULL", String.class);
        String unknownTask = "00000000-0000-0000-0000-000000000000";
        for (String task : List.of(openTask, doneTask)) {
            assertThat(task).isNotNull();
            sameAnswer(new Probe("POST", "/api/v1/tasks/ID/claim", null, false), task, unknownTask);
            sameAnswer(new Probe("POST", "/api/v1/tasks/ID/complete", "{}", false), task, unknownTask);
            sameAnswer(new Probe("POST", "/cases/2026-PEN-000003/tasks/ID", null, true), task, unknownTask);
        }
    }
}
