package gov.fpf.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.system.CurrentUser;

/**
 * Writes the audit trail. Joins the caller's transaction (MANDATORY), so an event exists exactly when the change
 * it describes was committed.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void caseEvent(String caseNumber, String event, String detail) {
        caseEvent(caseNumber, event, detail, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void caseEvent(String caseNumber, String event, String detail, String reason) {
        events.save(new AuditEvent(clock.instant(), CurrentUser.id(), "CASE", caseNumber, caseNumber, event, reason,
                truncate(detail)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void entityEvent(String entityType, String entityId, String event, String detail, String reason) {
        events.save(new AuditEvent(clock.instant(), CurrentUser.id(), entityType, entityId, null, event, reason,
                truncate(detail)));
    }

    /**
     * For changes whose actor is known to the caller rather than to Spring Security: a model deployed through the
     * engine (its authenticated user), or by the start-up deployment ("system").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void entityEventBy(String actor, String entityType, String entityId, String event, String detail,
                              String reason) {
        events.save(new AuditEvent(clock.instant(), actor == null ? CurrentUser.SYSTEM : actor, entityType, entityId,
                null, event, reason, truncate(detail)));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }
}
