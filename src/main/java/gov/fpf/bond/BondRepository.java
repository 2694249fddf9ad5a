package gov.fpf.bond;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BondRepository extends JpaRepository<Bond, Long> {

    List<Bond> findByPrincipalPartyIdOrderByIdAsc(Long principalPartyId);

    boolean existsByBondNumber(String bondNumber);
}
