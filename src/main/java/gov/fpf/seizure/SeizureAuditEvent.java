package gov.fpf.seizure;

/**
 * The audit event types a seizure case writes. The stored type is the constant's name, as it always was: reports
 * and the case history read these rows by it, so a constant is never renamed.
 */
enum SeizureAuditEvent {

    ABANDONMENT_BY_ONE_PARTY,
    ABANDONMENT_RECEIVED,
    CAFRA_CLAIM_RECEIVED,
    CAFRA_NOTICE_TOO_LATE,
    CLAIM_AND_BOND_RECEIVED,
    CUSTODY_RECORDED,
    CUSTODY_RECEIVED,
    CUSTODY_MOVED,
    CUSTODY_INSPECTED,
    CUSTODY_PHOTOGRAPHED,
    CUSTODY_STORAGE_RATE_CHANGED,
    CUSTODY_RELEASED,
    CUSTODY_DISPOSED,
    DISPOSITION_DECIDED,
    FORFEITED_BY_ASSENT,
    FORFEITURE_PATH,
    INTERESTED_PARTY_RECORDED,
    PENALTY_1592_RECORDED,
    PROCEEDS_REIMBURSED,
    PROPERTY_RELEASED,
    PUBLICATION_RECORDED,
    SUMMARY_DESTROYED,
    SUMMARY_SALE_SALE,
    SUMMARY_SALE_DESTRUCTION,
    SUMMARY_SALE_REJECTED,
    SUMMARY_SALE_DATE_MOVED,
    SUMMARY_SOLD,
    SUMMARY_SOLD_PERISHABLE_ITEMS,
    TRADEMARK_OWNER_CONSENT;

    /** The custodian's log entry of this kind. */
    static SeizureAuditEvent custody(CustodyEvent.Kind kind) {
        return valueOf("CUSTODY_" + kind.name());
    }

    /** The supervisor's 1612 decision: SALE, DESTRUCTION or REJECTED (checked before). */
    static SeizureAuditEvent summarySaleDecision(String decision) {
        return valueOf("SUMMARY_SALE_" + decision);
    }
}
