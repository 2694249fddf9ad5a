package gov.fpf.bond;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BondRepository extends JpaRepository<Bond, Long> {

    List<Bond> findByPrincipalPartyIdOrderByIdAsc(Long principalPartyId);

    boolean existsByBondNumber(String bondNumber);

    Optional<Bond> findByBondNumber(String bondNumber);

    /** The bond, locked until the transaction ends: claims against one bond are charged one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Bond b where b.id = :id")
    Optional<Bond> lockById(@Param("id") Long id);
}
