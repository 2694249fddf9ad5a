package gov.fpf.confidentiality;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfidentialityRequestRepository extends JpaRepository<ConfidentialityRequest, Long> {

    List<ConfidentialityRequest> findByPartyIdOrderByIdDesc(long partyId);

    List<ConfidentialityRequest> findByStatusOrderByIdDesc(ConfidentialityStatus status);

    List<ConfidentialityRequest> findByPartyIdAndStatusOrderByIdDesc(long partyId, ConfidentialityStatus status);

    List<ConfidentialityRequest> findTop500ByOrderByIdDesc();

    boolean existsByDemoTrue();

    List<ConfidentialityRequest> findByStatusAndScopeIn(ConfidentialityStatus status, Collection<ConfidentialityScope> scopes);
}
