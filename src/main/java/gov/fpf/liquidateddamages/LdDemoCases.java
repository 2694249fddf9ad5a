package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondActivity;
import gov.fpf.bond.BondService;
import gov.fpf.bond.BondType;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.system.BusinessDay;

/**
 * Demo liquidated-damages cases for the embedded default (never the mysql profile), each marked DEMO: the law
 * reference's worked examples at the stages an officer meets first.
 */
@Component
@ConditionalOnProperty(name = "fpf.demo.enabled", havingValue = "true")
public class LdDemoCases {

    private static final Logger log = LoggerFactory.getLogger(LdDemoCases.class);

    private final LdCaseService ldCases;
    private final PetitionService petitions;
    private final BondService bonds;
    private final PartyService parties;
    private final CaseFileRepository caseFiles;
    private final TransactionTemplate tx;
    private final Clock clock;

    LdDemoCases(LdCaseService ldCases, PetitionService petitions, BondService bonds, PartyService parties,
                CaseFileRepository caseFiles, TransactionTemplate tx, Clock clock) {
        this.ldCases = ldCases;
        this.petitions = petitions;
        this.bonds = bonds;
        this.parties = parties;
        this.caseFiles = caseFiles;
        this.tx = tx;
        this.clock = clock;
    }

    /** Seeds once: does nothing when any liquidated-damages case exists. */
    public void seed(String seaport, String expressHub) {
        if (caseFiles.existsByFamily(CaseFamily.LIQUIDATED_DAMAGES)) {
            return;
        }
        LocalDate today = BusinessDay.today(clock);
        Party electronics = tx.execute(s -> parties.create("DEMO Harbor Electronics Importers LLC",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("500 Terminal Island Way", "(DEMO address, not real)", "San Pedro", "CA", "90731", "US")));
        Party produce = tx.execute(s -> parties.create("DEMO Fresh Produce Trading Co",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("2200 Produce Row", "(DEMO address, not real)", "Los Angeles", "CA", "90021", "US")));
        Party ocean = tx.execute(s -> parties.create("DEMO Ocean Freight Consolidators Inc",
                IorFacts.entity("US", true, true, true, true, false),
                new MailingAddress("75 Pier Avenue", "(DEMO address, not real)", "Long Beach", "CA", "90802", "US")));
        Bond continuous = bond("DEMO-CB-0001", electronics, BondType.CONTINUOUS, "200000", today);
        Bond fdaBond = bond("DEMO-STB-0002", produce, BondType.SINGLE_TRANSACTION, "50000", today);
        Bond isfBond = bond("DEMO-CB-0003", ocean, BondType.CONTINUOUS, "100000", today);

        // P13: a late entry summary, Option 1 ($212) offered, the principal's 60 days running
        open(new LdCaseService.NewLdCase(continuous.getId(), "LATE_ENTRY_SUMMARY", today.minusDays(25), "DMO-1300001-3",
                new BigDecimal("150000"), false, new BigDecimal("12345.67"), null, null, 9, null, null, null), seaport);
        // P15: FDA-refused produce not exported: 3 x $20,000 capped at the $50,000 bond ...
        open(new LdCaseService.NewLdCase(fdaBond.getId(), "FDA_REFUSED_NOT_EXPORTED", today.minusDays(40), "DMO-1500001-5",
                new BigDecimal("20000"), false, null, null, null, null, null, null, null), seaport);
        // ... and a second refusal on the same, now exhausted, bond: an officer decides what to do
        open(new LdCaseService.NewLdCase(fdaBond.getId(), "FDA_REFUSED_NOT_EXPORTED", today.minusDays(12), "DMO-1500002-2",
                new BigDecimal("4000"), false, null, null, null, null, null, null, null), seaport);
        // P16: a late ISF ($5,000), first violation; the principal has petitioned, a supervisor proposes the decision
        String isf = open(new LdCaseService.NewLdCase(isfBond.getId(), "LATE_ISF", today.minusDays(30), "DMO-ISF-0016",
                null, false, null, null, null, null, 1, true, null), expressHub);
        // received as the express hub's officer would record it (petitions are recorded in the officer's offices)
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("officer2", null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(gov.fpf.system.Roles.OFFICER))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            tx.executeWithoutResult(s -> petitions.receive(isf, today, today, false, null,
                    "DEMO: first ISF violation; the carrier's manifest change was not passed on to the filer", "PRINCIPAL"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        log.info("Demo liquidated-damages cases ready (marked DEMO)");
    }

    private Bond bond(String number, Party principal, BondType type, String amount, LocalDate today) {
        return tx.execute(s -> bonds.create(new BondService.NewBond(number, principal.getId(), "DEMO Atlantic Surety Co",
                type, BondActivity.IMPORTATION_AND_ENTRY, new BigDecimal(amount), today.minusYears(1), false, null)));
    }

    private String open(LdCaseService.NewLdCase request, String office) {
        return ldCases.open(request, office, true, null);
    }
}
