package gov.fpf.casepage;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.party.Party;
import gov.fpf.party.PartyRepository;
import gov.fpf.party.PartyStandings;
import gov.fpf.party.RiskTier;
import gov.fpf.party.StandingAssessor;

/**
 * What the case header says about the case's party: "Not in good standing" with every reason and its citation
 * (EO 14411 Sec. 2(d)), as derived and kept on the party, and its risk tier (Sec. 2(e)) once scored.
 */
@Component
class CasePartyFlag {

    private final PartyRepository parties;
    private final PartyStandings standings;

    CasePartyFlag(PartyRepository parties, PartyStandings standings) {
        this.parties = parties;
        this.standings = standings;
    }

    record Flag(long partyId, boolean goodStanding, List<StandingAssessor.Reason> reasons, RiskTier riskTier) {
    }

    @Transactional(readOnly = true)
    Optional<Flag> of(Long partyId) {
        if (partyId == null) {
            return Optional.empty();
        }
        return parties.findById(partyId).map((Party p) -> {
            PartyStandings.StandingView s = standings.view(p);
            return new Flag(p.getId(), s.goodStanding(), s.reasons(), p.getRiskTier());
        });
    }
}
