package gov.fpf.process.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;

/**
 * Issue 14 item 9: our overrides of the webapps' config.js and user-styles.css are the ones served (the banner hidden,
 * the case-link plugins loaded), and every Tasklist filter shows the case columns, added to existing filters once.
 */
class WebappCustomizationTest extends ApplicationTest {

    @Autowired
    FilterService filterService;

    @Autowired
    TasklistFilters tasklistFilters;

    @Autowired
    TaskService taskService;

    private String served(String path) throws Exception {
        return mvc.perform(get("officer1", path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWebappsServeOurStylesheetHidingTheBannerAndOurConfigurationLoadingTheCaseLinks() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(served("/camunda/app/" + app + "/styles/user-styles.css")).as(app)
                    .contains(".ce-eol-banner", "display: none !important");
            assertThat(served("/camunda/app/" + app + "/scripts/config.js")).as(app).contains("FP&F", "export default");
        }
        assertThat(served("/camunda/app/tasklist/scripts/config.js")).contains("customScripts: ['scripts/fpf-case-link']",
                "claimTask");
        assertThat(served("/camunda/app/cockpit/scripts/config.js")).contains("customScripts: ['scripts/fpf-case-link']");
        assertThat(served("/camunda/app/tasklist/scripts/fpf-case-link.js")).contains("pluginPoint: 'tasklist.card'",
                "pluginPoint: 'tasklist.task.detail'", "/variables/caseNumber", "textContent")
                .doesNotContain("innerHTML");
        assertThat(served("/camunda/app/cockpit/scripts/fpf-case-link.js"))
                .contains("pluginPoint: 'cockpit.processInstance.runtime.action'",
                        "pluginPoint: 'cockpit.processInstance.runtime.tab'", "businessKey", "textContent")
                .doesNotContain("innerHTML");
        // the banner's text itself still comes with the webjar: what hides it is the stylesheet above
        assertThat(served("/camunda/app/tasklist/locales/en.json")).contains("BANNER_CE_EOL_TEXT");
    }

    @Test
    void everyTaskFilterShowsTheCaseColumnsAndAFilterWithoutThemGetsThemOnce() {
        List<Filter> filters = filterService.createTaskFilterQuery().list();
        assertThat(filters).extracting(Filter::getName).contains("All tasks", "My tasks");
        for (Filter f : filters) {
            assertThat(String.valueOf(f.getProperties().get("variables"))).as(f.getName())
                    .contains("caseNumber", "officeCode", "partyName");
        }
        // an administrator's filter made in Tasklist with a column of its own and none of ours
        Filter own = filterService.newTaskFilter("Columns probe (test)");
        own.setQuery(taskService.createTaskQuery());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", 99);
        properties.put("variables", new ArrayList<>(List.of(Map.of("name", "amount", "label", "Amount"))));
        own.setProperties(properties);
        filterService.saveFilter(own);
        try {
            assertThat(tasklistFilters.ensureFilters()).isZero();
            Filter updated = filterService.getFilter(own.getId());
            assertThat(updated.getProperties()).containsEntry("priority", 99);
            assertThat(String.valueOf(updated.getProperties().get("variables")))
                    .containsSubsequence("amount", "caseNumber", "officeCode", "partyName");
            assertThat(tasklistFilters.ensureCaseColumns()).as("a second start changes nothing").isZero();
        } finally {
            filterService.deleteFilter(own.getId());
        }
    }
}
