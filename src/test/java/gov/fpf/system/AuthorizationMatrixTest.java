package gov.fpf.system;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gov.fpf.ApplicationTest;

/**
 * Every endpoint of /api against every role: who gets in (2xx or a business answer) and who gets 403, and 401 without
 * a login. One row per endpoint; the users are the demo users of API.md.
 */
class AuthorizationMatrixTest extends ApplicationTest {

    private static final List<String> USERS = List.of("officer1", "supervisor1", "hq1", "custodian1", "counsel1",
            "designer1", "admin");
    private static final List<String> WRITERS = List.of("officer1", "supervisor1");
    /**
     * headquarters works the tasks offered to fpf-hq (App. B (E)(1)(b)(i) approval) and to its deciding groups (the
     * petition routing, issue 12 item 18); per-task grants do the rest
     */
    private static final List<String> WORKERS = List.of("officer1", "supervisor1", "custodian1", "counsel1", "hq1");
    /** The FP&F Officer (supervisor) or headquarters extends a period or decides on a late petition (171.2). */
    private static final List<String> DECIDERS = List.of("supervisor1", "hq1");
    private static final List<String> READERS = List.of("officer1", "supervisor1", "hq1", "custodian1", "counsel1");
    private static final List<String> CUSTODY = List.of("officer1", "supervisor1", "custodian1");

    private static Long partyId;
    private static Long bondId;

