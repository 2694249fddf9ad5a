package gov.fpf.party;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ViolationRecordRepository extends JpaRepository<ViolationRecord, Long> {

    List<ViolationRecord> findByPartyIdOrderByFindingDateAscIdAsc(Long partyId);
}
