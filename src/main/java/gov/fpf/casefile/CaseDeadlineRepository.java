package gov.fpf.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

    List<CaseDeadline> findByCaseIdOrderByDueDateAscIdAsc(Long caseId);
}