    record Row(HttpMethod method, String path, String body, List<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                new Row(HttpMethod.GET, "/api/v1/offices", null, USERS),
                new Row(HttpMethod.POST, "/api/v1/offices", "{\"code\":\"#OFFICE\",\"name\":\"Test office\",\"kind\":\"AIRPORT\"}",
                        List.of("admin")),
                new Row(HttpMethod.GET, "/api/v1/legal-parameters", null, USERS),
                new Row(HttpMethod.GET, "/api/v1/legal-parameters/penalty.floor.share", null, USERS),
                new Row(HttpMethod.POST, "/api/v1/legal-parameters/cost-bond.minimum",
                        "{\"value\":300,\"effectiveFrom\":\"#FUTURE\",\"citation\":\"test\",\"confidence\":\"R\"}",
                        List.of("admin")),
                new Row(HttpMethod.POST, "/api/v1/parties", "{\"name\":\"Matrix Importer\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}",
                        WRITERS),
                new Row(HttpMethod.GET, "/api/v1/parties/#PARTY", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/parties/#PARTY/violations",
                        "{\"statute\":\"1592\",\"findingDate\":\"2025-01-15\"}", WRITERS),
                new Row(HttpMethod.PUT, "/api/v1/parties/#PARTY/standing",
                        "{\"goodStanding\":true,\"reason\":\"matrix\",\"version\":#VERSION}", List.of("supervisor1")),
                new Row(HttpMethod.POST, "/api/v1/bonds", "{\"principalPartyId\":#PARTY,\"suretyName\":\"Surety\","
                        + "\"type\":\"SINGLE_TRANSACTION\",\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":10000}", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/bonds/#BOND", null, READERS),
                new Row(HttpMethod.GET, "/api/v1/bonds?principalPartyId=#PARTY", null, READERS),
                new Row(HttpMethod.GET, "/api/v1/cases", null, READERS),
                new Row(HttpMethod.GET, "/api/v1/cases/2026-PEN-999999", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/penalty-cases", "{\"partyId\":#PARTY,\"statute\":\"1595a\","
                        + "\"violationDate\":\"2025-01-01\",\"discoveryDate\":\"2025-02-01\",\"commercial\":true,"
                        + "\"articleValue\":75000}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/cases/2026-PEN-999999/petitions",
                        "{\"filedDate\":\"2026-01-05\",\"supplemental\":false,\"grounds\":\"g\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/cases/2026-PEN-999999/payments",
                        "{\"amount\":10,\"paidDate\":\"2026-01-05\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/cases/2026-PEN-999999/representations",
                        "{\"receivedDate\":\"2026-01-05\",\"summary\":\"s\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/cases/2026-PEN-999999/offers",
                        "{\"amount\":10,\"offeredDate\":\"2026-01-05\",\"terms\":\"t\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/liquidated-damages-cases", "{\"bondId\":#BOND,\"breach\":\"LATE_ISF\","
                        + "\"breachDate\":\"2026-06-01\"}", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/liquidated-damages-cases/2026-LD-999999/claim", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/liquidated-damages-cases/2026-LD-999999/extension-requests",
                        "{\"requestDate\":\"2026-01-05\",\"requestedUntil\":\"2026-03-05\",\"reason\":\"r\"}", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/bonds/#BOND/coverage", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/liquidated-damages-imports?wait=true",
                        "[{\"bondId\":#BOND,\"breach\":\"LATE_ISF\",\"breachDate\":\"2026-06-01\"}]", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/liquidated-damages-imports/999999", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases", "{\"partyId\":#PARTY,\"seizureDate\":\"2026-06-01\",\"discoveryDate\":\"2025-01-02\","
                        + "\"statute\":\"1595a(c)\",\"items\":[{\"description\":\"matrix\",\"quantity\":1,"
                        + "\"appraisedValue\":100}]}", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/seizure-cases/2026-SEZ-999999/property", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/abandonment",
                        "{\"signedDate\":\"2026-06-01\",\"signedBy\":\"x\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/claims",
                        "{\"filedDate\":\"2026-06-01\",\"claimant\":\"x\",\"bondAmount\":250}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/release-on-payment",
                        "{\"amount\":100,\"paidDate\":\"2026-06-01\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/trademark-owner-consent",
                        "{\"consentDate\":\"2026-06-01\",\"reference\":\"x\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/penalty-1592",
                        "{\"finalPenalty\":100}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/custody-events",
                        "{\"eventDate\":\"2026-06-01\",\"kind\":\"INSPECTED\"}", CUSTODY),
                new Row(HttpMethod.GET, "/api/v1/tasks", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/penalty-cases/2026-PEN-999999/extensions",
                        "{\"period\":\"PETITION\",\"newLastDay\":\"2026-06-01\",\"reason\":\"r\"}", DECIDERS),
                new Row(HttpMethod.POST, "/api/v1/seizure-cases/2026-SEZ-999999/extensions",
                        "{\"period\":\"PETITION\",\"newLastDay\":\"2026-06-01\",\"reason\":\"r\"}", DECIDERS),
                new Row(HttpMethod.POST, "/api/v1/cases/2026-PEN-999999/petitions/1/late-decision",
                        "{\"accept\":true,\"reason\":\"r\"}", DECIDERS),
                // issue 15 (standing): rows go right below this line
                new Row(HttpMethod.POST, "/api/v1/parties/#PARTY/affiliates",
                        "{\"affiliatePartyId\":999999999,\"relation\":\"PARENT\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/parties/#PARTY/affiliates/999999999/end",
                        "{\"reason\":\"matrix\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/parties/#PARTY/standing/clear",
                        "{\"reason\":\"matrix\",\"version\":#VERSION}", List.of("supervisor1")),

                // issue 15 (tiers): rows go right below this line
                new Row(HttpMethod.GET, "/api/v1/parties/#PARTY/risk", null, READERS),
                new Row(HttpMethod.GET, "/api/v1/parties/#PARTY/audit-results", null, READERS),
                new Row(HttpMethod.POST, "/api/v1/parties/#PARTY/audit-results", "{\"auditDate\":\"2026-01-05\","
                        + "\"kind\":\"OTHER\",\"result\":\"FAVORABLE\",\"reference\":\"MATRIX-1\"}", WRITERS),
                new Row(HttpMethod.GET, "/api/v1/parties/inactive", null, List.of("supervisor1", "hq1")),

                // issue 15 (vetting): rows go right below this line
                new Row(HttpMethod.GET, "/api/v1/vettings?due=2026-12-31", null, READERS),
                new Row(HttpMethod.GET, "/api/v1/vettings?partyId=#PARTY", null, READERS),

                // issue 15 (broker): rows go right below this line
                new Row(HttpMethod.GET, "/api/v1/parties/#PARTY/client-cases", null, READERS),

                // issue 15 (priority): rows go right below this line

                // issue 15 (foreignior): rows go right below this line

                // issue 15 (confidentiality): rows go right below this line
                new Row(HttpMethod.GET, "/api/v1/confidentiality-requests?partyId=#PARTY", null,
                        List.of("officer1", "supervisor1", "hq1", "counsel1")),
                new Row(HttpMethod.GET, "/api/v1/confidentiality-requests/999999999", null,
                        List.of("officer1", "supervisor1", "hq1", "counsel1")),
                new Row(HttpMethod.POST, "/api/v1/confidentiality-requests",
                        "{\"partyId\":#PARTY,\"scope\":\"MANIFEST_IMPORTER_IDENTITY\",\"reason\":\"matrix\"}", WRITERS),
                new Row(HttpMethod.POST, "/api/v1/confidentiality-requests/999999999/decision",
                        "{\"decision\":\"DENY\",\"reason\":\"matrix\",\"version\":0}", List.of("supervisor1")),
                new Row(HttpMethod.POST, "/api/v1/confidentiality-requests/999999999/review",
                        "{\"outcome\":\"CONTINUE\",\"reason\":\"matrix\",\"version\":0}", List.of("supervisor1")),
                new Row(HttpMethod.POST, "/api/v1/confidentiality-requests/999999999/renewal",
                        "{\"decision\":\"DO_NOT_RENEW\",\"reason\":\"matrix\",\"version\":0}", List.of("supervisor1")),
                new Row(HttpMethod.POST, "/api/v1/confidentiality-requests/999999999/withdrawal",
                        "{\"reason\":\"matrix\",\"version\":0}", WRITERS),

                // issue 15 (whatif): rows go right below this line
                new Row(HttpMethod.POST, "/api/v1/what-if", "{\"name\":\"penalty.floor.share\",\"value\":0.6,"
                        + "\"effectiveFrom\":\"#FUTURE\"}", List.of("admin")),
                new Row(HttpMethod.GET, "/api/v1/instruments", null, USERS),
                new Row(HttpMethod.POST, "/api/v1/instruments", "{\"title\":\"Matrix instrument\",\"citation\":\"#OFFICE\","
                        + "\"effectiveDate\":\"#FUTURE\",\"rules\":[\"CONFIDENTIALITY_REVIEW\"]}", List.of("admin")),

                new Row(HttpMethod.POST, "/api/v1/tasks/no-such-task/claim", null, WORKERS),
                new Row(HttpMethod.POST, "/api/v1/tasks/no-such-task/complete", "{}", WORKERS)
        ).flatMap(row -> USERS.stream().map(user -> Arguments.of(row, user)));
    }

    @BeforeEach
    void fixtures() throws Exception {
        if (partyId == null) {
            String body = mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Matrix Fixture Inc")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            partyId = json.readTree(body).get("id").asLong();
            String bond = mvc.perform(post("officer1", "/api/v1/bonds", "{\"principalPartyId\":" + partyId
                            + ",\"suretyName\":\"Surety\",\"type\":\"CONTINUOUS\",\"activity\":\"CUSTODIAL\",\"amount\":50000}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            bondId = json.readTree(bond).get("id").asLong();
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyTheAccessItsRowGrants(Row row, String user) throws Exception {
        MockHttpServletRequestBuilder request = request(row.method(), fill(row.path()))
                .with(httpBasic(user, user));
        if (row.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(fill(row.body()));
        }

        int code = mvc.perform(request).andReturn().getResponse().getStatus();

        if (row.allowed().contains(user)) {
            org.assertj.core.api.Assertions.assertThat(code).as(row + " as " + user).isNotIn(401, 403);
            org.assertj.core.api.Assertions.assertThat(code).as(row + " as " + user).isLessThan(500);
        } else {
            org.assertj.core.api.Assertions.assertThat(code).as(row + " as " + user).isEqualTo(403);
        }
    }

    @Test
    void withoutLoginEveryApiEndpointAnswers401WithAProblem() throws Exception {
        for (String path : List.of("/api/v1/offices", "/api/v1/parties/1", "/api/v1/cases", "/api/v1/legal-parameters")) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Autowired
    gov.fpf.process.identity.EngineAccess engineAccess;

    /** A user of its own: the engine throttles logins after a wrong password, which would lock out officer1. */
    @Test
    void aWrongPasswordIs401() throws Exception {
        engineAccess.ensureUser("mistyper", "right", "Mis", "Typer", List.of(Roles.OFFICER), java.util.Set.of(SEAPORT));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/offices")
                        .with(httpBasic("mistyper", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleRefusalIsAProblemThatSaysWhy() throws Exception {
        mvc.perform(post("designer1", "/api/v1/parties", usEntityJson("Nope")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(startsWith("Your role does not allow POST /api/v1/parties")));
    }

    private String fill(String template) throws Exception {
        String version = "0";
        if (template.contains("#VERSION")) {
            String party = mvc.perform(get("officer1", "/api/v1/parties/" + partyId)).andReturn().getResponse()
                    .getContentAsString();
            version = json.readTree(party).get("version").asText();
        }
        Map<String, String> values = Map.of(
                "#PARTY", partyId.toString(),
                "#BOND", bondId.toString(),
                "#VERSION", version,
                "#OFFICE", "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(),
                "#FUTURE", seaportToday().plusYears(5).plusDays(System.nanoTime() % 3000).toString());
        String result = template;
        for (var e : values.entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }
}
