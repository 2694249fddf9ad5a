package gov.fpf.seizure;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeizureCaseRepository extends JpaRepository<SeizureCase, Long> {
}
