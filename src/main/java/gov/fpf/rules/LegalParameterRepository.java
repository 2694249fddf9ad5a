package gov.fpf.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface LegalParameterRepository extends Repository<LegalParameter, Long> {

    LegalParameter save(LegalParameter parameter);

    Optional<LegalParameter> findFirstByNameAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(String name, LocalDate on);

    List<LegalParameter> findByNameOrderByEffectiveFromAsc(String name);

    List<LegalParameter> findAllByOrderByNameAscEffectiveFromAsc();

    boolean existsByName(String name);

    boolean existsByNameAndEffectiveFrom(String name, LocalDate effectiveFrom);
}
