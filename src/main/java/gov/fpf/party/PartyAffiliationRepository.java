package gov.fpf.party;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartyAffiliationRepository extends JpaRepository<PartyAffiliation, Long> {

    /** every affiliation the party is on either side of, ended ones too, oldest first */
    @Query("SELECT a FROM PartyAffiliation a WHERE a.partyId = :id OR a.affiliateId = :id ORDER BY a.since, a.id")
    List<PartyAffiliation> involving(@Param("id") long partyId);
}
