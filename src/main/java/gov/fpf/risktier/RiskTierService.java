package gov.fpf.risktier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFileChanged;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.FindingRecorded;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.party.PartyStatusChanged;
import gov.fpf.party.PastDueDebts;
import gov.fpf.party.RiskTier;
import gov.fpf.party.RiskTierStore;
import gov.fpf.party.StandingAssessor;
import gov.fpf.party.ViolationRecord;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.InstrumentRecorded;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The risk tier of an importer of record (EO 14411 Sec. 2(e)): gathers what {@link RiskScoring} reads from the party's
 * record, answers the score with its inputs, and keeps the tier on the party (party.risk_tier), publishing
 * {@link PartyStatusChanged} when it changes.
 *
 * <p>The kept tier is recomputed when an input changes, once per party and transaction, just before the transaction
 * commits (so the score reads what the transaction wrote): a case of the party changed ({@link CaseFileChanged}: opened,
 * amounts, payments, status, deadlines), a finding or an audit result was recorded, the party's standing changed
 * ({@link PartyStatusChanged} from another area; our own publication of it meets a party already scored in the
 * transaction, so there is no loop); every day ({@link RiskTierDaily}); and for every importer of record when an
 * instrument that puts RISK_TIERS or GOOD_STANDING in force today is recorded.
 */
@Service
public class RiskTierService {

    private static final Logger log = LoggerFactory.getLogger(RiskTierService.class);

