package gov.fpf.mitigation;

import java.math.BigDecimal;
import java.util.Optional;

import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;

/**
 * What petition review needs from a case family: the statute for routing and the guideline range for the officer.
 * Each family's service implements it; mitigation never depends on a family package.
 */
public interface PetitionFamily {

    CaseFamily family();

    /** the statute as the routing decision names it ("1592", "1641", ... or the family's own) */
    String statute(CaseFile caseFile);

    /** the guideline range for a mitigated amount, or null where the family has none */
    GuidelineRanges.Range guidelineRange(CaseFile caseFile);

    /** the date of the violation (or breach, or seizure) the case is about; null when unknown */
    default java.time.LocalDate violationDate(CaseFile caseFile) {
        return null;
    }

    /** assessed amount the petition is about (the penalty notice's, or the claim's) */
    default BigDecimal assessed(CaseFile caseFile) {
        return caseFile.getAssessedAmount();
    }

    /** the guideline range for this petition (a late petition may cost more), by default the case's range */
    default GuidelineRanges.Range guidelineRange(CaseFile caseFile, Petition petition) {
        return guidelineRange(caseFile);
    }

    /** which EO 14411 floor applies to the family's decisions */
    default MitigationRules.FloorRule floorRule() {
        return MitigationRules.PENALTY_FLOOR;
    }

    /**
     * A bound no mitigated decision may go below on the decision date, whatever exception is approved (EO 14411
     * Sec. 4(a): a broker's named conduct is not mitigated below the statutory maximum); empty when none applies.
     */
    default Optional<MitigationRules.DecisionMinimum> decisionMinimum(CaseFile caseFile, java.time.LocalDate on) {
        return Optional.empty();
    }

    /** who filed, when the request does not say */
    default String defaultFiler() {
        return "PETITIONER";
    }

    /**
     * The period a petition by this filer is measured against, when the family has its own (a surety's period runs
     * from the demand on the surety, 19 CFR 172.4); empty for the case's open petition or supplemental period.
     */
    default Optional<CaseDeadline> petitionPeriod(CaseFile caseFile, String filedBy, boolean supplemental) {
        return Optional.empty();
    }

    /**
     * Where a late petition accepted for review enters the family's model when no petition step is waiting: the model
     * and the task that records a petition. Empty when the family's model has no such step.
     */
    default Optional<PetitionEntry> latePetitionEntry() {
        return Optional.empty();
    }

    /** A model's petition-recording task. */
    record PetitionEntry(String processKey, String taskKey) {
    }
}
