package gov.fpf.penalty;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long> {
}
