package gov.fpf.seizure;

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
import gov.fpf.system.BusinessDay;
import gov.fpf.system.Roles;

/**
 * Demo seizures for the embedded default (never the mysql profile), each marked DEMO: counterfeit handbags waiting
 * for the custodian (P23), perishable produce whose 1612 summary sale waits for a supervisor (P10; the timer fires on
 * its own once the job executor runs), and used tires in their election period (P7). All at the seaport, where the demo custodian works.
 */
@Component
@ConditionalOnProperty(name = "fpf.demo.enabled", havingValue = "true")
public class SeizureDemoCases {

    private static final Logger log = LoggerFactory.getLogger(SeizureDemoCases.class);

    private final SeizureCaseService seizures;
    private final PartyService parties;
    private final CaseFileRepository caseFiles;
    private final CaseWork caseWork;
    private final TransactionTemplate tx;
    private final Clock clock;

    SeizureDemoCases(SeizureCaseService seizures, PartyService parties, CaseFileRepository caseFiles, CaseWork caseWork,
                     TransactionTemplate tx, Clock clock) {
        this.seizures = seizures;
        this.parties = parties;
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.tx = tx;
        this.clock = clock;
    }

    /** Seeds once: does nothing when any seizure case exists. */
    public void seed(String seaport, String expressHub) {
        if (caseFiles.existsByFamily(CaseFamily.SEIZURE)) {
            return;
        }
        LocalDate today = BusinessDay.today(clock);
        Party bags = tx.execute(s -> parties.create("DEMO Coastal Accessories Trading Ltd",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("310 Ocean Boulevard", "(DEMO address, not real)", "Long Beach", "CA", "90802", "US")));
        Party produce = tx.execute(s -> parties.create("DEMO Valley Fresh Imports",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("9 Orchard Lane", "(DEMO address, not real)", "Fresno", "CA", "93721", "US")));
        Party tires = tx.execute(s -> parties.create("DEMO Second Life Tire Exporters",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("4400 Industrial Parkway", "(DEMO address, not real)", "Hebron", "KY", "41048", "US")));

        // P23/P8: counterfeit handbags, prohibited so administrative at any value; the custodian takes custody
        seizures.open(new SeizureCaseService.NewSeizureCase(bags.getId(), today.minusDays(1), "1526(e)", List.of(
                new SeizureCaseService.NewItem("handbags bearing counterfeit marks", 500, new BigDecimal("900000"),
                        false, false, true)), null, "DEMO: LALB container terminal", "DEMO: counterfeit marks",
                "DEMO Harbor Forwarding", false, false, null, today.minusDays(1)), seaport, true);

        // P10: perishable produce, $8,000, storage projected at $4,500: the 1612 approval opens on its own
        String fresh = seizures.open(new SeizureCaseService.NewSeizureCase(produce.getId(), today.minusDays(2),
                "1595a(c)", List.of(new SeizureCaseService.NewItem("fresh produce, 200 cases", 200,
                new BigDecimal("8000"), true, false, false)), new BigDecimal("4500"), "DEMO: LALB cold storage",
                "DEMO: undeclared produce", null, false, false, null, today.minusDays(2)), seaport, true);
        work(fresh, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY, "custodian1", Roles.CUSTODIAN, seaport,
                Map.of("storageLocation", "DEMO cold storage bay 2", "dailyStorageRate", 150.0, "hazardous", false,
                        "highRisk", false, "perishable", true, "inventoryNote", "DEMO: 200 cases counted"));
        work(fresh, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE, "officer1", Roles.OFFICER, seaport,
                Map.of("appraisedValue", 8000.0, "appraisalBasis", "DEMO: wholesale market prices"));

        // P7: used tires, $42,000 (cost bond $4,200), in the election period
        String used = seizures.open(new SeizureCaseService.NewSeizureCase(tires.getId(), today.minusDays(5), "1595a(c)",
                List.of(new SeizureCaseService.NewItem("used tires", 400, new BigDecimal("42000"), false, false, false)),
                null, "DEMO: LALB general order warehouse", "DEMO: undeclared used tires", null, false, false, null,
                today.minusDays(5)),
                seaport, true);
        work(used, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY, "custodian1", Roles.CUSTODIAN, seaport,
                Map.of("storageLocation", "DEMO hub cage 7", "dailyStorageRate", 10.0, "hazardous", false,
                        "highRisk", false, "perishable", false));
        work(used, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE, "officer1", Roles.OFFICER, seaport,
                Map.of("appraisedValue", 42000.0, "appraisalBasis", "DEMO: dealer price list"));
        log.info("Demo seizure cases ready (marked DEMO)");
    }

    private void work(String caseNumber, String taskKey, String user, String group, String office,
                      Map<String, Object> decision) {
        caseWork.worklist(user, List.of(group), List.of(office)).stream()
                .filter(t -> caseNumber.equals(t.caseNumber()) && taskKey.equals(t.taskDefinitionKey()))
                .findFirst()
                .ifPresent(t -> caseWork.complete(t.id(), decision, user, List.of(group), List.of(office)));
    }
}
