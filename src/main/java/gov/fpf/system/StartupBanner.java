package gov.fpf.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the app where to point the browser. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        log.info("""

                ==========================================================================
                 FP&F case workflow is up. Point your browser at {}/
                   Tasklist  {}/camunda/app/tasklist/   Cockpit {}/camunda/app/cockpit/
                   API docs  {}/swagger-ui.html         Health  {}/actuator/health
                 Demo users (embedded default only): officer1/officer1, supervisor1/supervisor1, ...
                ==========================================================================""",
                base, base, base, base, base);
    }
}
