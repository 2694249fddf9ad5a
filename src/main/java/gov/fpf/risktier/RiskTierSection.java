package gov.fpf.risktier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gov.fpf.admin.PartyPageSection;
import gov.fpf.party.Party;

/**
 * The party page's risk-tier section ({@code #tier-risk}): the tier kept, today's score with every input, the
 * records each rests on and its citation, the thresholds, the audit results and (officers, supervisors) a form to
 * record one.
 */
@Component
class RiskTierSection implements PartyPageSection {

    private final RiskTierService tiers;

    RiskTierSection(RiskTierService tiers) {
        this.tiers = tiers;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "risktier/section";
    }

    @Override
    public void addTo(Model model, Party party) {
        model.addAttribute("tierScore", tiers.score(party.getId()).orElse(null));
        model.addAttribute("tierToday", tiers.today());
        model.addAttribute("tierAudits", tiers.audits(party.getId()));
        model.addAttribute("tierAuditKinds", IorAuditKind.values());
        model.addAttribute("tierAuditOutcomes", IorAuditOutcome.values());
        if (!model.containsAttribute("tierForm")) {
            model.addAttribute("tierForm", new RiskTierPages.AuditForm(null, null, null, null, null));
        }
    }
}
