package gov.fpf.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.system.Problems;

/** The migration page in the catalogue: the form, a dry run with per-case answers, bad mappings, and who may use it. */
class MigrationPageTest extends ApplicationTest {

    private static final String DRILL = "PenaltyCasePageDrillProcess";

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;

    @Test
    void aDesignerDryRunsAMigrationFromTheCatalogue() throws Exception {
        String form = mvc.perform(get("designer1", "/processes/SeizureForfeitureProcess/migrate"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("migration-form", "Dry run");
        // the same version twice is refused with a sentence the designer can act on
        String same = mvc.perform(MockMvcRequestBuilders.post("/processes/SeizureForfeitureProcess/migrate")
                        .with(httpBasic("designer1", "designer1")).with(csrf())
                        .param("sourceVersion", "1").param("targetVersion", "1").param("action", "dry-run"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(same).contains("role=\"alert\"", "choose two different versions");
        // two versions of a drill copy of the penalty model (its own key, so no other test is affected)
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(DRILL).count() < 2) {
            repositoryService.createDeployment().name("page drill v1").addModelInstance(DrillModels.fileName(DRILL),
                    DrillModels.asDeployed(DRILL)).deploy();
            repositoryService.createDeployment().name("page drill v2").addModelInstance(DrillModels.fileName(DRILL),
                    DrillModels.revised(DRILL)).deploy();
        }
        String result = mvc.perform(MockMvcRequestBuilders.post("/processes/" + DRILL + "/migrate")
                        .with(httpBasic("designer1", "designer1")).with(csrf())
                        .param("renamed", "Task_ReviewRepresentations = " + DrillModels.TASK_REVIEW_REPRESENTATIONS_AND_EVIDENCE)
                        .param("action", "dry-run"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(result).contains("running cases can move", "Activities of the old version with no counterpart");
        String bad = mvc.perform(MockMvcRequestBuilders.post("/processes/SeizureForfeitureProcess/migrate")
                        .with(httpBasic("designer1", "designer1")).with(csrf())
                        .param("renamed", "no equals sign").param("action", "dry-run"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("role=\"alert\"", "oldActivityId = newActivityId");
    }

    @Test
    void officersMayNotOpenIt() throws Exception {
        mvc.perform(get("officer1", "/processes/SeizureForfeitureProcess/migrate")).andExpect(status().isForbidden());
    }

    @Test
    void renamedActivitiesAreReadOnePerLine() {
        assertThat(MigrationPage.renamedActivities("Task_A = Task_B\n\n Task_C=Task_D "))
                .isEqualTo(Map.of("Task_A", "Task_B", "Task_C", "Task_D"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationPage.renamedActivities("x"))
                .isInstanceOf(Problems.InvalidInput.class);
    }
}
