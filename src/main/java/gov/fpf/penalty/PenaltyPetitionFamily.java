package gov.fpf.penalty;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.rules.penalties.PenaltyStatute;

/** What petition review needs from a penalty case: its statute, its violation date and, for 1592, the App. B range. */
@Component
class PenaltyPetitionFamily implements PetitionFamily {

    private final PenaltyCaseRepository penaltyCases;
    private final GuidelineRanges guidelineRanges;

    PenaltyPetitionFamily(PenaltyCaseRepository penaltyCases, GuidelineRanges guidelineRanges) {
        this.penaltyCases = penaltyCases;
        this.guidelineRanges = guidelineRanges;
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
