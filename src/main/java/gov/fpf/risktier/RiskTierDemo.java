package gov.fpf.risktier;

import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.demo.DemoSeeder;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;

/**
 * The embedded default's demo of EO 14411 Sec. 2(e): one DEMO importer of record in each tier, with the records that
 * put it there (default parameters: finding 10 points, adverse audit 15, medium from 20, high from 50), scored on seed:
 * <ul>
 * <li>DEMO Low Risk Traders LLC: a favorable focused assessment, nothing else: 0 points, LOW;</li>
 * <li>DEMO Medium Risk Imports Inc: one final 1592 finding and one adverse quick response audit: 25 points, MEDIUM;</li>
 * <li>DEMO High Risk Global Supply Co: three final findings (1592, 1595a, 1592) and two adverse audits: 60 points,
 * HIGH (more when the derived standing counts its findings against good standing).</li>
 * </ul>
 * Idempotent: a party of that name already recorded is left as it is.
 */
@Component
class RiskTierDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(RiskTierDemo.class);

    static final String LOW = "DEMO Low Risk Traders LLC";
    static final String MEDIUM = "DEMO Medium Risk Imports Inc";
    static final String HIGH = "DEMO High Risk Global Supply Co";

    private final PartyService parties;
    private final RiskTierService tiers;
    private final TransactionTemplate tx;

    RiskTierDemo(PartyService parties, RiskTierService tiers, PlatformTransactionManager transactions) {
        this.parties = parties;
        this.tiers = tiers;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        LocalDate today = tiers.today();
        seedParty(LOW, "US", today, p -> tiers.recordAudit(p, today.minusMonths(6), IorAuditKind.FOCUSED_ASSESSMENT,
                IorAuditOutcome.FAVORABLE, "DEMO-FA-2026-001", "DEMO: internal controls found adequate"));
        seedParty(MEDIUM, "US", today, p -> {
            parties.recordViolation(p, "1592", today.minusMonths(8), null, "DEMO: negligent misclassification, penalty paid");
            tiers.recordAudit(p, today.minusMonths(3), IorAuditKind.QUICK_RESPONSE, IorAuditOutcome.ADVERSE,
                    "DEMO-QR-2026-014", "DEMO: valuation of related-party purchases not supported");
        });
        seedParty(HIGH, "CN", today, p -> {
            parties.recordViolation(p, "1592", today.minusYears(3), null, "DEMO: grossly negligent undervaluation");
            parties.recordViolation(p, "1595a", today.minusYears(1), null, "DEMO: merchandise introduced contrary to law");
            parties.recordViolation(p, "1592", today.minusMonths(5), null, "DEMO: false country of origin");
            tiers.recordAudit(p, today.minusYears(2), IorAuditKind.FOCUSED_ASSESSMENT, IorAuditOutcome.ADVERSE,
                    "DEMO-FA-2024-007", "DEMO: no reasonable care in classification");
            tiers.recordAudit(p, today.minusMonths(2), IorAuditKind.OTHER, IorAuditOutcome.ADVERSE,
                    "DEMO-CR-2026-031", "DEMO: records not produced on request");
        });
        log.info("Demo risk tiers ready: {}, {}, {}", LOW, MEDIUM, HIGH);
    }

    private void seedParty(String name, String country, LocalDate today, java.util.function.LongConsumer records) {
        boolean exists = parties.search(name).stream().anyMatch(p -> p.getName().equals(name));
        if (exists) {
            return;
        }
        tx.executeWithoutResult(s -> {
            Party party = parties.create(name, IorFacts.entity(country, "US".equals(country), "US".equals(country),
                            "US".equals(country), "US".equals(country), false),
                    new MailingAddress("1 Demo Way", "(DEMO address, not real)", "Long Beach", "CA", "90802", "US"),
                    Set.of(PartyRole.IMPORTER_OF_RECORD));
            records.accept(party.getId());
        });
        tx.executeWithoutResult(s -> parties.search(name).stream().filter(p -> p.getName().equals(name))
                .forEach(p -> tiers.recompute(p.getId())));
    }
}
