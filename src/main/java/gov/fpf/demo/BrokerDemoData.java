package gov.fpf.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.office.MailingAddress;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.penalty.PenaltyCaseController.NewPenaltyCase;
import gov.fpf.penalty.PenaltyCaseService;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.system.BusinessDay;

/**
 * Issue 15 item 4 in the embedded demo: a DEMO customs broker with a 1641 case for failing to conduct due diligence
 * (assessed at the maximum under the DEMO instrument) and two of its clients' 1592 cases that name it, so its party
 * page lists them. Idempotent: nothing is made when the broker exists.
 */
@Component
class BrokerDemoData implements DemoSeeder {

    static final String BROKER = "DEMO Harbor Customs Brokerage LLC";

    private final PartyService parties;
    private final PenaltyCaseService penaltyCases;
    private final TransactionTemplate tx;
    private final Clock clock;

    BrokerDemoData(PartyService parties, PenaltyCaseService penaltyCases, TransactionTemplate tx, Clock clock) {
        this.parties = parties;
        this.penaltyCases = penaltyCases;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        if (parties.search(BROKER).stream().anyMatch(p -> BROKER.equals(p.getName()))) {
            return;
        }
        LocalDate today = BusinessDay.today(clock);
        MailingAddress address = new MailingAddress("300 Ocean Blvd", "(DEMO address, not real)", "Long Beach", "CA",
                "90802", "US");
        Party broker = tx.execute(s -> parties.create(BROKER, IorFacts.entity("US", true, true, true, true, false), address,
                EnumSet.of(PartyRole.CUSTOMS_BROKER)));
        Party first = tx.execute(s -> parties.create("DEMO Coastal Tile Importers Inc",
                IorFacts.entity("US", true, true, true, true, false), address, EnumSet.of(PartyRole.IMPORTER_OF_RECORD)));
        Party second = tx.execute(s -> parties.create("DEMO Bayside Apparel Imports LLC",
                IorFacts.entity("US", true, true, true, true, false), address, EnumSet.of(PartyRole.IMPORTER_OF_RECORD)));
        LocalDate violation = today.minusMonths(2);
        tx.execute(s -> penaltyCases.open(new NewPenaltyCase(broker.getId(), "1641", null, violation, violation.plusDays(10),
                null, null, null, true, false, null, null, 0, null, 3, null, true, "entries filed for unverified importers",
                null, "DEMO: no due diligence on three new importers' identities and powers of attorney", null, null, null,
                null, null, null, BrokerConduct.NO_DUE_DILIGENCE, null), seaportOffice, true));
        for (Party client : new Party[] {first, second}) {
            tx.execute(s -> penaltyCases.open(new NewPenaltyCase(client.getId(), "1592", Culpability.NEGLIGENCE, violation,
                    violation.plusDays(20), new BigDecimal("80000"), new BigDecimal("120000"), new BigDecimal("4000"), true,
                    false, null, null, 0, null, null, null, null, "ceramic tiles and apparel", null,
                    "DEMO: misclassified entries filed by the broker", null, null, null, null, null, null, null,
                    broker.getId()), seaportOffice, true));
        }
    }
}
