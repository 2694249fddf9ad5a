package gov.fpf.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<Notice> findByIdAndCaseId(Long id, Long caseId);
}
