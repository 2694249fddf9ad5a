package gov.fpf.standing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gov.fpf.admin.PartyPageSection;
import gov.fpf.party.AffiliateRelation;
import gov.fpf.party.IllicitImport;
import gov.fpf.party.Party;
import gov.fpf.party.PartyStandings;
import gov.fpf.rules.Statutes;

/**
 * The party page's good-standing section (EO 14411 Sec. 2(d)): the standing with every reason and its citation, the
 * supervisor's override form, the affiliates with the add and end forms, and recording a finding (with whether it was
 * one of illegal importation the order names) for officers and supervisors. The forms post to {@link StandingPages}.
 */
@Component
class StandingPartySection implements PartyPageSection {

    private final PartyStandings standings;

    StandingPartySection(PartyStandings standings) {
        this.standings = standings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "standing/party-section";
    }

    /** what a form was filled with, when it is shown again with its errors */
    record Entered(Map<String, String> values, Map<String, String> errors, String form, String general) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @Override
    public void addTo(Model model, Party party) {
        model.addAttribute("standing", standings.view(party));
        model.addAttribute("standingOverride", party.getOverride());
        model.addAttribute("standingOverrideInForce", party.overrideOn(standings.today()).isPresent());
        model.addAttribute("standingVersion", party.getVersion());
        List<PartyStandings.Affiliate> all = standings.affiliates(party.getId(), true);
        model.addAttribute("standingAffiliates", all.stream().filter(PartyStandings.Affiliate::live).toList());
        model.addAttribute("standingEndedAffiliates", all.stream().filter(a -> !a.live()).toList());
        model.addAttribute("standingRelations", List.of(AffiliateRelation.values()));
        model.addAttribute("standingIllicitKinds", List.of(IllicitImport.values()));
        model.addAttribute("standingStatutes", Statutes.violationStatutes());
        model.addAttribute("standingToday", standings.today());
        if (!model.containsAttribute("standingEntered")) {
            model.addAttribute("standingEntered", new Entered(Map.of(), Map.of(), null, null));
        }
    }
}
