package gov.fpf.penalty;

import org.springframework.data.jpa.repository.JpaRepository;

import gov.fpf.casefile.CaseFile;

public interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long> {

    /** The penalty facts of a case file that must be a penalty case (the caller got it from a penalty model or page). */
    default PenaltyCase require(CaseFile caseFile) {
        return findById(caseFile.getId())
                .orElseThrow(() -> new IllegalStateException("Case " + caseFile.getCaseNumber() + " is not a penalty case"));
    }
}
