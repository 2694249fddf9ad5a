package gov.fpf.seizure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InterestedPartyRepository extends JpaRepository<InterestedParty, Long> {

    List<InterestedParty> findByCaseIdOrderByIdAsc(Long caseId);
}
