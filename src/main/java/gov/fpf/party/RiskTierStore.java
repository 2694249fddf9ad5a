package gov.fpf.party;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.CurrentUser;

/**
 * Keeps the risk tier computed for a party (EO 14411 Sec. 2(e)) on the party, so every list can show and sort by it.
 * The computation is gov.fpf.risktier's; this only stores its answer, with an audit event naming the score.
 */
@Component
public class RiskTierStore {

    private final PartyRepository parties;
    private final AuditLog auditLog;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    RiskTierStore(PartyRepository parties, AuditLog auditLog, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.parties = parties;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    /**
     * Stores the tier (null: none, the rule is not in force) when it differs from the one kept.
     *
     * @return true when the kept tier changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean keep(long partyId, RiskTier tier, String score) {
        String kept = jdbc.queryForObject("SELECT risk_tier FROM party WHERE id = ?", String.class, partyId);
        RiskTier before = kept == null ? null : RiskTier.valueOf(kept);
        if (before == tier) {
            return false;
        }
        // written without the party's version: a derived answer is not a person's change, and must not make the
        // version a user holds stale (a false 409 on their next change of the party)
        jdbc.update("UPDATE party SET risk_tier = ? WHERE id = ?", tier == null ? null : tier.name(), partyId);

        auditLog.entityEventBy(CurrentUser.id(), "PARTY", Long.toString(partyId), "RISK_TIER_CHANGED",
                (before == null ? "no tier" : before.name()) + " -> " + (tier == null ? "no tier" : tier.name()), score);
        return true;
    }
}
