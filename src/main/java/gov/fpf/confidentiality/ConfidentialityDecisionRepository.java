package gov.fpf.confidentiality;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfidentialityDecisionRepository extends JpaRepository<ConfidentialityDecision, Long> {

    List<ConfidentialityDecision> findByRequestIdOrderByIdAsc(long requestId);
}
