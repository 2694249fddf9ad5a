package gov.fpf.standing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileChanged;
import gov.fpf.party.PartyStandings;

/**
 * A payment, an amount, a deadline or a status of a penalty or liquidated-damages case changes what its party owes and
 * when: the party's good standing (EO 14411 Sec. 2(d), past-due debts) is derived again before the change commits.
 */
@Component
class StandingCaseListener {

    private final PartyStandings standings;

    StandingCaseListener(PartyStandings standings) {
        this.standings = standings;
    }

    @EventListener
    public void caseFileChanged(CaseFileChanged event) {
        CaseFile c = event.caseFile();
        if (c.getPartyId() != null && c.getFamily() != CaseFamily.SEIZURE) {
            standings.request(c.getPartyId());
        }
    }
}
