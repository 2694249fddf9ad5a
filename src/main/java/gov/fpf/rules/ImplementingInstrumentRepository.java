package gov.fpf.rules;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImplementingInstrumentRepository extends JpaRepository<ImplementingInstrument, Long> {

    List<ImplementingInstrument> findAllByOrderByEffectiveDateAscIdAsc();

    boolean existsByCitation(String citation);

    boolean existsByTitleStartingWith(String prefix);
}
