package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

class OperationsEndpointsTest extends ApplicationTest {

    @Test
    void healthIsPublicAndShowsTheEngineAndJobExecutorToAdministrators() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health").with(httpBasic("admin", "admin")))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void onlyHealthInfoMetricsAndPrometheusAreExposed() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/actuator/metrics").with(httpBasic("hq1", "hq1"))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic("officer1", "officer1"))).andExpect(status().isForbidden());
        for (String hidden : new String[] {"env", "beans", "configprops", "loggers", "heapdump", "threaddump", "mappings"}) {
            mvc.perform(MockMvcRequestBuilders.get("/actuator/" + hidden).with(httpBasic("admin", "admin"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/parties']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/bonds']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseNumber}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal-parameters/{name}/in-force']").exists());
    }

    @Test
    void theMysqlProfileRefusesToStartWithoutTheAdministratorsPassword() {
        MockEnvironment mysql = new MockEnvironment();
        mysql.setActiveProfiles("mysql");

        assertThatThrownBy(() -> new MysqlAdminPasswordCheck().postProcessEnvironment(mysql, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FPF_ADMIN_PASSWORD");

        mysql.setProperty("FPF_ADMIN_PASSWORD", "s3cret");
        new MysqlAdminPasswordCheck().postProcessEnvironment(mysql, new SpringApplication());
        MockEnvironment embedded = new MockEnvironment();
        new MysqlAdminPasswordCheck().postProcessEnvironment(embedded, new SpringApplication());
        assertThat(embedded.getActiveProfiles()).isEmpty();
    }
}
