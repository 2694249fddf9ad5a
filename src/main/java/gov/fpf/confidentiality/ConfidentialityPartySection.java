package gov.fpf.confidentiality;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gov.fpf.admin.PartyPageSection;
import gov.fpf.party.Party;

/** The party page's list of the party's confidentiality requests (for those who may read them). */
@Component
class ConfidentialityPartySection implements PartyPageSection {

    private final ConfidentialityService service;

    ConfidentialityPartySection(ConfidentialityService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public String template() {
        return "confidentiality/party-section";
    }

    @Override
    public void addTo(Model model, Party party) {
        boolean shown = ConfidentialityAccess.canRead();
        model.addAttribute("confidentialityShown", shown);
        model.addAttribute("confidentialityRequests", shown ? service.list(party.getId(), null) : java.util.List.of());
    }
}
