package gov.fpf.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.audit.AuditLog;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.InstrumentRecorded;
import gov.fpf.rules.LegalParameters;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Good standing kept on the party (EO 14411 Sec. 2(d)): the {@link DerivedStanding} answer is stored on the party
 * (good_standing and its reasons) and derived again whenever what it rests on changes: a finding recorded, an
 * affiliation added or ended, an override recorded or cleared, a payment or status change of one of the party's
 * cases ({@link #request}), a new implementing instrument, and daily (a debt falls past due by the passage of time).
 * When the answer changes, {@link PartyStatusChanged} is published for the party and its live affiliates.
 * <p>
 * Also the supervisor's override (versioned: a stale version is refused with 409) and the affiliations.
 */
@Service
public class PartyStandings {

    private static final Logger log = LoggerFactory.getLogger(PartyStandings.class);

    private final PartyRepository parties;
    private final PartyAffiliationRepository affiliations;
    private final DerivedStanding assessor;
    private final LegalParameters parameters;
    private final EoRules rules;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    @PersistenceContext
    private EntityManager entityManager;

    PartyStandings(PartyRepository parties, PartyAffiliationRepository affiliations, DerivedStanding assessor,
                   LegalParameters parameters, EoRules rules, JdbcTemplate jdbc, ObjectMapper json,
                   ApplicationEventPublisher events, AuditLog auditLog, Clock clock,
                   PlatformTransactionManager transactions) {
        this.parties = parties;
        this.affiliations = affiliations;
        this.assessor = assessor;
        this.parameters = parameters;
        this.rules = rules;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public LocalDate today() {
        return BusinessDay.today(clock);
    }

    // ------------------------------------------------------------------------------------------ the derived standing

    /** The standing kept on the party, as the API and the pages show it. */
    public record StandingView(boolean goodStanding, boolean ruleInForce, LocalDate assessedOn,
                               List<StandingAssessor.Reason> reasons) {
    }

    /** case numbers of offices the viewer does not work for are not shown in the reasons (gov.fpf.office.CaseNumberMask) */
    @org.springframework.beans.factory.annotation.Autowired
    private gov.fpf.office.CaseNumberMask caseNumberMask;

    /** The standing kept on the party, as the signed-in user may read it. */
    public StandingView view(Party party) {
        List<StandingAssessor.Reason> reasons = reasons(party.getStandingReasonsJson());
        if (!reasons.isEmpty() && caseNumberMask != null) {
            List<String> texts = caseNumberMask.mask(reasons.stream().map(StandingAssessor.Reason::text).toList());
            List<StandingAssessor.Reason> shown = new java.util.ArrayList<>();
            for (int i = 0; i < reasons.size(); i++) {
                shown.add(new StandingAssessor.Reason(reasons.get(i).code(), texts.get(i), reasons.get(i).citation()));
            }
            reasons = List.copyOf(shown);
        }
        return new StandingView(party.isGoodStanding(), party.isStandingRuleInForce(), party.getStandingAssessedOn(),
                reasons);
    }

    private List<StandingAssessor.Reason> reasons(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<StandingAssessor.Reason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("party standing reasons unreadable", e);
        }
    }

    /** the standing on the date under the law in force (not stored) */
    @Transactional(readOnly = true)
    public StandingAssessor.Standing assess(long partyId, LocalDate on) {
        return assessor.assess(partyId, on, parameters, rules);
    }

    /**
     * Derives the party's standing (and that of the parties affiliated to it, whose standing reads its record) again:
     * once, just before the current transaction commits (so the change that asked for it is in), or now outside one.
     */
    public void request(long partyId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            newTransaction.executeWithoutResult(s -> recomputeWithAffiliates(partyId));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> asked = new LinkedHashSet<>();
            pending = asked;
            TransactionSynchronizationManager.bindResource(this, asked);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    entityManager.flush();
                    Set<Long> done = new LinkedHashSet<>();
                    for (Long id : new ArrayList<>(asked)) {
                        for (Long each : withAffiliates(id)) {
                            if (done.add(each)) {
                                recompute(each);
                            }
                        }
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PartyStandings.this);
                }
            });
        }
        pending.add(partyId);
    }

    private void recomputeWithAffiliates(long partyId) {
        withAffiliates(partyId).forEach(this::recompute);
    }

    /** the party and every party on the other side of a live affiliation with it */
    private List<Long> withAffiliates(long partyId) {
        LocalDate today = today();
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(partyId);
        affiliations.involving(partyId).stream().filter(a -> a.liveOn(today) || Objects.equals(a.getEndedOn(), today))
                .forEach(a -> ids.add(a.otherThan(partyId)));
        return List.copyOf(ids);
    }

    /**
     * Derives the party's standing today, stores it, and publishes {@link PartyStatusChanged} for it and its live
     * affiliates when it changed. Returns the new standing.
     */
    @Transactional
    public StandingView recompute(long partyId) {
        Party party = parties.findById(partyId).orElseThrow(() -> new Problems.NotFound("No party with id " + partyId + "."));
        LocalDate today = today();
        boolean inForce = rules.inForce(EoRule.GOOD_STANDING, today).isPresent();
        StandingAssessor.Standing standing = assessor.assess(partyId, today, parameters, rules);
        String reasons;
        try {
            reasons = json.writeValueAsString(standing.reasons());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        boolean changed = party.isGoodStanding() != standing.goodStanding()
                || !reasons.equals(Objects.requireNonNullElse(party.getStandingReasonsJson(), "[]"))
                || party.isStandingRuleInForce() != inForce;
        jdbc.update("UPDATE party SET good_standing = ?, standing_reasons = ?, standing_rule_in_force = ?,"
                + " standing_assessed_on = ? WHERE id = ?", standing.goodStanding(), reasons, inForce,
                java.sql.Date.valueOf(today), partyId);
        boolean wasGood = party.isGoodStanding();
        party.snapshot(standing.goodStanding(), reasons, inForce, today);
        if (changed) {
            if (wasGood != standing.goodStanding()) {
                auditLog.entityEventBy(CurrentUser.SYSTEM, "PARTY", String.valueOf(partyId), "STANDING_DERIVED",
                        standing.goodStanding() ? "in good standing" : "NOT in good standing",
                        standing.reasons().isEmpty() ? null : abbreviate(standing.reasons().stream()
                                .map(r -> r.code() + ": " + r.text()).reduce((x, y) -> x + "; " + y).orElse("")));
            }
            events.publishEvent(new PartyStatusChanged(partyId));
            affiliations.involving(partyId).stream().filter(a -> a.liveOn(today))
                    .map(a -> a.otherThan(partyId)).distinct()
                    .forEach(other -> events.publishEvent(new PartyStatusChanged(other)));
        }
        return view(party);
    }

    /** Every party derived again (the daily run: debts fall past due and overrides expire by the passage of time). */
    public int recomputeAll() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM party ORDER BY id", Long.class);
        int changed = 0;
        for (Long id : ids) {
            try {
                Boolean before = jdbc.queryForObject("SELECT good_standing FROM party WHERE id = ?", Boolean.class, id);
                StandingView after = newTransaction.execute(s -> recompute(id));
                if (after != null && !Objects.equals(before, after.goodStanding())) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("Good standing of party {} not derived: {}", id, e.toString());
            }
        }
        return changed;
    }

    /** A new implementing instrument may put GOOD_STANDING in force today: every party is derived again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void instrumentRecorded(InstrumentRecorded event) {
        if (event.rules().contains(EoRule.GOOD_STANDING) && !event.effectiveDate().isAfter(today())) {
            recomputeAll();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    // ------------------------------------------------------------------------------------------ the override

    /** Records a supervisor's standing for the party (wins over the derivation through {@code until}, if given). */
    @Transactional
    public Party override(long partyId, long expectedVersion, boolean goodStanding, String reason, LocalDate until) {
        Party party = current(partyId, expectedVersion);
        String why = required(reason, "reason");
        if (until != null && until.isBefore(today())) {
            throw new Problems.InvalidInput("until: " + until + " is in the past; an override lasts until today or later.");
        }
        party.override(goodStanding, why, until, CurrentUser.id(), clock.instant());
        parties.saveAndFlush(party);
        auditLog.entityEvent("PARTY", String.valueOf(partyId), "STANDING_OVERRIDDEN",
                (goodStanding ? "in good standing" : "NOT in good standing") + " by override"
                        + (until == null ? " until cleared" : " until " + until), why);
        request(partyId);
        return party;
    }

    /** Clears the party's override: the derivation alone decides again. */
    @Transactional
    public Party clearOverride(long partyId, long expectedVersion, String reason) {
        Party party = current(partyId, expectedVersion);
        String why = required(reason, "reason");
        Party.StandingOverride before = party.getOverride();
        if (before == null) {
            throw new Problems.Conflict("Party " + partyId + " has no standing override to clear.");
        }
        party.override(null, null, null, null, null);
        parties.saveAndFlush(party);
        auditLog.entityEvent("PARTY", String.valueOf(partyId), "STANDING_OVERRIDE_CLEARED",
                "override (" + (before.goodStanding() ? "good" : "NOT good") + ", by " + before.by() + ") cleared", why);
        request(partyId);
        return party;
    }

    private Party current(long partyId, long expectedVersion) {
        Party party = parties.findById(partyId).orElseThrow(() -> new Problems.NotFound("No party with id " + partyId + "."));
        if (party.getVersion() != expectedVersion) {
            throw new Problems.Conflict("Party " + partyId + " was changed by someone else (version " + party.getVersion()
                    + ", you saw " + expectedVersion + "). Reload it and decide again.");
        }
        return party;
    }

    private static String required(String value, String field) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            throw new Problems.InvalidInput(field + ": required.");
        }
        if (v.length() > 1000) {
            throw new Problems.InvalidInput(field + ": at most 1000 characters.");
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------ affiliates

    /** An affiliate as seen from one party. */
    public record Affiliate(long affiliationId, long partyId, String name, AffiliateRelation relation, LocalDate since,
                            String note, String recordedBy, LocalDate endedOn, String endReason, boolean live,
                            long version) {
    }

    /** The party's affiliates, live ones first, then those that ended. */
    @Transactional(readOnly = true)
    public List<Affiliate> affiliates(long partyId, boolean withEnded) {
        LocalDate today = today();
        List<Affiliate> live = new ArrayList<>();
        List<Affiliate> ended = new ArrayList<>();
        for (PartyAffiliation a : affiliations.involving(partyId)) {
            long other = a.otherThan(partyId);
            String name = parties.findById(other).map(Party::getName).orElse("#" + other);
            Affiliate view = new Affiliate(a.getId(), other, name, a.relationSeenFrom(partyId), a.getSince(), a.getNote(),
                    a.getRecordedBy(), a.getEndedOn(), a.getEndReason(), a.liveOn(today), a.getVersion());
            (view.live() ? live : ended).add(view);
        }
        if (withEnded) {
            live.addAll(ended);
        }
        return live;
    }

    /**
     * Records that {@code affiliateId} is the party's {@code relation} from {@code since} (today when null). 400 for
     * the party itself or an unknown party, 409 when the same affiliation is already live.
     */
    @Transactional
    public Affiliate addAffiliate(long partyId, Long affiliateId, AffiliateRelation relation, LocalDate since,
                                  String note) {
        Party party = parties.findById(partyId).orElseThrow(() -> new Problems.NotFound("No party with id " + partyId + "."));
        if (affiliateId == null) {
            throw new Problems.InvalidInput("affiliatePartyId: required.");
        }
        if (relation == null) {
            throw new Problems.InvalidInput("relation: required, one of " + List.of(AffiliateRelation.values()) + ".");
        }
        if (affiliateId == partyId) {
            throw new Problems.InvalidInput("affiliatePartyId: a party is not its own affiliate.");
        }
        Party affiliate = parties.findById(affiliateId).orElseThrow(() -> new Problems.InvalidInput(
                "affiliatePartyId: no party with id " + affiliateId + "."));
        LocalDate today = today();
        LocalDate from = since == null ? today : since;
        if (from.isAfter(today)) {
            throw new Problems.InvalidInput("since: " + from + " is in the future.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            throw new Problems.InvalidInput("note: at most 1000 characters.");
        }
        for (PartyAffiliation a : affiliations.involving(partyId)) {
            if (a.otherThan(partyId) == affiliateId && a.relationSeenFrom(partyId) == relation && a.getEndedOn() == null) {
                throw new Problems.Conflict(affiliate.getName() + " is already recorded as " + party.getName()
                        + "'s " + relation.words() + " (affiliation " + a.getId() + ", since " + a.getSince() + ").");
            }
        }
        PartyAffiliation saved = affiliations.saveAndFlush(new PartyAffiliation(partyId, affiliateId, relation, from, text,
                clock.instant(), CurrentUser.id()));
        String line = affiliate.getName() + " (party " + affiliateId + ") recorded as " + party.getName() + "'s "
                + relation.words() + " since " + from;
        auditLog.entityEvent("PARTY", String.valueOf(partyId), "AFFILIATE_ADDED", line, text);
        auditLog.entityEvent("PARTY", String.valueOf(affiliateId), "AFFILIATE_ADDED", line, text);
        request(partyId);
        request(affiliateId);
        return new Affiliate(saved.getId(), affiliateId, affiliate.getName(), relation, from, text, saved.getRecordedBy(),
                null, null, true, saved.getVersion());
    }

    /** Ends an affiliation today (the row stays): from today it no longer counts for either party's standing. */
    @Transactional
    public Affiliate endAffiliation(long partyId, long affiliationId, String reason) {
        PartyAffiliation a = affiliations.findById(affiliationId)
                .filter(x -> x.getPartyId() == partyId || x.getAffiliateId() == partyId)
                .orElseThrow(() -> new Problems.NotFound("Party " + partyId + " has no affiliation " + affiliationId + "."));
        if (a.getEndedOn() != null) {
            throw new Problems.Conflict("Affiliation " + affiliationId + " already ended on " + a.getEndedOn() + ".");
        }
        String why = required(reason, "reason");
        LocalDate today = today();
        a.end(today, why, clock.instant(), CurrentUser.id());
        affiliations.saveAndFlush(a);
        long other = a.otherThan(partyId);
        String name = parties.findById(other).map(Party::getName).orElse("#" + other);
        String line = "affiliation " + affiliationId + " with " + name + " (" + a.relationSeenFrom(partyId).words()
                + ") ended on " + today;
        auditLog.entityEvent("PARTY", String.valueOf(a.getPartyId()), "AFFILIATE_ENDED", line, why);
        auditLog.entityEvent("PARTY", String.valueOf(a.getAffiliateId()), "AFFILIATE_ENDED", line, why);
        request(a.getPartyId());
        request(a.getAffiliateId());
        return new Affiliate(a.getId(), other, name, a.relationSeenFrom(partyId), a.getSince(), a.getNote(),
                a.getRecordedBy(), today, why, false, a.getVersion());
    }
}
