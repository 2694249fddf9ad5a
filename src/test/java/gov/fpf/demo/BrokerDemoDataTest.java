package gov.fpf.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;

/** The demo broker: its 1641 case is assessed at the maximum, its two clients' cases name it; a second run adds nothing. */
class BrokerDemoDataTest extends ApplicationTest {

    @Autowired
    BrokerDemoData seeder;

    @Test
    void theDemoBrokerHasItsCaseAndTwoClientCasesOnce() throws Exception {
        seeder.seed(SEAPORT, EXPRESS_HUB);
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        seeder.seed(SEAPORT, EXPRESS_HUB);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);

        long broker = jdbc.queryForObject("SELECT id FROM party WHERE name = ?", Long.class, BrokerDemoData.BROKER);
        JsonNode clients = json.readTree(mvc.perform(get("officer1", "/api/v1/parties/{id}/client-cases", broker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(clients.get("total").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_case p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.party_id = ? AND p.broker_conduct = 'NO_DUE_DILIGENCE' AND c.demo = TRUE", Long.class, broker))
                .isEqualTo(1);
    }
}
