package gov.fpf.mitigation;

import java.math.BigDecimal;

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

    /** the findings of violation already on the party's record that count for the repeat-offender rule */
    default boolean findingCounts(String statute) {
        return true;
    }

    /** assessed amount the petition is about (the penalty notice's, or the claim's) */
    default BigDecimal assessed(CaseFile caseFile) {
        return caseFile.getAssessedAmount();
    }
}
