package gov.fpf.vetting;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.demo.DemoSeeder;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyKind;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.PartyProcesses;
import gov.fpf.system.Roles;

/**
 * The embedded default's vetting demo (never the mysql profile): a customs broker, a custodian of bonded merchandise
 * and a freight forwarder vetted by the seaport's officers, and a foreign importer of record by the express hub's; the
 * broker's vetting opened 45 days ago and is overdue, so the worklist, Tasklist and the supervisor's dashboard show one.
 * Idempotent: a party already recorded is left as it is.
 */
@Component
class VettingDemo implements DemoSeeder {

    static final String BROKER = "DEMO Bayfront Customs Brokers Inc.";
    static final String CUSTODIAN = "DEMO Pier 400 Bonded Warehouse Inc.";
    static final String FORWARDER = "DEMO Pacific Freight Forwarding Co.";
    static final String FOREIGN_IOR = "DEMO Shenzhen Lumen Trading Ltd.";

    private final PartyService parties;
    private final VettingService vettings;
    private final PartyVettingRepository rows;
    private final PartyProcesses processes;
    private final OfficeCalendar calendar;
    private final TransactionTemplate transaction;

    VettingDemo(PartyService parties, VettingService vettings, PartyVettingRepository rows, PartyProcesses processes,
                OfficeCalendar calendar, PlatformTransactionManager transactions) {
        this.parties = parties;
        this.vettings = vettings;
        this.rows = rows;
        this.processes = processes;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        IorFacts us = new IorFacts(PartyKind.ENTITY, null, "US", true, true, true, true, false);
        IorFacts foreign = new IorFacts(PartyKind.ENTITY, null, "CN", false, false, false, false, false);
        seed(BROKER, us, PartyRole.CUSTOMS_BROKER, seaportOffice, 45);
        seed(CUSTODIAN, us, PartyRole.CUSTODIAN, seaportOffice, 0);
        seed(FORWARDER, us, PartyRole.FREIGHT_FORWARDER, seaportOffice, 3);
        seed(FOREIGN_IOR, foreign, PartyRole.IMPORTER_OF_RECORD, expressHubOffice, 0);
    }

    private void seed(String name, IorFacts facts, PartyRole role, String office, int openedDaysAgo) {
        if (parties.search(name).stream().anyMatch(p -> p.getName().equals(name))) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Party party = parties.create(name, facts, null, Set.of(role));
            LocalDate today = calendar.today(office);
            // the party's own office, not the recorder's (the demo records as the system)
            if (!vettings.startIfDue(party.getId(), VettingTrigger.FIRST, today,
                    new VettingService.Assignment(office, Roles.OFFICER))) {
                return;
            }
            if (openedDaysAgo > 0) {
                rows.findFirstByPartyIdAndCompletedAtIsNullOrderByIdDesc(party.getId()).ifPresent(v -> {
                    LocalDate openedOn = today.minusDays(openedDaysAgo);
                    LocalDate due = openedOn.plusDays(v.getDueOn().toEpochDay() - v.getOpenedOn().toEpochDay());
                    v.backdate(openedOn, due, calendar.dayBegins(openedOn, office).toInstant());
                    rows.save(v);
                    processes.moveTaskDueDate(v.getTaskId(), calendar.dayBegins(due, office));
                });
            }
        });
    }
}
