package gov.fpf.seizure;

import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.PetitionFamily;

/** How the petition review sees a seizure: its statute, no guideline range, no EO floor, the 1613(a) period after a sale. */
@Component
class SeizurePetitions implements PetitionFamily {

    /** The EO 14411 floor is not applied to remissions of forfeiture: the order does not say it is (reference 9). */
    static final MitigationRules.FloorRule NO_FLOOR = new MitigationRules.FloorRule("seizure.remission.floor-share",
            "Remission floor", "appraised value");

    private final CaseFileService caseFiles;
    private final SeizureCaseFiles cases;

    SeizurePetitions(CaseFileService caseFiles, SeizureCaseFiles cases) {
        this.caseFiles = caseFiles;
        this.cases = cases;
    }

    @Override
    public CaseFamily family() {
        return CaseFamily.SEIZURE;
    }

    @Override
    public Optional<PetitionEntry> latePetitionEntry() {
        return Optional.of(new PetitionEntry(SeizureForfeitureProcess.KEY, SeizureForfeitureProcess.TASK_RECORD_PETITION_RECEIVED));
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the seizure (the violation is found at the seizure) */
    @Override
    public java.time.LocalDate violationDate(CaseFile caseFile) {
        return cases.seizure(caseFile).getSeizureDate();
    }

    @Override
    public String statute(CaseFile caseFile) {
        return cases.seizure(caseFile).getStatute();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        return null;
    }

    @Override
    public MitigationRules.FloorRule floorRule() {
        return NO_FLOOR;
    }

    /** After a sale, a petition is for the proceeds, within three months of it (19 U.S.C. 1613(a)). */
    @Override
    public java.util.Optional<CaseDeadline> petitionPeriod(CaseFile caseFile, String filedBy, boolean supplemental) {
        return supplemental ? java.util.Optional.empty() : caseFiles.openDeadline(caseFile, SeizureDeadline.PROCEEDS.label());
    }
}
