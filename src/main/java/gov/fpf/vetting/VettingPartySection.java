package gov.fpf.vetting;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gov.fpf.admin.PartyPageSection;
import gov.fpf.office.OfficeAccess;
import gov.fpf.party.Party;
import gov.fpf.system.CurrentUser;

/**
 * The party page's vetting section (EO 14411 Sec. 2(f)): the open vetting, with its form for those it is offered to,
 * and the vetting history, so a referral or a recommended suspension is seen on the party.
 */
@Component
class VettingPartySection implements PartyPageSection {

    private final VettingService vettings;
    private final OfficeAccess officeAccess;

    VettingPartySection(VettingService vettings, OfficeAccess officeAccess) {
        this.vettings = vettings;
        this.officeAccess = officeAccess;
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public String template() {
        return "vetting/party-section";
    }

    @Override
    public void addTo(Model model, Party party) {
        List<VettingService.VettingView> history = vettings.history(party.getId());
        VettingService.VettingView open = history.stream().filter(v -> v.completed() == null).findFirst().orElse(null);
        VettingService.VettingView lastAdverse = history.stream()
                .filter(v -> v.outcome() == VettingOutcome.REFER || v.outcome() == VettingOutcome.SUSPEND)
                .findFirst().orElse(null);
        boolean canWork = open != null && open.taskId() != null && CurrentUser.groups().contains(open.candidateGroup())
                && officeAccess.visibleOffices().contains(open.officeCode());
        model.addAttribute("vettingHistory", history);
        model.addAttribute("vettingOpen", open);
        model.addAttribute("vettingLastAdverse", lastAdverse);
        model.addAttribute("vettingCanWork", canWork);
        model.addAttribute("vettingOutcomes", VettingOutcome.values());
    }
}
