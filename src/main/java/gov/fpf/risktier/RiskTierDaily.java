package gov.fpf.risktier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scores every importer of record once a day (a look-back moves, a debt falls past due, an instrument takes effect
 * without any record changing). It runs where the engine's job executor runs, so not in the tests, which drive time
 * themselves and call {@link RiskTierService#recomputeAll()} when they need it. When: {@code fpf.risk-tier.daily-cron}
 * (default 02:15 at headquarters).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class RiskTierDaily {

    private static final Logger log = LoggerFactory.getLogger(RiskTierDaily.class);

    private final RiskTierService tiers;

    RiskTierDaily(RiskTierService tiers) {
        this.tiers = tiers;
    }

    @Scheduled(cron = "${fpf.risk-tier.daily-cron:0 15 2 * * *}", zone = "America/New_York")
    void daily() {
        int changed = tiers.recomputeAll();
        log.info("Risk tiers recomputed; {} changed", changed);
    }
}
