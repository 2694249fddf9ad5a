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
    private final gov.fpf.office.CaseNumberMask mask;

    RiskTierSection(RiskTierService tiers, gov.fpf.office.CaseNumberMask mask) {
        this.tiers = tiers;
        this.mask = mask;
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
        model.addAttribute("tierScore", tiers.score(party.getId()).map(s -> s.withRecords(mask::mask)).orElse(null));
        model.addAttribute("tierToday", tiers.today());
        model.addAttribute("tierAudits", tiers.audits(party.getId()));
        model.addAttribute("tierAuditKinds", IorAuditKind.values());
        model.addAttribute("tierAuditOutcomes", IorAuditOutcome.values());
        if (!model.containsAttribute("tierForm")) {
            model.addAttribute("tierForm", new RiskTierPages.AuditForm(null, null, null, null, null));
        }
    }
}
