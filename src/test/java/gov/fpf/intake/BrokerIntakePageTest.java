package gov.fpf.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;

/** Issue 15 item 4 on the New case page: the broker's conduct (1641) and the broker the importer used (any statute). */
class BrokerIntakePageTest extends ApplicationTest {

    private static final LocalDate DAY = seaportToday().minusDays(15);

    private static MockHttpServletRequestBuilder form(String... fields) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/new/penalty")
                .with(httpBasic("officer1", "officer1")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    private long broker(String name) throws Exception {
        String body = usEntityJson(name).replace("\"ownsSignificantUsRealProperty\":false",
                "\"ownsSignificantUsRealProperty\":false,\"roles\":[\"CUSTOMS_BROKER\"]");
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from case_file", Integer.class);
    }

    private static String caseOf(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl().substring("/cases/".length());
    }

    @Test
    void thePenaltyFormAsksForTheBrokersConductAndTheBrokerTheImporterUsed() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("officer1", "/cases/new/penalty")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("What the licensed broker did (EO 14411 Sec. 4(a))", "value=\"NO_DUE_DILIGENCE\"",
                "repeatedly represented noncompliant clients", "value=\"IDENTITY_VERIFICATION\"",
                "Customs broker the importer used", "Party number of the customs broker", "<label for=\"f-brokerConduct\"",
                "<label for=\"f-brokerPartyId\"");
    }

    @Test
    void aBrokerCaseAndAClientCaseAreOpenedFromThePageAndTheCasePageShowsThem() throws Exception {
        long broker = broker("Intake Page Brokerage LLC");
        String brokerCase = caseOf(mvc.perform(form("officeCode", SEAPORT, "partyMode", "existing",
                "partyId", String.valueOf(broker), "statute", "1641", "licensedBroker", "true", "brokerViolations", "2",
                "brokerConduct", "UNTIMELY_COOPERATION", "violationDate", DAY.toString(), "discoveryDate", DAY.toString(),
                "commercial", "true")).andReturn());
        JsonNode facts = json.readTree(mvc.perform(get("officer1", "/api/v1/penalty-cases/{n}", brokerCase))
                .andReturn().getResponse().getContentAsString());
        assertThat(facts.get("brokerConduct").asText()).isEqualTo("UNTIMELY_COOPERATION");
        String casePage = HtmlUtils.htmlUnescape(mvc.perform(get("officer1", "/cases/{n}?tab=facts", brokerCase))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(casePage).contains("Broker's conduct", "Failed to cooperate in time with CBP's requests for information");

        long importer = party("Intake Page Broker Client Inc");
        String clientCase = caseOf(mvc.perform(form("officeCode", SEAPORT, "partyMode", "existing",
                "partyId", String.valueOf(importer), "statute", "1592", "culpability", "NEGLIGENCE",
                "violationDate", DAY.toString(), "discoveryDate", DAY.toString(), "commercial", "true",
                "dutiableValue", "1000", "domesticValue", "1500", "lossOfRevenue", "100", "priorDisclosure", "false",
                "brokerPartyId", String.valueOf(broker))).andReturn());
        String clientPage = HtmlUtils.htmlUnescape(mvc.perform(get("officer1", "/cases/{n}?tab=facts", clientCase))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(clientPage).contains("Customs broker the importer used", "Intake Page Brokerage LLC");
    }

    @Test
    void anUnknownConductOrABrokerThatIsNotOneIsRefusedOnThePageAndNothingIsStored() throws Exception {
        long importer = party("Intake Page Not A Broker Inc");
        int before = cases();
        String wrongChoice = HtmlUtils.htmlUnescape(mvc.perform(form("officeCode", SEAPORT, "partyMode", "existing",
                        "partyId", String.valueOf(importer), "statute", "1641", "licensedBroker", "true",
                        "brokerViolations", "1", "brokerConduct", "SLOW_PAPERWORK", "violationDate", DAY.toString(),
                        "discoveryDate", DAY.toString(), "commercial", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(wrongChoice).contains("Choose one of the options offered.", "href=\"#f-brokerConduct\"");
        String notABroker = HtmlUtils.htmlUnescape(mvc.perform(form("officeCode", SEAPORT, "partyMode", "existing",
                        "partyId", String.valueOf(importer), "statute", "1592", "culpability", "NEGLIGENCE",
                        "violationDate", DAY.toString(), "discoveryDate", DAY.toString(), "commercial", "true",
                        "dutiableValue", "1000", "domesticValue", "1500", "lossOfRevenue", "100", "priorDisclosure", "false",
                        "brokerPartyId", String.valueOf(party("Intake Page Plain Importer Co"))))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());
        assertThat(notABroker).contains("is not recorded as a customs broker", "Open a penalty case");
        assertThat(cases()).isEqualTo(before);
    }
}
