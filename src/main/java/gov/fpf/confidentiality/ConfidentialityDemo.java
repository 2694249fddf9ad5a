package gov.fpf.confidentiality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import gov.fpf.demo.DemoSeeder;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.system.Roles;

/**
 * Demo confidentiality requests (embedded default only): a DEMO party with a granted request under periodic review,
 * one whose request awaits a supervisor's decision, and one whose grant ends in 20 days (its renewal review is open).
 * The decisions are made as the demo supervisor through the review process, as a person would.
 */
@Component
class ConfidentialityDemo implements DemoSeeder {

    private final ConfidentialityService service;
    private final ConfidentialityRequestRepository requests;
    private final PartyService parties;
    private final CaseWork caseWork;
    private final OfficeCalendar calendar;

    ConfidentialityDemo(ConfidentialityService service, ConfidentialityRequestRepository requests, PartyService parties,
                        CaseWork caseWork, OfficeCalendar calendar) {
        this.service = service;
        this.requests = requests;
        this.parties = parties;
        this.caseWork = caseWork;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public void seed(String seaportOffice, String expressHubOffice) {
        if (requests.existsByDemoTrue()) {
            return;
        }
        LocalDate today = calendar.today(seaportOffice);
        Party granted = party("DEMO Harborline Apparel Inc");
        ConfidentialityRequest g = record(granted, seaportOffice, ConfidentialityScope.MANIFEST_IMPORTER_IDENTITY,
                "Competitors read our supplier relationships off published manifest data.", today.minusDays(10));
        decide(g, seaportOffice, ConfidentialityReviewProcess.DECISION_GRANT, today.plusYears(2).minusDays(1));

        Party waiting = party("DEMO Pacific Rim Consignees LLC");
        record(waiting, seaportOffice, ConfidentialityScope.MANIFEST_CONSIGNEE_IDENTITY,
                "Consignee name and address to be withheld from manifest releases (103.31(d) certification).", today);

        Party expiring = party("DEMO Gulf Coast Metals Co");
        ConfidentialityRequest e = record(expiring, seaportOffice, ConfidentialityScope.ENFORCEMENT_CASE_DETAILS,
                "Open enforcement matter; disclosure would prejudice the party's customers.", today.minusDays(3));
        decide(e, seaportOffice, ConfidentialityReviewProcess.DECISION_GRANT, today.plusDays(20));
    }

    private Party party(String name) {
        return parties.create(name, IorFacts.entity("US", true, true, true, true, false));
    }

    private ConfidentialityRequest record(Party party, String office, ConfidentialityScope scope, String reason,
                                          LocalDate received) {
        return service.record(new ConfidentialityService.NewRequest(party.getId(), office, scope, null, reason, received,
                null), true, "officer1");
    }

    private void decide(ConfidentialityRequest request, String office, String decision, LocalDate until) {
        gov.fpf.process.engine.OpenTask task = caseWork.openTasks(request.businessKey()).stream()
                .filter(t -> ConfidentialityReviewProcess.TASK_DECIDE_REQUEST.equals(t.taskDefinitionKey()))
                .findFirst().orElse(null);
        if (task == null) {
            return;
        }
        caseWork.complete(task.id(), Map.of(ConfidentialityReviewProcess.VAR_DECISION, decision,
                        ConfidentialityReviewProcess.VAR_DECISION_REASON, "DEMO: certification on file",
                        ConfidentialityReviewProcess.VAR_GRANTED_UNTIL, until.toString()),
                "supervisor1", List.of(Roles.SUPERVISOR, Roles.OFFICER), List.of(office));
    }
}
