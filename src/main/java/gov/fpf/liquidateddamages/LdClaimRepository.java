package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import gov.fpf.casefile.CaseFile;
import gov.fpf.system.Problems;

public interface LdClaimRepository extends JpaRepository<LdClaim, Long> {

    /** The claim of a case; a case of another family has none and is not found. */
    default LdClaim ofCase(CaseFile caseFile) {
        return findById(caseFile.getId()).orElseThrow(() -> new Problems.NotFound("Case " + caseFile.getCaseNumber()
                + " is not a liquidated-damages case."));
    }

    boolean existsByBreachKey(String breachKey);

    boolean existsByBondIdAndBreach(Long bondId, LdBreach breach);

    /** The open charges against a bond: its claims not yet paid or cancelled. */
    List<LdClaim> findByBondIdAndChargeOrderByCaseIdAsc(Long bondId, LdClaim.Charge charge);

    @Query("select coalesce(sum(c.claimAmount), 0) from LdClaim c where c.bondId = :bondId and c.charge = :charge")
    BigDecimal sumClaims(@Param("bondId") Long bondId, @Param("charge") LdClaim.Charge charge);
}
