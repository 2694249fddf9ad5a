package gov.fpf.rules;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface LegalParameterRepository extends Repository<LegalParameter, Long> {

    LegalParameter save(LegalParameter parameter);

    List<LegalParameter> findByNameOrderByEffectiveFromAsc(String name);

    List<LegalParameter> findAllByOrderByNameAscEffectiveFromAsc();

    boolean existsByNameAndEffectiveFrom(String name, LocalDate effectiveFrom);
}
