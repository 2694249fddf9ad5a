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
import gov.fpf.party.PartyRecorded;
import gov.fpf.system.BusinessDay;

/**
 * When vetting instances start (EO 14411 Sec. 2(f), only while the rule is in force):
 * <ul>
 * <li>a party is recorded: its first vetting starts once the recording has committed;</li>
 * <li>a finding is recorded on a party: it is vetted at once ({@link VettingService#newFinding});</li>
 * <li>every day at 00:30 headquarters time, and so on the day an instrument puts the rule in force: every party with a
 * role and no vetting instance is taken on (the parties recorded before, and any start that failed).</li>
 * </ul>
 * A start that fails after the commit is logged and left to the daily check; it never undoes the party or the finding.
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

    VettingStarter(VettingService vettings, Clock clock, PlatformTransactionManager transactions) {
        this.vettings = vettings;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        // after the recording transaction committed its resources are still bound: work in a transaction of its own
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void partyRecorded(PartyRecorded event) {
        try {
            newTransaction.executeWithoutResult(s -> vettings.startIfDue(event.partyId(), VettingTrigger.FIRST, today()));
        } catch (RuntimeException e) {
            log.warn("First vetting of party {} not started ({}); the daily check will start it", event.partyId(),
                    e.getMessage());
        }
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
        takeOn(today());
    }

    /** Starts the vetting of every party with a role and none running, if the rule is in force; how many started. */
    int takeOn(LocalDate on) {
        if (!vettings.inForce(on)) {
            return 0;
        }
        int started = 0;
        for (long partyId : vettings.partiesToTakeOn()) {
            try {
                if (Boolean.TRUE.equals(newTransaction.execute(s -> vettings.startIfDue(partyId, VettingTrigger.FIRST, on)))) {
                    started++;
                }
            } catch (RuntimeException e) {
                log.warn("Vetting of party {} not started ({})", partyId, e.getMessage());
            }
        }
        if (started > 0) {
            log.info("Recurrent vetting (EO 14411 Sec. 2(f)): {} part(ies) taken on", started);
        }
        return started;
    }

    private LocalDate today() {
        return BusinessDay.today(clock);
    }
}
