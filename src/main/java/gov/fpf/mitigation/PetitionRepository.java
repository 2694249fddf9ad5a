package gov.fpf.mitigation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

    List<Petition> findByCaseIdOrderByIdAsc(Long caseId);
}
