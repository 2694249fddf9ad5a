package gov.fpf.party;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterSource;

/**
 * FOUNDATION PLACEHOLDER (issue 15, the standing branch deletes this class and derives standing): the standing a
 * supervisor recorded on the party, as before the issue.
 */
@Component
class RecordedStanding implements StandingAssessor {

    private final PartyRepository parties;

    RecordedStanding(PartyRepository parties) {
        this.parties = parties;
    }

    @Override
    public Standing assess(long partyId, LocalDate on, ParameterSource parameters, EoRuleSource rules) {
        Party party = parties.findById(partyId).orElseThrow();
        return party.isGoodStanding() ? new Standing(true, List.of())
                : new Standing(false, List.of(new Reason("OVERRIDE", party.getStandingNote() == null
                ? "recorded as not in good standing" : party.getStandingNote(), "EO 14411 Sec. 2(d)")));
    }
}
