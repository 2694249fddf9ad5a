package gov.fpf.casefile;

import java.math.BigDecimal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId")
    BigDecimal totalPaid(Long caseId);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId and p.appliedTo = :appliedTo")
    BigDecimal totalPaidFor(Long caseId, String appliedTo);
}
