package gov.fpf.liquidateddamages;

import static gov.fpf.liquidateddamages.LdCaseService.PRINCIPAL;
import static gov.fpf.liquidateddamages.LdCaseService.SURETY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.TraceStep;

/**
 * What the petition review needs to know of a liquidated-damages claim: the breach, the guideline range (with the
 * late-petition surcharge, law reference 5 step 5) and the principal's and the surety's petition periods.
 */
@Component
class LdPetitionFamily implements PetitionFamily {

    private final LdClaimRepository claims;
    private final CaseFileService caseFiles;
    private final LdGuidelines guidelines;
    private final LegalParameters parameters;

    LdPetitionFamily(LdClaimRepository claims, CaseFileService caseFiles, LdGuidelines guidelines,
                     LegalParameters parameters) {
        this.claims = claims;
        this.caseFiles = caseFiles;
        this.guidelines = guidelines;
        this.parameters = parameters;
    }

    @Override
    public CaseFamily family() {
        return CaseFamily.LIQUIDATED_DAMAGES;
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the breach of the bond condition */
    @Override
    public LocalDate violationDate(CaseFile caseFile) {
        return claims.ofCase(caseFile).getBreachDate();
    }

    @Override
    public String statute(CaseFile caseFile) {
        return claims.ofCase(caseFile).getBreach().name();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        LdClaim claim = claims.ofCase(caseFile);
        if (claim.getGuidelineLow() == null) {
            return null;
        }
        return new GuidelineRanges.Range(claim.getGuidelineLow(), claim.getGuidelineHigh(), List.of());
    }

    /**
     * A late principal's petition (law reference 5 step 5, P14): each end of the guideline plus the late-petition
     * surcharge of the rule in force on the filing date.
     */
    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile, Petition petition) {
        GuidelineRanges.Range range = guidelineRange(caseFile);
        if (range == null || petition.isTimely() || petition.isSupplemental()) {
            return range;
        }
        Optional<CaseDeadline> period = petitionPeriod(caseFile, petition.getFiledBy(), false);
        if (period.isEmpty()) {
            return range;
        }
        int daysLate = (int) ChronoUnit.DAYS.between(period.get().getDueDate(), petition.getFiledDate());
        if (daysLate < 1) {
            return range;
        }
        LdClaim claim = claims.ofCase(caseFile);
        Computation low = guidelines.latePetition(claim.getClaimAmount(), range.low(), daysLate, parameters,
                petition.getFiledDate());
        Computation high = guidelines.latePetition(claim.getClaimAmount(), range.high(), daysLate, parameters,
                petition.getFiledDate());
        List<TraceStep> steps = new ArrayList<>(low.steps());
        if (range.high().compareTo(range.low()) != 0) {
            steps.addAll(high.steps());
        }
        return new GuidelineRanges.Range(low.amount().min(claim.getClaimAmount()),
                high.amount().min(claim.getClaimAmount()), steps);
    }

    @Override
    public MitigationRules.FloorRule floorRule() {
        return MitigationRules.LIQUIDATED_DAMAGES_FLOOR;
    }

    @Override
    public String defaultFiler() {
        return PRINCIPAL;
    }

    /**
     * The principal's petition is measured against the principal's period, even after it ran out (a late petition is
     * recorded as late, not refused); the surety's against its own period once payment was demanded of it.
     */
    @Override
    public Optional<CaseDeadline> petitionPeriod(CaseFile caseFile, String filedBy, boolean supplemental) {
        if (supplemental) {
            return Optional.empty();
        }
        if (SURETY.equals(filedBy)) {
            Optional<CaseDeadline> surety = caseFiles.latestDeadline(caseFile, DeadlineNames.SURETY_PETITION);
            if (surety.isPresent()) {
                return surety;
            }
        }
        return caseFiles.latestDeadline(caseFile, DeadlineNames.PETITION);
    }

    @Override
    public BigDecimal assessed(CaseFile caseFile) {
        return caseFile.getAssessedAmount();
    }
}
