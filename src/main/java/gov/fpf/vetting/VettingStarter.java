package gov.fpf.vetting;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.party.PartyFindingRecorded;
import gov.fpf.system.BusinessDay;

/**
 * When vetting instances start (EO 14411 Sec. 2(f), only while the rule is in force):
 * <ul>
 * <li>every day at 00:30 headquarters time, and at start-up: every party with a role and no vetting instance is taken
 * on. So the parties recorded before the rule came into force are taken on on its first day, and a party recorded
 * today is taken on tonight, by when the case it was recorded for exists and names the office that vets it (a party
 * is recorded before its case is opened, and a vetting's office is fixed when its instance starts);</li>
 * <li>a finding is recorded on a party: it is vetted at once ({@link VettingService#newFinding}), a party without an
 * instance included.</li>
 * </ul>
 * The daily check runs on the nodes that run the job executor ({@code camunda.bpm.job-execution.enabled}), like the
 * models' timers; the test profile and the MariaDB suite turn both off and start vettings themselves. A start that
 * fails is logged and left to the next check; it never undoes the finding.
 */
@Component
class VettingStarter {

    /** Runs {@link #daily()}; scheduling is otherwise unused by the application. */
    @Configuration
    @EnableScheduling
    static class Schedule {
    }

    private static final Logger log = LoggerFactory.getLogger(VettingStarter.class);

    private final VettingService vettings;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final boolean jobExecution;

    VettingStarter(VettingService vettings, Clock clock, PlatformTransactionManager transactions,
                   @org.springframework.beans.factory.annotation.Value("${camunda.bpm.job-execution.enabled:true}")
                   boolean jobExecution) {
        this.jobExecution = jobExecution;
        this.vettings = vettings;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        // after the recording transaction committed its resources are still bound: work in a transaction of its own
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void findingRecorded(PartyFindingRecorded event) {
        try {
            newTransaction.executeWithoutResult(s -> vettings.newFinding(event.partyId(), event.violationRecordId(),
                    today()));
        } catch (RuntimeException e) {
            log.warn("Vetting of party {} on its new finding {} not opened ({})", event.partyId(),
                    event.violationRecordId(), e.getMessage());
        }
    }

    @Scheduled(cron = "0 30 0 * * *", zone = "America/New_York")
    void daily() {
        if (jobExecution) {
            takeOn(today());
        }
    }

    /** At start-up, after the demo data (DemoData runs at order 10). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atStartUp() {
        if (jobExecution) {
            takeOn(today());
        }
    }

    /** Starts the vetting of every party with a role and none running, if the rule is in force; how many started. */
    int takeOn(LocalDate on) {
        if (!vettings.inForce(on)) {
            return 0;
        }
        int started = 0;
        for (long partyId : vettings.partiesToTakeOn()) {
            if (takeOn(partyId, on)) {
                started++;
            }
        }
        if (started > 0) {
            log.info("Recurrent vetting (EO 14411 Sec. 2(f)): {} part(ies) taken on", started);
        }
        return started;
    }

    /** Starts the party's first vetting if the rule is in force and it has none running; whether it started. */
    boolean takeOn(long partyId, LocalDate on) {
        try {
            return Boolean.TRUE.equals(newTransaction.execute(s -> vettings.startIfDue(partyId, VettingTrigger.FIRST, on)));
        } catch (RuntimeException e) {
            log.warn("Vetting of party {} not started ({})", partyId, e.getMessage());
            return false;
        }
    }

    private LocalDate today() {
        return BusinessDay.today(clock);
    }
}
