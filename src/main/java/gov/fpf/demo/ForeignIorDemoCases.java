package gov.fpf.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.foreignior.ForeignIorRules;
import gov.fpf.foreignior.ForeignIorViolation;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.penalty.PenaltyCaseController;
import gov.fpf.penalty.PenaltyCaseService;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.system.BusinessDay;

/**
 * Issue 15 item 6 in the embedded demo (DemoData runs seeders only there): a foreign IOR's informal entry and its
 * formal entry without CTPAT, each a DEMO 1592 case, dated on or after the DEMO instrument's date. Seeds once (nothing
 * when a foreign-IOR case exists) and not at all while the rules are not in force today.
 */
@Component
class ForeignIorDemoCases implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ForeignIorDemoCases.class);

    private final PenaltyCaseService penaltyCases;
    private final ForeignIorRules foreignIor;
    private final PartyService parties;
    private final EoRuleSource eoRules;
    private final TransactionTemplate tx;
    private final Clock clock;

    ForeignIorDemoCases(PenaltyCaseService penaltyCases, ForeignIorRules foreignIor, PartyService parties,
                        EoRuleSource eoRules, TransactionTemplate tx, Clock clock) {
        this.penaltyCases = penaltyCases;
        this.foreignIor = foreignIor;
        this.parties = parties;
        this.eoRules = eoRules;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        LocalDate today = BusinessDay.today(clock);
        var informal = eoRules.inForce(ForeignIorViolation.FOREIGN_IOR_INFORMAL_ENTRY.rule(), today);
        var ctpat = eoRules.inForce(ForeignIorViolation.FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT.rule(), today);
        if (foreignIor.anyCharged() || informal.isEmpty() || ctpat.isEmpty()) {
            return;
        }
        LocalDate from = informal.get().effectiveDate().isAfter(ctpat.get().effectiveDate())
                ? informal.get().effectiveDate() : ctpat.get().effectiveDate();
        LocalDate violation = today.minusDays(20).isBefore(from) ? from : today.minusDays(20);
        tx.executeWithoutResult(s -> {
            Party seller = parties.create("DEMO Yiwu Small Parcel Trading Co", IorFacts.entity("CN", false, false, false,
                    false, false), new MailingAddress("21 Futian Market Road", "(DEMO address, not real)", "Yiwu",
                    "Zhejiang", "322000", "CN"));
            Party broker = parties.create("DEMO Harborline Customs Brokerage", IorFacts.entity("US", true, true, true,
                    true, false), new MailingAddress("500 Pier A Plaza", "(DEMO address, not real)", "Long Beach", "CA",
                    "90802", "US"), Set.of(PartyRole.CUSTOMS_BROKER));
            open(seaportOffice, seller, Culpability.NEGLIGENCE, violation, "2437.67", "3118.40", "0",
                    "low-value apparel parcels, informal entry", "DEMO: the informal entry declared the importer of record"
                            + " a U.S. company; it is organized and located in China", ForeignIorViolation.FOREIGN_IOR_INFORMAL_ENTRY,
                    null, null, broker.getId());
            open(seaportOffice, seller, Culpability.GROSS_NEGLIGENCE, violation, "184250.00", "231700.00", "9212.50",
                    "polyester knit fabric, formal entry", "DEMO: the entry summary claimed the importer of record was"
                            + " CTPAT-validated; it never was, and its broker is not CTPAT-validated",
                    ForeignIorViolation.FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT, false, false, broker.getId());
        });
        log.info("Demo foreign-IOR entry violation cases ready (marked DEMO)");
    }

    private void open(String office, Party party, Culpability culpability, LocalDate violation, String dutiable,
                      String domestic, String lor, String merchandise, String facts, ForeignIorViolation type,
                      Boolean ctpatValidatedIor, Boolean brokerCtpatValidated, Long brokerId) {
        penaltyCases.open(new PenaltyCaseController.NewPenaltyCase(party.getId(), "1592", culpability, violation,
                violation, new BigDecimal(dutiable), new BigDecimal(domestic), new BigDecimal(lor), true, false, null,
                null, 0, null, null, null, null, merchandise, List.of(), facts, null, null, null, null, null, null, null, null,
                type, ctpatValidatedIor, brokerCtpatValidated, brokerId), office, true);
    }
}
