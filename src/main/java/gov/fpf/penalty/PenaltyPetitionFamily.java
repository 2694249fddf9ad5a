package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.BrokerMaximum;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.rules.penalties.PenaltyStatute;

/** What petition review needs from a penalty case: its statute, its violation date and, for 1592, the App. B range. */
@Component
class PenaltyPetitionFamily implements PetitionFamily {

    private final PenaltyCaseRepository penaltyCases;
    private final GuidelineRanges guidelineRanges;
    private final PenaltyMaximums maximums;
    private final LegalParameters parameters;
    private final EoRules eoRules;

    PenaltyPetitionFamily(PenaltyCaseRepository penaltyCases, GuidelineRanges guidelineRanges, PenaltyMaximums maximums,
                          LegalParameters parameters, EoRules eoRules) {
        this.penaltyCases = penaltyCases;
        this.guidelineRanges = guidelineRanges;
        this.maximums = maximums;
        this.parameters = parameters;
        this.eoRules = eoRules;
    }

    /**
     * EO 14411 Sec. 4(a), on the decision date: a broker's conduct the order names is not mitigated below the statutory
     * maximum. The bound is the maximum, or the assessed amount when that is lower (assessed before the rule: a
     * decision only remits, 19 U.S.C. 1618, so then no mitigation at all). No national-security exception lifts it: the
     * order ties that exception to the Sec. 4(c) floor, not to 4(a).
     */
    @Override
    public Optional<MitigationRules.DecisionMinimum> decisionMinimum(CaseFile caseFile, LocalDate on) {
        PenaltyCase p = penaltyCases.require(caseFile);
        PenaltyFacts facts = p.facts();
        return BrokerMaximum.applies(facts, eoRules, on).map(rule -> {
            BigDecimal maximum = maximums.maximum(facts, parameters, on).amount();
            BigDecimal assessed = caseFile.getAssessedAmount();
            BigDecimal bound = BrokerMaximum.decisionBound(maximum, assessed);
            String reason = "A broker's " + facts.brokerConduct().describe() + " is not mitigated below the statutory"
                    + " maximum " + NoticeHtml.money(maximum)
                    + (bound.compareTo(maximum) < 0 ? " (the penalty was assessed at " + NoticeHtml.money(bound)
                    + " before the rule, so it is not mitigated at all)" : "")
                    + " (EO 14411 Sec. 4(a), in force from " + rule.effectiveDate() + " by " + rule.instrumentCitation()
                    + "); a national-security exception lifts only the Sec. 4(c) floor. Deny the petition, or cancel"
                    + " the penalty if the violation did not occur.";
            return new MitigationRules.DecisionMinimum(bound, reason, rule.citation(), new TraceStep(
                    "No mitigation below the broker maximum", bound.toPlainString(), reason, rule.citation(),
                    rule.reference()));
        });
    }

    @Override
    public CaseFamily family() {
        return CaseFamily.PENALTY;
    }

    @Override
    public Optional<PetitionEntry> latePetitionEntry() {
        return Optional.of(new PetitionEntry(PenaltyCaseProcess.KEY, PenaltyCaseProcess.TASK_RECORD_PETITION_RECEIVED));
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the violation date of the penalty case */
    @Override
    public LocalDate violationDate(CaseFile caseFile) {
        return penaltyCases.require(caseFile).getViolationDate();
    }

    @Override
    public String statute(CaseFile caseFile) {
        return penaltyCases.require(caseFile).getStatute().json();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        PenaltyCase p = penaltyCases.require(caseFile);
        return p.getStatute() == PenaltyStatute.S1592 ? guidelineRanges.range(p.facts()) : null;
    }
}
