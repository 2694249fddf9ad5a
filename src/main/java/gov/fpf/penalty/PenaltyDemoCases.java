package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.system.BusinessDay;

/**
 * Demo penalty cases for the embedded default (never the mysql profile), each marked DEMO: one per stage an officer
 * meets first, so the worklist and Tasklist show real work. Built from the law reference's worked examples.
 */
@Component
@ConditionalOnProperty(name = "fpf.demo.enabled", havingValue = "true")
public class PenaltyDemoCases {

    private static final Logger log = LoggerFactory.getLogger(PenaltyDemoCases.class);

    private final PenaltyCaseService penaltyCases;
    private final PartyService parties;
    private final CaseFileRepository caseFiles;
    private final CaseWork caseWork;
    private final TransactionTemplate tx;
    private final Clock clock;

    PenaltyDemoCases(PenaltyCaseService penaltyCases, PartyService parties, CaseFileRepository caseFiles,
                     CaseWork caseWork, TransactionTemplate tx, Clock clock) {
        this.penaltyCases = penaltyCases;
        this.parties = parties;
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.tx = tx;
        this.clock = clock;
    }

    /** Seeds once: does nothing when any penalty case exists. */
    public void seed(String seaport, String expressHub) {
        if (caseFiles.existsByFamily(CaseFamily.PENALTY)) {
            return;
        }
        LocalDate today = BusinessDay.today(clock);
        Party fasteners = tx.execute(s -> parties.create("DEMO Pacific Fasteners Inc",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("1200 Harbor Gateway Blvd", "(DEMO address, not real)", "Carson", "CA", "90745", "US")));
        Party bags = tx.execute(s -> parties.create("DEMO Shenzhen Fashion Export Co",
                IorFacts.entity("CN", false, false, false, false, false),
                new MailingAddress("88 Futian Trade Tower, Shennan Road", "(DEMO address, not real)", "Shenzhen", "Guangdong", "518000", "CN")));
        Party courier = tx.execute(s -> parties.create("DEMO Gift Parcel Sender",
                IorFacts.individual(false),
                new MailingAddress("14 Maple Court", "(DEMO address, not real)", "Dayton", "OH", "45402", "US")));

        // P1: negligent misclassification, waiting for the officer's culpability and amount
        open(seaport, fasteners, "1592", "NEGLIGENCE", today.minusMonths(14), today.minusMonths(3), "400000",
                "600000", "20000", null, "steel fasteners, HTS 7318", "declared at 5% instead of 10%");
        // P11: counterfeit handbags, first seizure, MSRP value $600,000
        open(seaport, bags, "1526f", null, today.minusMonths(2), today.minusMonths(2), null, null, null, "600000",
                "500 handbags bearing counterfeit marks", "seized at the seaport; trademark owner confirmed");
        // P4: a $900 penalty needs no pre-penalty notice: the penalty notice is out and its petition period runs
        String small = open(expressHub, courier, "1592", "NEGLIGENCE", today.minusMonths(6), today.minusMonths(1),
                "3000", "3500", "450", null, "consumer electronics in an express parcel", "undervalued parcel");
        work(small, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT, "officer2", List.of("fpf-officer"),
                List.of(expressHub), Map.of("culpability", "NEGLIGENCE", "proposedAmount", 900.0,
                        "amountRationale", "first violation, small loss of revenue"));
        log.info("Demo penalty cases ready (marked DEMO)");
    }

    /**
     * A DEMO penalty case for another area's demo party (the good-standing demo), waiting for the officer's
     * culpability and amount, so the party's flags show in the worklist and on the case page.
     */
    public String openDemoCase(String office, Party party, String merchandise, String facts) {
        LocalDate today = BusinessDay.today(clock);
        return open(office, party, "1592", "NEGLIGENCE", today.minusMonths(8), today.minusMonths(2), "50000",
                "60000", "2500", null, merchandise, facts);
    }

    private String open(String office, Party party, String statute, String culpability, LocalDate violation,
                        LocalDate discovery, String dutiable, String domestic, String lor, String msrp,
                        String merchandise, String facts) {
        var request = new PenaltyCaseController.NewPenaltyCase(party.getId(), statute,
                culpability == null ? null : Culpability.valueOf(culpability), violation, discovery, amount(dutiable),
                amount(domestic), amount(lor), true, false, null, amount(msrp), 0, null, null, null, null,
                merchandise, null, "DEMO: " + facts, null, null, null, null, null, null);
        return penaltyCases.open(request, office, true);
    }

    private void work(String caseNumber, String taskKey, String user, List<String> groups, List<String> offices,
                      Map<String, Object> decision) {
        caseWork.worklist(user, groups, offices).stream()
                .filter(t -> caseNumber.equals(t.caseNumber()) && taskKey.equals(t.taskDefinitionKey()))
                .findFirst()
                .ifPresent(t -> caseWork.complete(t.id(), decision, user, groups, offices));
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
