package gov.fpf.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import gov.fpf.process.identity.EngineAccess;

/** Every start, every profile: the role groups and their engine authorizations exist. */
@Component
@Order(0)
class AccessBootstrap implements ApplicationRunner {

    private final EngineAccess engineAccess;
    private final gov.fpf.process.identity.TasklistFilters tasklistFilters;

    AccessBootstrap(EngineAccess engineAccess, gov.fpf.process.identity.TasklistFilters tasklistFilters) {
        this.engineAccess = engineAccess;
        this.tasklistFilters = tasklistFilters;
    }

    @Override
    public void run(ApplicationArguments args) {
        engineAccess.ensureRolesAndGrants();
        tasklistFilters.ensureFilters();
    }
}
