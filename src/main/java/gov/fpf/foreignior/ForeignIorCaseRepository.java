package gov.fpf.foreignior;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForeignIorCaseRepository extends JpaRepository<ForeignIorCase, Long> {
}
