package gov.fpf.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComputationStepRepository extends JpaRepository<ComputationStep, Long> {

    List<ComputationStep> findByCaseIdOrderBySeqAsc(Long caseId);

    long countByCaseId(Long caseId);
}
