package gov.fpf.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComputationStepRepository extends JpaRepository<ComputationStep, Long> {

    List<ComputationStep> findByCaseIdOrderByIdAsc(Long caseId);
}
