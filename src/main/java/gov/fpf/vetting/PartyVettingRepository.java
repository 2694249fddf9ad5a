package gov.fpf.vetting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartyVettingRepository extends JpaRepository<PartyVetting, Long> {

    List<PartyVetting> findByPartyIdOrderByOpenedAtDescIdDesc(long partyId);

    Optional<PartyVetting> findFirstByPartyIdAndCompletedAtIsNullOrderByIdDesc(long partyId);

    @Query("select v from PartyVetting v where v.completedAt is null and v.dueOn <= :due and v.officeCode in :offices"
            + " order by v.dueOn asc, v.id asc")
    List<PartyVetting> openDueBy(@Param("due") LocalDate due, @Param("offices") Collection<String> offices);
}
