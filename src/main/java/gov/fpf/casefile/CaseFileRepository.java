package gov.fpf.casefile;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    /** The case a process step works on: it exists, or the model and the domain disagree (fails the transaction). */
    default CaseFile ofProcess(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new IllegalStateException("No case file " + caseNumber));
    }

    boolean existsByFamily(CaseFamily family);

    @Query("""
            select c from CaseFile c
            where c.officeCode in :offices
              and (:family is null or c.family = :family)
              and (:status is null or c.status = :status)
              and (:partyId is null or c.partyId = :partyId)
            """)
    Page<CaseFile> search(@Param("offices") Collection<String> offices, @Param("family") CaseFamily family,
                          @Param("status") CaseStatus status, @Param("partyId") Long partyId, Pageable pageable);

    /** every case not in the given status (the what-if dry run reads the open ones: status not CLOSED) */
    java.util.List<CaseFile> findByStatusNotOrderByIdAsc(CaseStatus status);
}
