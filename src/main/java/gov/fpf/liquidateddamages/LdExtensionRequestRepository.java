package gov.fpf.liquidateddamages;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LdExtensionRequestRepository extends JpaRepository<LdExtensionRequest, Long> {

    List<LdExtensionRequest> findByCaseIdOrderByIdAsc(Long caseId);
}
