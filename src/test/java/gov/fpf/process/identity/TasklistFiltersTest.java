package gov.fpf.process.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;
import gov.fpf.system.Roles;

/** Tasklist's saved filters exist from startup, and each shows a user only their groups' work in their offices. */
class TasklistFiltersTest extends ApplicationTest {

    @Autowired
    FilterService filterService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TasklistFilters filters;

    private Filter named(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }

    @Test
    void everyRoleHasItsSavedFiltersAndStartingAgainAddsNone() {
        for (TasklistFilters.Definition d : filters.definitions()) {
            assertThat(named(d.name())).as(d.name()).isNotNull();
            assertThat(named(d.name()).getProperties()).containsKeys("description", "priority", "variables");
        }
        assertThat(filters.ensureFilters()).isZero();
    }

    @Test
    void theOfficersPenaltyFilterShowsOnlyTheirOfficesPenaltyTasks() throws Exception {
        // given a penalty case at the seaport, waiting for its officer's culpability and amount
        mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party("Filter Probe Co"))))
                .andExpect(status().isCreated());
        Filter penalty = named("My office's penalty tasks");
        identityService.setAuthentication("officer1", List.of(Roles.OFFICER), List.of(SEAPORT));
        try {
            List<Task> tasks = filterService.list(penalty.getId());
            assertThat(tasks).isNotEmpty();
            assertThat(tasks).allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(SEAPORT));
            assertThat(tasks).allSatisfy(t -> assertThat(t.getProcessDefinitionId()).startsWith(PenaltyCaseProcess.KEY));
        } finally {
            identityService.clearAuthentication();
        }
        identityService.setAuthentication("officer2", List.of(Roles.OFFICER), List.of(EXPRESS_HUB));
        try {
            assertThat(filterService.<Task>list(penalty.getId()))
                    .allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(EXPRESS_HUB));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void theSupervisorsApprovalFilterShowsTheSummarySaleWaitingForThem() {
        Filter approvals = named("Waiting for supervisor approval");
        identityService.setAuthentication("supervisor1", List.of(Roles.SUPERVISOR, Roles.OFFICER), List.of(SEAPORT));
        try {
            assertThat(filterService.<Task>list(approvals.getId())).allSatisfy(t -> assertThat(t.getTaskDefinitionKey())
                    .isIn(PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION,
                            SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
