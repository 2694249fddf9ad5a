package gov.fpf.seizure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProceedsShareRepository extends JpaRepository<ProceedsShare, Long> {

    List<ProceedsShare> findByCaseIdOrderBySeqAsc(Long caseId);
}
