package gov.fpf.standing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import gov.fpf.party.PartyStandings;

/**
 * Good standing changes by the passage of time too (EO 14411 Sec. 2(d)): a debt falls past due, a finding leaves the
 * look-back, an override expires, an instrument's effective date arrives. Every party is derived again at start and
 * daily just after midnight UTC, on the nodes that run jobs (the job executor's switch: off in the tests, which call
 * {@link PartyStandings#recomputeAll()} themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class DailyStandingRecompute {

    private static final Logger log = LoggerFactory.getLogger(DailyStandingRecompute.class);

    private final PartyStandings standings;

    DailyStandingRecompute(PartyStandings standings) {
        this.standings = standings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        daily();
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    public void daily() {
        int changed = standings.recomputeAll();
        log.info("Good standing derived again for every party ({} changed)", changed);
    }
}
