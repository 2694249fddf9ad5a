package gov.fpf.risktier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IorAuditResultRepository extends JpaRepository<IorAuditResult, Long> {

    List<IorAuditResult> findByPartyIdOrderByAuditDateDescIdDesc(Long partyId);

    boolean existsByPartyIdAndReference(Long partyId, String reference);
}
