package gov.fpf.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import gov.fpf.liquidateddamages.LdDemoCases;
import gov.fpf.office.MailingAddress;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.penalty.PenaltyDemoCases;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.rules.EoRules;
import gov.fpf.seizure.SeizureDemoCases;
import gov.fpf.system.Roles;

/**
 * The embedded default's demo: two offices, one user per role (README, API.md), one DEMO implementing instrument of
 * EO 14411 (gov.fpf.rules.EoRules#seedDemo) and demo cases of each family. Never on in the mysql profile. The test
 * profile turns the cases off ({@code fpf.demo.cases: false}): each test makes the cases it asserts on, and the shared
 * context starts without seeding cases nobody reads.
 * Idempotent, so a restart on the same ./data database adds nothing twice.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fpf.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String SEAPORT = "LALB";
    static final String EXPRESS_HUB = "CVGX";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OfficeService officeService;
    private final OfficeRepository offices;
    private final EngineAccess engineAccess;
    private final PenaltyDemoCases penaltyDemoCases;
    private final LdDemoCases ldDemoCases;
    private final SeizureDemoCases seizureDemoCases;
    private final EoRules eoRules;
    private final boolean seedCases;
    private final List<DemoSeeder> seeders;

    DemoData(OfficeService officeService, OfficeRepository offices, EngineAccess engineAccess,
             PenaltyDemoCases penaltyDemoCases, LdDemoCases ldDemoCases, SeizureDemoCases seizureDemoCases,
             EoRules eoRules, @Value("${fpf.demo.cases:true}") boolean seedCases, List<DemoSeeder> seeders) {
        this.eoRules = eoRules;
        this.seeders = seeders.stream().sorted(java.util.Comparator.comparingInt(DemoSeeder::order)).toList();
        this.seedCases = seedCases;
        this.officeService = officeService;
        this.offices = offices;
        this.engineAccess = engineAccess;
        this.penaltyDemoCases = penaltyDemoCases;
        this.ldDemoCases = ldDemoCases;
        this.seizureDemoCases = seizureDemoCases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!offices.existsById(SEAPORT)) {
            officeService.create(SEAPORT, "DEMO Los Angeles/Long Beach Seaport FP&F", "SEAPORT", "America/Los_Angeles");
        }
        if (!offices.existsById(EXPRESS_HUB)) {
            officeService.create(EXPRESS_HUB, "DEMO Cincinnati Express Consignment Hub FP&F", "EXPRESS_CONSIGNMENT_HUB",
                    "America/New_York");
        }
        // where the demo letters say they come from: clearly marked, not real addresses
        demoAddress(SEAPORT, new MailingAddress("301 E. Ocean Blvd, Suite 1400", "(DEMO address, not real)", "Long Beach",
                "CA", "90802", "US"));
        demoAddress(EXPRESS_HUB, new MailingAddress("2400 Air Freight Way", "(DEMO address, not real)", "Erlanger", "KY",
                "41018", "US"));
        user("officer1", "Olivia", "Officer (demo)", List.of(Roles.OFFICER), Set.of(SEAPORT));
        user("officer2", "Oscar", "Officer (demo)", List.of(Roles.OFFICER), Set.of(EXPRESS_HUB));
        user("supervisor1", "Sam", "Supervisor (demo)", List.of(Roles.SUPERVISOR, Roles.OFFICER), Set.of(SEAPORT));
        user("hq1", "Harper", "Headquarters (demo)", List.of(Roles.HQ, Roles.HQ_FIELD_OFFICIAL, Roles.HQ_PENALTIES_BRANCH,
                Roles.HQ_DIRECTOR_BSTC), Set.of());
        user("custodian1", "Casey", "Custodian (demo)", List.of(Roles.CUSTODIAN), Set.of(SEAPORT));
        user("counsel1", "Chris", "Counsel (demo)", List.of(Roles.COUNSEL), Set.of());
        user("designer1", "Dana", "Designer (demo)", List.of(Roles.DESIGNER), Set.of());
        user("admin", "Alex", "Administrator (demo)", List.of(Roles.ADMIN), Set.of());
        // one clearly marked DEMO implementing instrument, so the demo shows the EO 14411 rules in force
        eoRules.seedDemo();
        if (seedCases) {
            penaltyDemoCases.seed(SEAPORT, EXPRESS_HUB);
            ldDemoCases.seed(SEAPORT, EXPRESS_HUB);
            seizureDemoCases.seed(SEAPORT, EXPRESS_HUB);
            for (DemoSeeder seeder : seeders) {
                seeder.seed(SEAPORT, EXPRESS_HUB);
            }
        }
        log.info("Demo data ready: offices {} and {}, users officer1, officer2, supervisor1, hq1, custodian1, counsel1,"
                + " designer1, admin (password = user name)", SEAPORT, EXPRESS_HUB);
    }

    /** An office without an address gets the demo one; an address recorded since is kept. */
    private void demoAddress(String officeCode, MailingAddress address) {
        offices.findById(officeCode).filter(o -> o.getAddress() == null).ifPresent(o -> {
            o.changeAddress(address);
            offices.save(o);
        });
    }

    private void user(String id, String first, String last, List<String> groups, Set<String> officeCodes) {
        engineAccess.ensureUser(id, id, first, last, groups, officeCodes);
    }
}