    private final PartyService parties;
    private final PastDueDebts pastDueDebts;
    private final StandingAssessor standing;
    private final IorAuditResultRepository audits;
    private final RiskTierStore store;
    private final LegalParameters legalParameters;
    private final EoRules eoRules;
    private final JdbcTemplate jdbc;
    private final OfficeCalendar calendar;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;
    /** a transaction of its own (after another transaction committed) */
    private final TransactionTemplate separate;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    RiskTierService(PartyService parties, PastDueDebts pastDueDebts, StandingAssessor standing,
                    IorAuditResultRepository audits, RiskTierStore store, LegalParameters legalParameters,
                    EoRules eoRules, JdbcTemplate jdbc, OfficeCalendar calendar, ApplicationEventPublisher events,
                    AuditLog auditLog, PlatformTransactionManager transactions, Clock clock) {
        this.parties = parties;
        this.pastDueDebts = pastDueDebts;
        this.standing = standing;
        this.audits = audits;
        this.store = store;
        this.legalParameters = legalParameters;
        this.eoRules = eoRules;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** today at headquarters: the day the kept tier is computed for */
    public LocalDate today() {
        return BusinessDay.today(clock);
    }

    /** The party's score today under the legal parameters and the register; empty before RISK_TIERS is in force. */
    @Transactional(readOnly = true)
    public Optional<RiskScoring.Score> score(long partyId) {
        return score(partyId, today(), legalParameters, eoRules);
    }

    /**
     * The party's score on a date under the given parameters and rules (the what-if dry run passes a proposed change);
     * empty when RISK_TIERS is not in force on the date or the party is not an importer of record.
     */
    @Transactional(readOnly = true)
    public Optional<RiskScoring.Score> score(long partyId, LocalDate on, ParameterSource parameters, EoRuleSource rules) {
        Party party = parties.get(partyId);
        if (!party.hasRole(PartyRole.IMPORTER_OF_RECORD) || rules.inForce(EoRule.RISK_TIERS, on).isEmpty()) {
            return Optional.empty();
        }
        return RiskScoring.score(inputs(partyId, on, parameters, rules), on, parameters, rules);
    }

    /** What the scoring reads about the party on the date. */
    RiskScoring.Inputs inputs(long partyId, LocalDate on, ParameterSource parameters, EoRuleSource rules) {
        List<RiskScoring.Finding> findings = parties.violations(partyId).stream()
                .map(RiskTierService::finding).toList();
        List<RiskScoring.EnforcementAction> actions = jdbc.query("SELECT case_number, family, office_code, opened_at"
                        + " FROM case_file WHERE party_id = ? AND family IN ('PENALTY', 'LIQUIDATED_DAMAGES', 'SEIZURE')"
                        + " ORDER BY opened_at, id",
                (rs, i) -> new RiskScoring.EnforcementAction(rs.getString("case_number"), rs.getString("family"),
                        rs.getTimestamp("opened_at").toInstant().atZone(calendar.zone(rs.getString("office_code")))
                                .toLocalDate()), partyId);
        // the grace of good standing, while GOOD_STANDING is in force; otherwise a debt is past due the day after
        int grace = parameters.inForce(ParameterNames.STANDING_PAST_DUE_GRACE, on).map(v -> v.asInt()).orElse(0);
        List<RiskScoring.Debt> debts = pastDueDebts.of(partyId, on, grace).stream()
                .map(d -> new RiskScoring.Debt(d.caseNumber(), d.family(), d.amountOwed(), d.dueDate(), d.referred()))
                .toList();
        List<RiskScoring.Audit> audited = audits.findByPartyIdOrderByAuditDateDescIdDesc(partyId).stream()
                .map(a -> new RiskScoring.Audit(a.getAuditDate(), a.getKind().name(),
                        a.getResult() == IorAuditOutcome.ADVERSE, a.getReference()))
                .toList();
        RiskScoring.Standing stand = null;
        if (rules.inForce(EoRule.GOOD_STANDING, on).isPresent()) {
            StandingAssessor.Standing s = standing.assess(partyId, on, parameters, rules);
            stand = new RiskScoring.Standing(s.goodStanding(), s.reasons().stream()
                    .map(r -> r.text() + " (" + r.citation() + ")").toList());
        }
        return new RiskScoring.Inputs(findings, actions, debts, audited, stand);
    }

    private static RiskScoring.Finding finding(ViolationRecord v) {
        return new RiskScoring.Finding(v.getFindingDate(), v.getStatute(), v.getCaseNumber(), v.getKind().isFinding(),
                v.getIllicitImport() == null ? null : v.getIllicitImport().name());
    }

    /**
     * Computes the party's tier today and keeps it; publishes {@link PartyStatusChanged} when it changed. In the
     * caller's transaction.
     *
     * @return the tier kept (null: none)
     */
    @Transactional
    public RiskTier recompute(long partyId) {
        return keep(partyId);
    }

    private RiskTier keep(long partyId) {
        Optional<RiskScoring.Score> score = score(partyId, today(), legalParameters, eoRules);
        RiskTier tier = score.map(RiskScoring.Score::tier).orElse(null);
        if (store.keep(partyId, tier, score.map(RiskTierService::summary).orElse("RISK_TIERS not in force or not an IOR"))) {
            events.publishEvent(new PartyStatusChanged(partyId));
        }
        return tier;
    }

    /** the score in one line, for the audit trail */
    static String summary(RiskScoring.Score s) {
        StringBuilder out = new StringBuilder("score " + s.total().toPlainString() + " on " + s.on() + ":");
        for (RiskScoring.Line l : s.lines()) {
            out.append(' ').append(l.code()).append(' ').append(l.count()).append('x').append(l.pointsEach().toPlainString())
                    .append('=').append(l.subtotal().toPlainString()).append(';');
        }
        s.thresholds().forEach(t -> out.append(' ').append(t.tier()).append(" from ").append(t.from().toPlainString()).append(';'));
        String text = out.toString();
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    /** Records an audit of an importer of record and rescores it (400 for bad input, 409 for a reference it has). */
    @Transactional
    public IorAuditResult recordAudit(long partyId, LocalDate auditDate, IorAuditKind kind, IorAuditOutcome result,
                                      String reference, String note) {
        Party party = parties.get(partyId);
        if (!party.hasRole(PartyRole.IMPORTER_OF_RECORD)) {
            throw new Problems.RuleViolation("Party " + partyId + " is not an importer of record; audit results are"
                    + " kept for importers of record (their risk tier).", "EO 14411 Sec. 2(e)");
        }
        if (auditDate.isAfter(today())) {
            throw new Problems.InvalidInput("auditDate: " + auditDate + " is in the future.");
        }
        String ref = reference.strip();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (audits.existsByPartyIdAndReference(partyId, ref)) {
            throw new Problems.Conflict("Party " + partyId + " already has an audit result with reference '" + ref
                    + "'; a result is never changed, record a correction under a new reference.");
        }
        IorAuditResult saved = audits.save(new IorAuditResult(partyId, auditDate, kind, result, ref, text,
                clock.instant(), CurrentUser.id()));
        auditLog.entityEvent("PARTY", Long.toString(partyId), "AUDIT_RESULT_RECORDED",
                kind + " audit " + ref + " of " + auditDate + ": " + result, text);
        later(partyId);
        return saved;
    }

    @Transactional(readOnly = true)
    public List<IorAuditResult> audits(long partyId) {
        parties.get(partyId);
        return audits.findByPartyIdOrderByAuditDateDescIdDesc(partyId);
    }

    /** Scores every importer of record (and clears the tier of parties that no longer are one); the daily run. */
    public int recomputeAll() {
        List<Long> ids = jdbc.queryForList("SELECT DISTINCT p.id FROM party p LEFT JOIN party_role r ON r.party_id = p.id"
                + " AND r.role = 'IMPORTER_OF_RECORD' WHERE r.party_id IS NOT NULL OR p.risk_tier IS NOT NULL"
                + " ORDER BY p.id", Long.class);
        int changed = 0;
        for (Long id : ids) {
            try {
                RiskTier before = tx.execute(s -> parties.get(id).getRiskTier());
                RiskTier after = tx.execute(s -> keep(id));
                if (before != after) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("Risk tier of party {} not recomputed: {}", id, e.getMessage());
            }
        }
        return changed;
    }

    // ---- keeping the tier current --------------------------------------------------------------------------------

    @EventListener
    void caseChanged(CaseFileChanged event) {
        if (event.caseFile().getPartyId() != null) {
            later(event.caseFile().getPartyId());
        }
    }

    /**
     * Another area's change of the party (its good standing, which the score reads): rescored after that transaction
     * commits, in a transaction of its own. Standing publishes from its own before-commit step, where a rescoring
     * scheduled for "before commit" would never run; after commit it sees what was committed. Our own publication
     * leads here once more and finds the tier unchanged, so it ends there.
     */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void partyChanged(PartyStatusChanged event) {
        try {
            separate.executeWithoutResult(s -> keep(event.partyId()));
        } catch (RuntimeException e) {
            log.warn("Risk tier of party {} not recomputed after its status changed: {}", event.partyId(), e.getMessage());
        }
    }

    @EventListener
    void findingRecorded(FindingRecorded event) {
        later(event.partyId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void instrumentRecorded(InstrumentRecorded event) {
        if ((event.rules().contains(EoRule.RISK_TIERS) || event.rules().contains(EoRule.GOOD_STANDING))
                && !event.effectiveDate().isAfter(today())) {
            recomputeAll();
        }
    }

    /**
     * Schedules the party's rescoring just before the current transaction commits (once per party), or rescores it
     * at once in its own transaction when none is active.
     */
    void later(long partyId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                tx.executeWithoutResult(s -> keep(partyId));
            } catch (RuntimeException e) {
                log.warn("Risk tier of party {} not recomputed: {}", partyId, e.getMessage());
            }
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(Pending.class, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.waiting.add(partyId);
    }

    /** The parties to rescore before this transaction commits, and those already rescored in it. */
    private final class Pending implements TransactionSynchronization {
        final Set<Long> waiting = new LinkedHashSet<>();
        final Set<Long> done = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (readOnly) {
                return;
            }
            entityManager.flush();
            while (!waiting.isEmpty()) {
                Long id = waiting.iterator().next();
                waiting.remove(id);
                if (done.add(id)) {
                    try {
                        keep(id);
                    } catch (RuntimeException e) {
                        // the change the transaction made stands; the daily run scores the party again
                        log.warn("Risk tier of party {} not recomputed: {}", id, e.getMessage());
                    }
                }
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
        }
    }
}
