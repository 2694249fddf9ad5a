package gov.fpf.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: no update, no delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCaseNumberOrderByOccurredAtAscIdAsc(String caseNumber);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);

    long count();
}
