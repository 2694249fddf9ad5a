package gov.fpf.party;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

    /** Parties whose name contains the text, any case, by name; at most 20 (the intake page's party picker). */
    List<Party> findTop20ByNameContainingIgnoreCaseOrderByNameAscIdAsc(String text);
}
