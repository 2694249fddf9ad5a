package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * Bad input to every endpoint: 400 with a problem body a person can act on, and nothing stored (no row in any
 * domain table, no audit event).
 */
class BadInputTest extends ApplicationTest {

    private static final List<String> TABLES = List.of("office", "party", "violation_record", "bond", "case_file",
            "legal_parameter", "audit_event", "ACT_RU_EXECUTION", "ACT_HI_PROCINST");

    private static Long partyId;

    record Bad(String user, HttpMethod method, String path, String body, String detailMentions) {
        @Override
        public String toString() {
            return method + " " + path + " " + (body == null ? "" : body.replace('\n', ' '));
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // parties
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{", "not valid JSON"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "", "missing"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "[]", ""),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}", "name"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"ROBOT\"}", "INDIVIDUAL, ENTITY"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\"}", "usCitizenOrLpr"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":\"maybe\"}", "usCitizenOrLpr"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties",
                        "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true,\"countryOfOrganization\":\"US\"}", "individual"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"US\"}", "entity needs"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties",
                        "{\"name\":\"X\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"usa\",\"principalPlaceOfBusinessUs\":true,"
                                + "\"significantUsPresence\":true,\"sufficientUsAssets\":true,\"controllingOwnersUsPersons\":true,"
                                + "\"ownsSignificantUsRealProperty\":false}", "two-letter"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true,\"iorClass\":\"US\"}", "Unknown field 'iorClass'"),
                new Bad("officer1", HttpMethod.GET, "/api/v1/parties/abc", null, "id"),
                // violations and standing
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"2025-13-01\"}", "findingDate"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"\",\"findingDate\":\"2025-01-01\"}", "statute"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"2025-01-01\",\"caseNumber\":\"PEN-1\"}", "case number"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"2999-01-01\"}", "future"),
                new Bad("supervisor1", HttpMethod.PUT, "/api/v1/parties/#PARTY/standing", "{\"goodStanding\":false,\"version\":0}", "reason"),
                new Bad("supervisor1", HttpMethod.PUT, "/api/v1/parties/#PARTY/standing", "{\"goodStanding\":false,\"reason\":\"x\",\"version\":-1}", "version"),
                // bonds
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":0"), "amount"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":12.345"), "two decimals"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":\"lots\""), "amount"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":1000").replace("SINGLE_TRANSACTION", "FOREVER"),
                        "CONTINUOUS, SINGLE_TRANSACTION"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds",
                        "{\"principalPartyId\":987654321,\"suretyName\":\"S\",\"type\":\"SINGLE_TRANSACTION\","
                                + "\"activity\":\"CUSTODIAL\",\"amount\":1000}", "no party with id 987654321"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":1000,\"foreignContinuousPermitted\":true"), "permitReference"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":1000,\"effectiveDate\":\"tomorrow\""), "YYYY-MM-DD"),
                // offices
                new Bad("admin", HttpMethod.POST, "/api/v1/offices", "{\"code\":\"la-1\",\"name\":\"X\",\"kind\":\"SEAPORT\"}", "capital letters"),
                new Bad("admin", HttpMethod.POST, "/api/v1/offices", "{\"code\":\"NEWONE\",\"name\":\"\",\"kind\":\"SEAPORT\"}", "name"),
                // legal parameters
                new Bad("admin", HttpMethod.POST, "/api/v1/legal-parameters/penalty.floor.share",
                        "{\"effectiveFrom\":\"2031-01-01\",\"citation\":\"c\",\"confidence\":\"EO\"}", "value"),
                new Bad("admin", HttpMethod.POST, "/api/v1/legal-parameters/penalty.floor.share",
                        "{\"value\":0.6,\"effectiveFrom\":\"2031-01-01\",\"citation\":\"c\",\"confidence\":\"X\"}", "confidence"),
                new Bad("admin", HttpMethod.POST, "/api/v1/legal-parameters/penalty.floor.share",
                        "{\"value\":1.5,\"effectiveFrom\":\"2031-01-01\",\"citation\":\"c\",\"confidence\":\"EO\"}", "out of range"),
                new Bad("admin", HttpMethod.POST, "/api/v1/legal-parameters/no.such.parameter",
                        "{\"value\":1,\"effectiveFrom\":\"2031-01-01\",\"citation\":\"c\",\"confidence\":\"R\"}", "no legal parameter"),
                new Bad("officer1", HttpMethod.GET, "/api/v1/legal-parameters/penalty.floor.share/in-force?on=someday", null, "on"),
                // cases
                new Bad("officer1", HttpMethod.GET, "/api/v1/cases?family=TAXES", null, "PENALTY, LIQUIDATED_DAMAGES, SEIZURE"),
                new Bad("officer1", HttpMethod.GET, "/api/v1/cases?page=-1", null, "page"),
                new Bad("officer1", HttpMethod.GET, "/api/v1/cases?size=0", null, "size"),
                new Bad("officer1", HttpMethod.GET, "/api/v1/cases/not-a-case", null, "2026-PEN-000123"),
                // strict JSON: no duplicate keys, no numbers taken as dates, booleans, text or enum ordinals
                new Bad("admin", HttpMethod.POST, "/api/v1/offices",
                        "{\"code\":\"DUPKEY\",\"name\":\"X\",\"kind\":\"SEAPORT\",\"name\":null}", "Duplicate field 'name'"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations",
                        "{\"statute\":\"1592\",\"findingDate\":\"2025-01-01\",\"statute\":\"1641\"}", "Duplicate field 'statute'"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":123}", "findingDate"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"0001-01-01\"}", "1900-01-01"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"2025-02-30\"}", "findingDate"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"1592\",\"findingDate\":\"2025-01-01T10:00\"}", "findingDate"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"BOGUS\",\"findingDate\":\"2025-01-01\"}", "1595a"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":\"true\",\"findingDate\":\"2025-01-01\"}", "statute"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties/#PARTY/violations", "{\"statute\":1592,\"findingDate\":\"2025-01-01\"}", "statute"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":1}", "usCitizenOrLpr"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":\"true\"}", "usCitizenOrLpr"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":0,\"usCitizenOrLpr\":true}", "kind"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"1\",\"usCitizenOrLpr\":true}", "kind"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":42,\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}", "name"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/parties", "{\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true} {}", "JSON"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/bonds", bond("\"amount\":\"1000\""), "amount"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/penalty-cases", penalty("\"culpability\":0"), "culpability"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/penalty-cases", penalty("\"culpability\":\"NEGLIGENCE\",\"commercial\":-1"), "commercial"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/seizure-cases", seizure("BOGUS"), "1526(e)"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/seizure-cases", seizure("2026-02-30"), "statute"),
                new Bad("officer1", HttpMethod.POST, "/api/v1/seizure-cases", seizure("continuous"), "statute")
        ).map(Arguments::of);
    }

    private static String bond(String fields) {
        return "{\"principalPartyId\":#PARTY,\"suretyName\":\"Surety\",\"type\":\"SINGLE_TRANSACTION\","
                + "\"activity\":\"IMPORTATION_AND_ENTRY\"," + fields + "}";
    }

    private static String penalty(String fields) {
        return "{\"partyId\":#PARTY,\"statute\":\"1592\",\"violationDate\":\"2025-06-02\",\"discoveryDate\":\"2025-09-15\","
                + "\"dutiableValue\":400000,\"domesticValue\":600000,\"lossOfRevenue\":20000,\"commercial\":true,"
                + "\"priorDisclosure\":false," + fields + "}";
    }

    private static String seizure(String statute) {
        return "{\"partyId\":#PARTY,\"seizureDate\":\"2025-06-02\",\"discoveryDate\":\"2025-01-02\",\"statute\":\"" + statute + "\","
                + "\"items\":[{\"description\":\"tires\",\"quantity\":10,\"appraisedValue\":1000}]}";
    }

    @BeforeEach
    void party() throws Exception {
        if (partyId == null) {
            String body = mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Bad Input Fixture LLC")))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            partyId = json.readTree(body).get("id").asLong();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsRefusedWith400AndStoresNothing(Bad bad) throws Exception {
        Map<String, Long> before = rowCounts();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(bad.method(),
                bad.path().replace("#PARTY", partyId.toString())).with(httpBasic(bad.user(), bad.user()));
        if (bad.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(bad.body().replace("#PARTY", partyId.toString()));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("title").asText()).isEqualTo("Invalid input");
        assertThat(problem.path("detail").asText()).isNotBlank().containsIgnoringCase(bad.detailMentions());
        assertThat(rowCounts()).as("nothing stored").isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t,
                t -> jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
    }
}
