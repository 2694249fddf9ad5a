package gov.fpf.standing;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.demo.DemoSeeder;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.AffiliateRelation;
import gov.fpf.party.IllicitImport;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.party.PartyStandings;
import gov.fpf.penalty.PenaltyDemoCases;

/**
 * The embedded default's DEMO parties of each good standing (EO 14411 Sec. 2(d)), each with a DEMO penalty case so the
 * flag shows on the case page and in the worklist: one in good standing, one not by findings in the look-back, one
 * not by a finding of illegally importing fentanyl, one not through its parent's findings, one by a supervisor's
 * override. Idempotent: nothing is added when the first of them exists.
 */
@Component
@ConditionalOnProperty(name = "fpf.demo.enabled", havingValue = "true")
class StandingDemo implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(StandingDemo.class);
    static final String GOOD = "DEMO Harbor Goods LLC (in good standing)";

    private final PartyService parties;
    private final PartyStandings standings;
    private final PenaltyDemoCases penaltyDemoCases;
    private final TransactionTemplate tx;

    StandingDemo(PartyService parties, PartyStandings standings, PenaltyDemoCases penaltyDemoCases,
                 TransactionTemplate tx) {
        this.parties = parties;
        this.standings = standings;
        this.penaltyDemoCases = penaltyDemoCases;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        if (parties.search(GOOD).stream().anyMatch(p -> p.getName().equals(GOOD))) {
            return;
        }
        LocalDate today = standings.today();
        Party good = party(GOOD);
        Party findings = party("DEMO Repeat Findings Trading Co (not in good standing: findings)");
        finding(findings, "1592", today.minusMonths(10), "DEMO: misdeclared value of furniture", null);
        finding(findings, "1592", today.minusYears(3), "DEMO: misclassified steel wire", null);
        Party illicit = party("DEMO Coastal Pharma Imports (not in good standing: fentanyl)");
        finding(illicit, "SEIZURE 1595a(c)", today.minusYears(7), "DEMO: fentanyl found in a declared shipment of"
                + " supplements; forfeited", IllicitImport.FENTANYL);
        Party parent = party("DEMO Parent Holdings Corp (findings)");
        finding(parent, "1592", today.minusMonths(6), "DEMO: undervalued apparel", null);
        finding(parent, "1641", today.minusYears(2), "DEMO: broker records not kept", null);
        Party subsidiary = party("DEMO Subsidiary Imports Inc (not in good standing: its parent)");
        tx.executeWithoutResult(s -> standings.addAffiliate(subsidiary.getId(), parent.getId(), AffiliateRelation.PARENT,
                today.minusYears(4), "DEMO: wholly owned by the parent"));
        Party overridden = party("DEMO Override Logistics (not in good standing: supervisor's override)");
        tx.executeWithoutResult(s -> {
            Party current = parties.get(overridden.getId());
            standings.override(current.getId(), current.getVersion(), false, "DEMO: CBP revoked the importer's"
                    + " bond sufficiency pending review of its payment history", null);
        });
        for (Party p : new Party[] {good, findings, illicit, subsidiary, overridden}) {
            penaltyDemoCases.openDemoCase(seaportOffice, p, "DEMO goods of " + p.getName(),
                    "DEMO: a case of a party whose good standing the demo shows");
        }
        log.info("Demo parties of each good standing ready (marked DEMO)");
    }

    private Party party(String name) {
        return tx.execute(s -> parties.create(name, IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("500 Demo Way", "(DEMO address, not real)", "Long Beach", "CA", "90802", "US")));
    }

    private void finding(Party party, String statute, LocalDate date, String description, IllicitImport illicit) {
        tx.executeWithoutResult(s -> parties.recordViolation(party.getId(), statute, date, null, description, illicit));
    }
}
