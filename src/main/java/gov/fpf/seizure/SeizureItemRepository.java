package gov.fpf.seizure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeizureItemRepository extends JpaRepository<SeizureItem, Long> {

    List<SeizureItem> findByCaseIdOrderByLineNoAsc(Long caseId);
}
