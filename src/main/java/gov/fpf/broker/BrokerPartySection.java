package gov.fpf.broker;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gov.fpf.admin.PartyPageSection;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;

/**
 * The broker's section of the party page: its clients' cases in the reader's offices and how many ended in a finding
 * (EO 14411 Sec. 4(a), "repeatedly represent noncompliant clients"); shown for a customs broker or any party that
 * cases name as their broker.
 */
@Component
class BrokerPartySection implements PartyPageSection {

    private final BrokerLinks links;

    BrokerPartySection(BrokerLinks links) {
        this.links = links;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "broker/clients";
    }

    @Override
    public void addTo(Model model, Party party) {
        BrokerLinks.ClientCases clients = links.clientCases(party.getId());
        model.addAttribute("brokerShown", party.hasRole(PartyRole.CUSTOMS_BROKER) || clients.total() > 0);
        model.addAttribute("brokerClients", clients);
    }
}
