package gov.fpf.seizure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustodyEventRepository extends JpaRepository<CustodyEvent, Long> {

    List<CustodyEvent> findByCaseIdOrderByIdAsc(Long caseId);
}
