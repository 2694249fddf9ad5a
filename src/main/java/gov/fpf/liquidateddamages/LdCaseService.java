package gov.fpf.liquidateddamages;

import static gov.fpf.casefile.StepValues.*;
import static gov.fpf.rules.RuleMath.cents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondService;
import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.rules.TraceStep;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.casefile.PaymentTerms;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.office.OfficeRepository;
import gov.fpf.party.PartyService;
import gov.fpf.rules.Computation;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Liquidated-damages claims against bonds (law reference 5; 19 CFR 113, 172): opening a claim from a breach with
 * its amount capped at the bond's remaining coverage, then every step LiquidatedDamagesClaimProcess asks for. The
 * arithmetic is in {@link LdClaims} and {@link LdGuidelines}; this class stores what they compute, with its trace,
 * writes the notices, and keeps the claim's charge against the bond (cancelled on payment or cancellation,
 * 19 CFR 113.51).
 */
@Service
public class LdCaseService implements LdClaimSteps, PetitionFamily, PaymentTerms {

    /** Referrals are followed up monthly and go to a supervisor after 90 days without a result (internal control). */
    static final String REFERRAL_FOLLOW_UP_CYCLE = "R/P30D";
    static final int REFERRAL_ESCALATION_DAYS = 90;
    /** The party history statute under which a liquidated-damages finding is recorded. */
    public static final String VIOLATION_STATUTE = "LD";
    static final String PRINCIPAL = "PRINCIPAL";
    static final String SURETY = "SURETY";

    /** A breach to claim for; amounts in dollars, only those the breach needs (see {@link LdClaims}). */
    public record NewLdCase(Long bondId, String breach, LocalDate breachDate, String entryNumber,
                            BigDecimal merchandiseValue, Boolean restricted, BigDecimal withheldDuty,
                            BigDecimal unpaidDuties, BigDecimal estimatedDuties, Integer daysLate, Integer defaults,
                            Boolean firstViolation, String officeCode, BigDecimal estimatedFees, String tibSubheading) {

        /** A breach without the TIB facts (fees and subheading). */
        public NewLdCase(Long bondId, String breach, LocalDate breachDate, String entryNumber,
                         BigDecimal merchandiseValue, Boolean restricted, BigDecimal withheldDuty,
                         BigDecimal unpaidDuties, BigDecimal estimatedDuties, Integer daysLate, Integer defaults,
                         Boolean firstViolation, String officeCode) {
            this(bondId, breach, breachDate, entryNumber, merchandiseValue, restricted, withheldDuty, unpaidDuties,
                    estimatedDuties, daysLate, defaults, firstViolation, officeCode, null, null);
        }
    }

    /** Why a breach could not become a claim, for the bulk import's summary. */
    public enum Refusal { DUPLICATE, UNKNOWN_BOND, OUTSIDE_STATUTE, INVALID }

    /** A breach refused before anything was stored, with the reason the import reports. */
    public static class BreachRefused extends RuntimeException {
        private final Refusal refusal;

        BreachRefused(Refusal refusal, String reason) {
            super(reason);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final LdClaimRepository claims;
    private final LdExtensionRequestRepository extensions;
    private final PetitionRepository petitions;
    private final PetitionService petitionService;
    private final BondService bonds;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final OfficeRepository offices;
    private final LdClaims rules;
    private final LdGuidelines guidelines;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OfficeCalendar calendar;

    LdCaseService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, LdClaimRepository claims,
                  LdExtensionRequestRepository extensions, PetitionRepository petitions, PetitionService petitionService,
                  BondService bonds, PartyService parties, OfficeAccess officeAccess, OfficeRepository offices,
                  LdClaims rules, LdGuidelines guidelines, Deadlines deadlines, LegalParameters parameters,
                  CaseWork caseWork, AuditLog auditLog, Clock clock, OfficeCalendar calendar) {
        this.calendar = calendar;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.claims = claims;
        this.extensions = extensions;
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.bonds = bonds;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.offices = offices;
        this.rules = rules;
        this.guidelines = guidelines;
        this.deadlines = deadlines;
        this.parameters = parameters;
        this.caseWork = caseWork;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ opening

    /** Opens a claim in the caller's office (API): bad input is 400, a refused breach 422, a duplicate 409. */
    @Transactional
    public CaseView open(NewLdCase r) {
        String office = officeAccess.officeForNewCase(r.officeCode());
        try {
            return caseFiles.view(open(r, office, false, null));
        } catch (BreachRefused refused) {
            throw switch (refused.refusal()) {
                case DUPLICATE -> new Problems.Conflict(refused.getMessage());
                case OUTSIDE_STATUTE -> new Problems.RuleViolation(refused.getMessage(), "28 U.S.C. 2415(a)");
                default -> new Problems.InvalidInput(refused.getMessage());
            };
        }
    }

    /**
     * Opens the case, computes the claim against the bond's remaining coverage, and starts
     * LiquidatedDamagesClaimProcess, in one transaction. Refuses with {@link BreachRefused} (nothing stored) when the
     * breach cannot become a claim. Returns the case number.
     */
    @Transactional
    public String open(NewLdCase r, String officeCode, boolean demo, Long importId) {
        LdBreach breach = breach(r.breach());
        if (r.bondId() == null) {
            throw new BreachRefused(Refusal.INVALID, "bondId: name the bond the breach is claimed against.");
        }
        if (r.breachDate() == null) {
            throw new BreachRefused(Refusal.INVALID, "breachDate: the date the bond condition was breached is required.");
        }
        LocalDate today = calendar.today(officeCode);
        if (r.breachDate().isAfter(today)) {
            throw new BreachRefused(Refusal.INVALID, "breachDate: " + r.breachDate() + " is in the future; a breach "
                    + "is claimed after it happens.");
        }
        nonNegative(r.merchandiseValue(), "merchandiseValue");
        nonNegative(r.withheldDuty(), "withheldDuty");
        nonNegative(r.unpaidDuties(), "unpaidDuties");
        nonNegative(r.estimatedDuties(), "estimatedDuties");
        nonNegative(r.estimatedFees(), "estimatedFees");
        if (r.daysLate() != null && r.daysLate() < 0) {
            throw new BreachRefused(Refusal.INVALID, "daysLate: must be 0 or more.");
        }
        if (r.defaults() != null && r.defaults() < 0) {
            throw new BreachRefused(Refusal.INVALID, "defaults: must be 1 or more when given.");
        }
        if (breach == LdBreach.LATE_ENTRY_SUMMARY && (r.daysLate() == null || r.daysLate() < 1)) {
            throw new BreachRefused(Refusal.INVALID, "daysLate: a late entry summary needs the number of days it was late (1 or more).");
        }
        if (r.entryNumber() != null && r.entryNumber().strip().length() > 32) {
            throw new BreachRefused(Refusal.INVALID, "entryNumber: at most 32 characters.");
        }
        Deadline limitation = deadlines.due("Limitation on a claim on the bond", ParameterNames.LD_CLAIM_LIMITATION,
                r.breachDate());
        if (limitation.due().isBefore(today)) {
            throw new BreachRefused(Refusal.OUTSIDE_STATUTE, "breachDate " + r.breachDate() + " is outside the statute: "
                    + "the period for a claim on the bond ran out on " + limitation.due() + " (" + limitation.citation() + ").");
        }
        Bond bond = bonds.lockForCharge(r.bondId()).orElseThrow(() -> new BreachRefused(Refusal.UNKNOWN_BOND,
                "bondId: there is no bond with id " + r.bondId() + ". Record the bond with POST /api/v1/bonds first."));
        if (r.breachDate().isBefore(bond.getEffectiveDate())) {
            throw new BreachRefused(Refusal.INVALID, "breachDate " + r.breachDate() + " is before bond "
                    + label(bond) + " took effect on " + bond.getEffectiveDate() + "; it does not cover this breach.");
        }
        String entry = r.entryNumber() == null || r.entryNumber().isBlank() ? null : r.entryNumber().strip().toUpperCase(Locale.ROOT);
        String key = bond.getId() + "|" + breach + "|" + (entry == null ? "-" : entry) + "|" + r.breachDate();
        if (claims.existsByBreachKey(key)) {
            throw new BreachRefused(Refusal.DUPLICATE, "A claim for this breach already exists (bond " + label(bond)
                    + ", " + breach + ", entry " + (entry == null ? "none" : entry) + ", " + r.breachDate() + ").");
        }
        boolean first = r.firstViolation() != null ? r.firstViolation() : firstViolation(bond, breach);
        LdFacts facts = new LdFacts(breach, r.breachDate(), bond.getType(), bond.getAmount(), r.merchandiseValue(),
                Boolean.TRUE.equals(r.restricted()), r.withheldDuty(), r.unpaidDuties(), r.estimatedDuties(),
                r.daysLate() == null ? 0 : r.daysLate(), r.defaults() == null ? 1 : r.defaults(), first,
                r.estimatedFees(), r.tibSubheading() == null || r.tibSubheading().isBlank() ? null : r.tibSubheading().strip());
        Computation assessed;
        try {
            assessed = rules.assessed(facts, parameters, r.breachDate());
        } catch (Problems.InvalidInput bad) {
            throw new BreachRefused(Refusal.INVALID, bad.getMessage());
        }
        BigDecimal charged = claims.sumClaims(bond.getId(), LdClaim.Charge.OPEN);
        LdClaims.BondCoverage coverage = rules.remainingCoverage(bond.getAmount(), List.of(charged), assessed.amount());
        BigDecimal claimAmount = coverage.claim().amount();

        String principal = parties.get(bond.getPrincipalPartyId()).getName();
        CaseFile caseFile = caseFiles.open(CaseFamily.LIQUIDATED_DAMAGES, officeCode, bond.getPrincipalPartyId(), demo,
                breach + " on bond " + label(bond) + " (principal " + principal + ", surety " + bond.getSuretyName()
                        + "): liquidated damages " + NoticeHtml.money(assessed.amount()) + ", claimed "
                        + NoticeHtml.money(claimAmount) + (coverage.exceedsCoverage() ? " (capped at the bond's remaining"
                        + " coverage)" : "") + ".");
        LdClaim claim = new LdClaim(caseFile.getId(), bond.getId(), facts, entry, key, importId);
        claim.claim(assessed.amount(), claimAmount, coverage.exceedsCoverage());
        List<TraceStep> trace = new ArrayList<>(assessed.steps());
        trace.addAll(coverage.claim().steps());
        Guideline g = guideline(facts, claimAmount, r.breachDate(), trace);
        claim.guideline(g.formula, g.unverified, g.low, g.high, g.optionOne);
        claims.save(claim);
        Deadline referral = deadlines.due("Report of the unsatisfied bond to the Department of Justice",
                ParameterNames.BOND_DOJ_REFERRAL, claim.getLiabilityAccruedDate());
        trace.add(referral.trace());
        trace.add(limitation.trace());
        caseFiles.recordOpeningComputation(caseFile, assessed.amount(), DeadlineNames.DOJ_REFERRAL,
                referral.trigger(), referral.due(), referral.citation(), trace);
        caseFiles.recordAmounts(caseFile, assessed.amount(), claimAmount, null);
        if (coverage.exceedsCoverage()) {
            auditLog.caseEvent(caseFile.getCaseNumber(), "BOND_COVERAGE_EXCEEDED", "liquidated damages of "
                    + NoticeHtml.money(assessed.amount()) + " exceed the remaining coverage "
                    + NoticeHtml.money(coverage.remainingBefore()) + " of bond " + label(bond) + "; claim capped at "
                    + NoticeHtml.money(claimAmount));
        }
        if (claimAmount.signum() > 0) {
            auditLog.entityEvent("BOND", bond.getId().toString(), "BOND_CHARGED", NoticeHtml.money(claimAmount)
                    + " charged by case " + caseFile.getCaseNumber() + "; remaining coverage "
                    + NoticeHtml.money(coverage.remainingAfter()), null);
        }
        Map<String, Object> start = new HashMap<>();
        start.put("bondNumber", label(bond));
        start.put("suretyName", bond.getSuretyName());
        start.put("principalName", principal);
        start.put("breach", breach.name());
        start.put("breachDate", r.breachDate().toString());
        start.put(LiquidatedDamagesClaimProcess.VAR_CLAIM_AMOUNT, ProcessVariables.number(claimAmount));
        start.put("guidelineAmount", g.display);
        caseWork.startCase(LiquidatedDamagesClaimProcess.KEY, caseFile.getCaseNumber(), officeCode, start);
        return caseFile.getCaseNumber();
    }

    private record Guideline(String formula, boolean unverified, BigDecimal low, BigDecimal high, BigDecimal optionOne,
                             String display) {
    }

    /** The guideline for the breach (LdGuideline table), its amounts where the table gives a formula. */
    private Guideline guideline(LdFacts facts, BigDecimal claim, LocalDate on, List<TraceStep> trace) {
        LdGuidelines.Guideline g = guidelines.guideline(facts.breach(), facts.firstViolation());
        if (g.unverified() || g.formula() == null) {
            trace.add(new TraceStep("Mitigation guideline", "unverified", "no guideline amount: " + g.note()
                    + " The officer decides a petition on its merits.", g.citation() + " [" + g.confidence() + "]",
                    g.tableReference()));
            return new Guideline(g.formula(), true, null, null, null, "no verified guideline (" + g.citation() + ")");
        }
        switch (g.formula()) {
            case LdGuidelines.LATE_ENTRY_SUMMARY_INTEREST -> {
                Computation sum = guidelines.lateEntrySummary(facts.withheldDuty() == null ? BigDecimal.ZERO
                        : facts.withheldDuty(), facts.daysLate(), parameters, on);
                trace.addAll(sum.steps());
                BigDecimal amount = cents(sum.amount().min(claim));
                BigDecimal optionOne = g.optionOne() ? amount : null;
                return new Guideline(g.formula(), false, amount, amount, optionOne, NoticeHtml.money(amount)
                        + (g.optionOne() ? " (Option 1: pay within 60 days and the case closes)" : ""));
            }
            case LdGuidelines.ISF_FIRST_VIOLATION_RANGE, LdGuidelines.ISF_LATER_VIOLATION_MINIMUM -> {
                GuidelineRanges.Range range = guidelines.isfRange(claim,
                        LdGuidelines.ISF_FIRST_VIOLATION_RANGE.equals(g.formula()), parameters, on);
                trace.addAll(range.steps());
                return new Guideline(g.formula(), false, range.low(), range.high(), null,
                        NoticeHtml.money(range.low()) + " to " + NoticeHtml.money(range.high()));
            }
            default -> throw new IllegalStateException("LdGuideline returned formula " + g.formula()
                    + ", which no rule computes");
        }
    }

    /** No earlier claim of the same breach against any bond of the same principal. */
    private boolean firstViolation(Bond bond, LdBreach breach) {
        return bonds.ofPrincipal(bond.getPrincipalPartyId()).stream()
                .noneMatch(b -> claims.existsByBondIdAndBreach(b.getId(), breach));
    }

    private static LdBreach breach(String value) {
        if (value == null || value.isBlank()) {
            throw new BreachRefused(Refusal.INVALID, "breach: name the breach of the bond condition, one of "
                    + java.util.Arrays.toString(LdBreach.values()) + ".");
        }
        try {
            return LdBreach.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BreachRefused(Refusal.INVALID, "breach: '" + value + "' is not one of "
                    + java.util.Arrays.toString(LdBreach.values()) + ".");
        }
    }

    private static void nonNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw new BreachRefused(Refusal.INVALID, field + ": must be 0 or more dollars, was " + amount.toPlainString() + ".");
        }
        if (amount != null && amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new BreachRefused(Refusal.INVALID, field + ": dollars with at most two decimals, was " + amount.toPlainString() + ".");
        }
    }

    // ------------------------------------------------------------------------------------------ extension requests

    /** 19 CFR 172.3(c): a request for more time, only while the petition period runs; an officer decides it. */
    @Transactional
    public LdExtensionRequest requestExtension(String caseNumber, String requestedBy, LocalDate requestDate,
                                               LocalDate requestedUntil, String reason) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        LdClaim claim = claim(c);
        String by = requestedBy == null ? PRINCIPAL : requestedBy;
        String period = SURETY.equals(by) && claim.getSuretyDemandDate() != null
                ? DeadlineNames.SURETY_PETITION : DeadlineNames.PETITION;
        CaseDeadline due = caseFiles.openDeadline(c, period).orElseThrow(() -> new Problems.RuleViolation("Case "
                + caseNumber + " has no petition period running for the " + by.toLowerCase(Locale.ROOT)
                + "; an extension can only be asked for within it.", "19 CFR 172.3(c)"));
        if (requestDate.isAfter(due.getDueDate())) {
            throw new Problems.RuleViolation("The request dated " + requestDate + " comes after the petition period ended on "
                    + due.getDueDate() + "; an extension must be asked for within the 60 days.", "19 CFR 172.3(c)");
        }
        if (!requestedUntil.isAfter(due.getDueDate())) {
            throw new Problems.InvalidInput("requestedUntil: " + requestedUntil + " is not after the current end of the"
                    + " period, " + due.getDueDate() + ".");
        }
        LdExtensionRequest request = extensions.save(new LdExtensionRequest(c.getId(), by, requestDate, requestedUntil,
                reason.strip(), clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(caseNumber, "EXTENSION_REQUESTED", "The " + by.toLowerCase(Locale.ROOT) + " asked on "
                + requestDate + " for time to petition until " + requestedUntil + " (period ends " + due.getDueDate()
                + ", 19 CFR 172.3(c))", reason);
        boolean delivered = caseWork.deliver(gov.fpf.process.engine.CaseMessages.EXTENSION_REQUESTED, caseNumber,
                Map.of(gov.fpf.process.engine.CaseMessages.VAR_EXTENSION_REQUEST_ID, request.getId().toString()));
        if (!delivered) {
            throw new Problems.RuleViolation("Case " + caseNumber + " is not waiting for the principal's response now"
                    + " (status " + c.getStatus() + "). Nothing was recorded.", "19 CFR 172.3(c)");
        }
        return request;
    }

    // ------------------------------------------------------------------------------------------ process steps

    @Override
    @Transactional
    public Map<String, Object> computeClaim(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        boolean exhausted = claim.getClaimAmount().signum() == 0;
        auditLog.caseEvent(caseNumber, "CLAIM_COMPUTED", "liquidated damages " + NoticeHtml.money(claim.getComputedAmount())
                + " for " + claim.getBreach() + "; claim against the bond " + NoticeHtml.money(claim.getClaimAmount())
                + (exhausted ? ": nothing is left of the bond's limit of liability" : ""));
        Map<String, Object> result = new HashMap<>();
        result.put(LiquidatedDamagesClaimProcess.VAR_CLAIM_AMOUNT, ProcessVariables.number(claim.getClaimAmount()));
        result.put(LiquidatedDamagesClaimProcess.VAR_BOND_EXHAUSTED, exhausted);
        return result;
    }

    @Override
    @Transactional
    public Map<String, Object> issueClaimNotice(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        LocalDate mailed = today(c);
        Deadline petitionDue = deadlines.due("Petition due (principal)", ParameterNames.PETITION_LD_PRINCIPAL, mailed);
        LocalDate referral = referralDate(claim, petitionDue.due());
        claim.mailed(mailed, petitionDue.due(), referral);
        LdNotices.Parties to = parties(c, bond);
        caseFiles.storeNotice(c, LdNotices.CLAIM_NOTICE, "Notice of claim for liquidated damages (CBP Form 5955A)", mailed,
                LdNotices.claimNotice(c, claim, bond, to, mailed, petitionDue, parameters));
        caseFiles.storeNotice(c, LdNotices.SURETY_NOTICE, "Notice to surety of the claim", mailed,
                LdNotices.suretyNotice(c, claim, bond, to, mailed, petitionDue, parameters));
        caseFiles.addDeadline(c, DeadlineNames.PETITION, mailed, petitionDue.due(), petitionDue.citation());
        List<TraceStep> trace = new ArrayList<>(List.of(petitionDue.trace()));
        if (claim.getOptionOneAmount() != null) {
            caseFiles.addDeadline(c, DeadlineNames.OPTION_ONE_PAYMENT, mailed, petitionDue.due(),
                    "CBP LD mitigation guidelines (Option 1); 19 CFR 172.3(b)");
            trace.add(new TraceStep("Option 1 offered", claim.getOptionOneAmount().toPlainString(), "paid by "
                    + petitionDue.due() + " it closes the case and waives the petition", "CBP LD mitigation guidelines", null));
        }
        caseFiles.addComputation(c, trace);
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "notice of claim mailed to the principal and the surety");
        return Map.of(LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, closes(c, petitionDue.due()),
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE, begins(c, referral));
    }

    @Override
    @Transactional
    public Map<String, Object> recordExtensionDecision(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        Object id = variables.get(gov.fpf.process.engine.CaseMessages.VAR_EXTENSION_REQUEST_ID);
        LdExtensionRequest request = extensions.findById(Long.parseLong(String.valueOf(id)))
                .orElseThrow(() -> new IllegalStateException("No extension request " + id + " on " + caseNumber));
        boolean granted = Boolean.TRUE.equals(variables.get(LiquidatedDamagesClaimProcess.VAR_EXTENSION_GRANTED))
                || "true".equals(String.valueOf(variables.get(LiquidatedDamagesClaimProcess.VAR_EXTENSION_GRANTED)));
        String note = text(variables.get(LiquidatedDamagesClaimProcess.VAR_EXTENSION_NOTE));
        String period = SURETY.equals(request.getRequestedBy()) && claim(c).getSuretyDemandDate() != null
                ? DeadlineNames.SURETY_PETITION : DeadlineNames.PETITION;
        CaseDeadline current = caseFiles.openDeadline(c, period).orElseThrow(() -> new Problems.RuleViolation(
                "The petition period of " + caseNumber + " is no longer running.", "19 CFR 172.3(c)"));
        LocalDate due = current.getDueDate();
        if (granted) {
            LocalDate until = calendarDate(variables.get(LiquidatedDamagesClaimProcess.VAR_EXTENDED_DUE_DATE), "extendedDueDate");
            if (until == null || !until.isAfter(due)) {
                throw new Problems.InvalidInput("extendedDueDate: a granted extension needs a new date after the current"
                        + " end of the period, " + due + ".");
            }
            caseFiles.closeDeadline(c, period, "EXTENDED");
            caseFiles.addDeadline(c, period, due, until, "19 CFR 172.3(c) (extension granted)");
            request.decide(true, until, CurrentUser.id(), note);
            auditLog.caseEvent(caseNumber, "EXTENSION_GRANTED", "time to petition extended from " + due + " to " + until,
                    note);
            due = until;
        } else {
            request.decide(false, null, CurrentUser.id(), note);
            auditLog.caseEvent(caseNumber, "EXTENSION_REFUSED", "time to petition stays " + due, note);
        }
        Map<String, Object> result = new HashMap<>();
        if (DeadlineNames.SURETY_PETITION.equals(period)) {
            result.put(LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, closes(c, due));
        }
        // the model waits on the principal's date; it is unchanged when the surety's period was extended
        result.put(LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, closes(c, DeadlineNames.PETITION.equals(period) ? due
                : caseFiles.latestDeadline(c, DeadlineNames.PETITION).map(CaseDeadline::getDueDate).orElse(due)));
        return result;
    }

    @Override
    @Transactional
    public Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        Petition petition = petitions.ofProcess(variables);
        caseFiles.changeStatus(c, CaseStatus.UNDER_REVIEW, (supplemental ? "supplemental " : "") + "petition "
                + petition.getId() + " of the " + petition.getFiledBy().toLowerCase(Locale.ROOT) + " under review");
        return Map.of(LiquidatedDamagesClaimProcess.VAR_PETITION_TIMELY, petition.isTimely());
    }

    @Override
    @Transactional
    public Map<String, Object> issueDecision(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        Petition petition = petitions.ofProcess(variables);
        if (petition.getDecidedAmount() == null) {
            throw new IllegalStateException("Petition " + petition.getId() + " of " + caseNumber + " has no decision yet.");
        }
        LocalDate notice = today(c);
        Deadline validUntil = deadlines.due("Decided amount to be paid by", ParameterNames.DECISION_VALIDITY, notice);
        Deadline supplementalDue = deadlines.due("Supplemental petition due", ParameterNames.SUPPLEMENTAL_PETITION, notice);
        BigDecimal decided = petition.getDecidedAmount();
        caseFiles.recordDecidedAmount(c, decided, petition.getOutcome() + " on petition " + petition.getId());
        String repeatReason = petition.getOutcome() == Petition.Outcome.CANCEL ? null : petitionService.repeatOffenderReason(c);
        caseFiles.storeNotice(c, LdNotices.DECISION_LETTER, "Decision on petition", notice,
                LdNotices.decisionLetter(c, claim, bond, parties(c, bond), notice, petition, decided, validUntil,
                        supplementalDue, repeatReason));
        for (String name : List.of(DeadlineNames.PETITION, DeadlineNames.SURETY_PETITION,
                DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineNames.DECISION_VALID_UNTIL, DeadlineNames.OPTION_ONE_PAYMENT)) {
            caseFiles.closeDeadline(c, name, CaseDeadline.MET);
        }
        caseFiles.addComputation(c, List.of(validUntil.trace(), supplementalDue.trace()));
        if (decided.signum() == 0) {
            cancelCharge(c, claim, bond, "claim cancelled on petition " + petition.getId());
            caseFiles.changeStatus(c, CaseStatus.DECIDED, "claim cancelled on petition");
            return Map.of();
        }
        caseFiles.addDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, notice, validUntil.due(), validUntil.citation());
        caseFiles.addDeadline(c, DeadlineNames.SUPPLEMENTAL_PETITION, notice, supplementalDue.due(), supplementalDue.citation());
        caseFiles.changeStatus(c, CaseStatus.DECIDED, "decision on petition " + petition.getId() + " issued");
        return Map.of(LiquidatedDamagesClaimProcess.VAR_DECISION_VALID_UNTIL, closes(c, validUntil.due()),
                LiquidatedDamagesClaimProcess.VAR_SUPPLEMENTAL_DUE_DATE, closes(c, supplementalDue.due()));
    }

    @Override
    @Transactional
    public Map<String, Object> issueDemandOnSurety(String caseNumber, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        LocalDate demanded = today(c);
        Deadline suretyDue = deadlines.due("Petition due (surety)", ParameterNames.PETITION_LD_SURETY, demanded);
        LocalDate referral = referralDate(claim, suretyDue.due());
        BigDecimal amount = c.getDecidedAmount() != null ? c.getDecidedAmount() : claim.getClaimAmount();
        claim.demandOnSurety(demanded, suretyDue.due(), referral);
        caseFiles.closeDeadline(c, DeadlineNames.PETITION, CaseDeadline.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.OPTION_ONE_PAYMENT, CaseDeadline.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, CaseDeadline.LAPSED);
        caseFiles.addDeadline(c, DeadlineNames.SURETY_PETITION, demanded, suretyDue.due(), suretyDue.citation());
        List<TraceStep> trace = new ArrayList<>(List.of(suretyDue.trace()));
        CaseDeadline reported = caseFiles.openDeadline(c, DeadlineNames.DOJ_REFERRAL).orElse(null);
        if (reported != null && referral.isAfter(reported.getDueDate())) {
            caseFiles.closeDeadline(c, DeadlineNames.DOJ_REFERRAL, "MOVED");
            caseFiles.addDeadline(c, DeadlineNames.DOJ_REFERRAL, demanded, referral,
                    "19 CFR 113.52; 172.4 (not while the surety's period runs)");
            trace.add(new TraceStep("Report to the Department of Justice", referral.toString(), "180 days after liability"
                    + " accrued (" + reported.getDueDate() + ") falls inside the surety's petition period; the report waits"
                    + " until that period ends", "19 CFR 113.52; 172.4", null));
        }
        caseFiles.addComputation(c, trace);
        caseFiles.storeNotice(c, LdNotices.SURETY_DEMAND, "Demand on surety for payment", demanded,
                LdNotices.suretyDemand(c, claim, bond, parties(c, bond), demanded, amount, suretyDue, referral));
        caseFiles.changeStatus(c, CaseStatus.AWAITING_RESPONSE, "payment demanded from the surety " + bond.getSuretyName());
        return Map.of(LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, closes(c, suretyDue.due()),
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE, begins(c, referral),
                LiquidatedDamagesClaimProcess.VAR_SURETY_DEMANDED, true);
    }

    @Override
    @Transactional
    public Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        BigDecimal owed = (c.getDecidedAmount() != null ? c.getDecidedAmount() : claim.getClaimAmount())
                .subtract(c.getPaidAmount() == null ? BigDecimal.ZERO : c.getPaidAmount()).max(BigDecimal.ZERO);
        long days = ChronoUnit.DAYS.between(claim.getLiabilityAccruedDate(), today(c));
        String reason = "Bond " + label(bonds.get(claim.getBondId())) + " unsatisfied: " + NoticeHtml.money(owed)
                + " owed " + days + " days after liability accrued on " + claim.getLiabilityAccruedDate()
                + ", with no petition, protest or settlement pending (19 CFR 113.52)";
        caseFiles.closeDeadline(c, DeadlineNames.DOJ_REFERRAL, CaseDeadline.MET);
        caseFiles.closeDeadline(c, DeadlineNames.SURETY_PETITION, CaseDeadline.LAPSED);
        caseFiles.closeDeadline(c, DeadlineNames.DECISION_VALID_UNTIL, CaseDeadline.LAPSED);
        caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to " + referredTo + ": " + reason);
        return Map.of(LiquidatedDamagesClaimProcess.VAR_REFERRAL_REASON, reason,
                LiquidatedDamagesClaimProcess.VAR_FOLLOW_UP_CYCLE, REFERRAL_FOLLOW_UP_CYCLE,
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_ESCALATION_DATE, begins(c, today(c).plusDays(REFERRAL_ESCALATION_DAYS)));
    }

    @Override
    @Transactional
    public void closeCase(String caseNumber, String outcome, Map<String, Object> variables) {
        CaseFile c = caseFile(caseNumber);
        LdClaim claim = claim(c);
        Bond bond = bonds.get(claim.getBondId());
        if (LiquidatedDamagesClaimProcess.OUTCOME_BOND_EXHAUSTED.equals(outcome)
                && text(variables.get(LiquidatedDamagesClaimProcess.VAR_EXHAUSTED_BOND_NOTE)) == null) {
            throw new Problems.InvalidInput("exhaustedBondNote: say what the office will do about the uncovered"
                    + " liability (another bond, the principal directly, or nothing and why).");
        }
        String closed = outcome;
        if (LiquidatedDamagesClaimProcess.OUTCOME_PAID.equals(outcome) && c.getDecidedAmount() != null) {
            closed = LiquidatedDamagesClaimProcess.OUTCOME_DECIDED_PAID;
        }
        if (LiquidatedDamagesClaimProcess.OUTCOME_PAID.equals(closed) && claim.getOptionOneAmount() != null
                && c.getPaidAmount() != null && c.getPaidAmount().compareTo(claim.getClaimAmount()) < 0) {
            closed = "OPTION_ONE_PAID";
            auditLog.caseEvent(caseNumber, "OPTION_ONE_PAID", "the Option 1 sum " + NoticeHtml.money(claim.getOptionOneAmount())
                    + " was paid by " + claim.getOptionOneDue() + "; the petition is waived (supplemental rights remain)");
        }
        switch (outcome) {
            case LiquidatedDamagesClaimProcess.OUTCOME_PAID, LiquidatedDamagesClaimProcess.OUTCOME_DECIDED_PAID ->
                    cancelCharge(c, claim, bond, "paid (" + closed + ")");
            case LiquidatedDamagesClaimProcess.OUTCOME_CANCELLED -> cancelCharge(c, claim, bond, "claim cancelled");
            case LiquidatedDamagesClaimProcess.OUTCOME_BOND_EXHAUSTED -> auditLog.caseEvent(caseNumber,
                    "BOND_EXHAUSTED", "nothing is left of bond " + label(bond) + " to claim against; closed without a claim",
                    text(variables.get(LiquidatedDamagesClaimProcess.VAR_EXHAUSTED_BOND_NOTE)));
            default -> {
            }
        }
        for (String name : List.of(DeadlineNames.PETITION, DeadlineNames.SURETY_PETITION, DeadlineNames.OPTION_ONE_PAYMENT,
                DeadlineNames.DECISION_VALID_UNTIL, DeadlineNames.SUPPLEMENTAL_PETITION, DeadlineNames.DOJ_REFERRAL)) {
            caseFiles.closeDeadline(c, name, CaseDeadline.MET);
        }
        caseFiles.changeStatus(c, CaseStatus.CLOSED, "closed: " + closed);
        // EO 14411 Sec. 4(c): only a final finding goes on the party's record (the claim paid in full, or decided and
        // paid); a referral for collection and the Option-1 sum paid in lieu of a petition are not findings
        gov.fpf.party.FindingKind finding = switch (outcome) {
            case LiquidatedDamagesClaimProcess.OUTCOME_PAID -> "OPTION_ONE_PAID".equals(closed) ? null
                    : gov.fpf.party.FindingKind.LD_PAID;
            case LiquidatedDamagesClaimProcess.OUTCOME_DECIDED_PAID -> gov.fpf.party.FindingKind.LD_DECIDED;
            default -> null;
        };
        if (finding != null && c.getPartyId() != null) {
            parties.recordFinding(c.getPartyId(), VIOLATION_STATUTE, today(c), caseNumber, finding,
                    "Liquidated damages for " + claim.getBreach() + " on bond " + label(bond) + ", closed " + closed);
        }
    }

    /** 19 CFR 113.51: the charge against the bond is cancelled, and its coverage restored. */
    private void cancelCharge(CaseFile c, LdClaim claim, Bond bond, String why) {
        if (claim.getCharge() != LdClaim.Charge.OPEN) {
            return;
        }
        claim.cancelCharge(today(c));
        auditLog.caseEvent(c.getCaseNumber(), "BOND_CHARGE_CANCELLED", "the charge of " + NoticeHtml.money(claim.getClaimAmount())
                + " against bond " + label(bond) + " is cancelled: " + why + " (19 CFR 113.51)");
        auditLog.entityEvent("BOND", bond.getId().toString(), "BOND_CHARGE_CANCELLED", NoticeHtml.money(claim.getClaimAmount())
                + " of case " + c.getCaseNumber() + " cancelled: " + why + " (19 CFR 113.51)", null);
    }

    /**
     * 113.52: 180 days after liability accrued, and never while a petition period that just opened still runs: the
     * period includes its last day, so a referral waits for the day after it.
     */
    private LocalDate referralDate(LdClaim claim, LocalDate periodEnds) {
        LocalDate report = deadlines.due("Report to the Department of Justice", ParameterNames.BOND_DOJ_REFERRAL,
                claim.getLiabilityAccruedDate()).due();
        return report.isAfter(periodEnds) ? report : periodEnds.plusDays(1);
    }

    // ------------------------------------------------------------------------------------------ petition family

    @Override
    public CaseFamily family() {
        return CaseFamily.LIQUIDATED_DAMAGES;
    }

    /** EO 14411 Sec. 4(c) repeat offender: earlier findings must precede the breach of the bond condition */
    @Override
    public java.time.LocalDate violationDate(CaseFile caseFile) {
        return claim(caseFile).getBreachDate();
    }

    @Override
    public String statute(CaseFile caseFile) {
        return claim(caseFile).getBreach().name();
    }

    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile) {
        LdClaim claim = claim(caseFile);
        if (claim.getGuidelineLow() == null) {
            return null;
        }
        return new GuidelineRanges.Range(claim.getGuidelineLow(), claim.getGuidelineHigh(), List.of());
    }

    /**
     * A late principal's petition (law reference 5 step 5, P14): each end of the guideline plus the late-petition
     * surcharge of the rule in force on the filing date.
     */
    @Override
    public GuidelineRanges.Range guidelineRange(CaseFile caseFile, Petition petition) {
        GuidelineRanges.Range range = guidelineRange(caseFile);
        if (range == null || petition.isTimely() || petition.isSupplemental()) {
            return range;
        }
        Optional<CaseDeadline> period = petitionPeriod(caseFile, petition.getFiledBy(), false);
        if (period.isEmpty()) {
            return range;
        }
        int daysLate = (int) ChronoUnit.DAYS.between(period.get().getDueDate(), petition.getFiledDate());
        if (daysLate < 1) {
            return range;
        }
        LdClaim claim = claim(caseFile);
        Computation low = guidelines.latePetition(claim.getClaimAmount(), range.low(), daysLate, parameters,
                petition.getFiledDate());
        Computation high = guidelines.latePetition(claim.getClaimAmount(), range.high(), daysLate, parameters,
                petition.getFiledDate());
        List<TraceStep> steps = new ArrayList<>(low.steps());
        if (range.high().compareTo(range.low()) != 0) {
            steps.addAll(high.steps());
        }
        return new GuidelineRanges.Range(low.amount().min(claim.getClaimAmount()),
                high.amount().min(claim.getClaimAmount()), steps);
    }

    @Override
    public MitigationRules.FloorRule floorRule() {
        return MitigationRules.LIQUIDATED_DAMAGES_FLOOR;
    }

    @Override
    public String defaultFiler() {
        return PRINCIPAL;
    }

    /**
     * The principal's petition is measured against the principal's period, even after it ran out (a late petition is
     * recorded as late, not refused); the surety's against its own period once payment was demanded of it.
     */
    @Override
    public Optional<CaseDeadline> petitionPeriod(CaseFile caseFile, String filedBy, boolean supplemental) {
        if (supplemental) {
            return Optional.empty();
        }
        if (SURETY.equals(filedBy)) {
            Optional<CaseDeadline> surety = caseFiles.latestDeadline(caseFile, DeadlineNames.SURETY_PETITION);
            if (surety.isPresent()) {
                return surety;
            }
        }
        return caseFiles.latestDeadline(caseFile, DeadlineNames.PETITION);
    }

    @Override
    public BigDecimal assessed(CaseFile caseFile) {
        return caseFile.getAssessedAmount();
    }

    // ------------------------------------------------------------------------------------------ payment terms

    /**
     * The decided amount once there is a decision; before it, the Option 1 sum when paid within its 60 days and no
     * petition was filed; otherwise the claim.
     */
    @Override
    public BigDecimal amountDue(CaseFile caseFile, LocalDate paidDate) {
        if (caseFile.getDecidedAmount() != null) {
            return caseFile.getDecidedAmount();
        }
        LdClaim claim = claim(caseFile);
        if (claim.getOptionOneAmount() != null && claim.getOptionOneDue() != null
                && !paidDate.isAfter(claim.getOptionOneDue())
                && petitions.findByCaseIdOrderByIdAsc(caseFile.getId()).isEmpty()) {
            return claim.getOptionOneAmount();
        }
        return claim.getClaimAmount();
    }

    @Override
    public String defaultPayer() {
        return PRINCIPAL;
    }

    // ------------------------------------------------------------------------------------------ reading

    /** A bond's limit of liability, its open charges and what remains (issue 4: coverage tracked across claims). */
    /**
     * A bond's limit of liability, what its open charges take and what remains. Bonds are national records, but the
     * charges are case details: the reader's own offices' charges are listed, the other offices' only counted and
     * summed ({@code otherOffices}), so the case numbers and amounts of cases the reader may not see stay hidden.
     */
    public record Coverage(long bondId, String bondNumber, BigDecimal bondAmount, BigDecimal charged,
                           BigDecimal remaining, List<Charge> openCharges, OtherOffices otherOffices) {
    }

    public record Charge(String caseNumber, BigDecimal amount, LocalDate breachDate, String breach) {
    }

    /** The open charges of cases in offices the reader may not see: how many, and their sum. */
    public record OtherOffices(int charges, BigDecimal amount) {
    }

    @Transactional(readOnly = true)
    public Coverage coverage(long bondId) {
        Bond bond = bonds.get(bondId);
        List<Charge> open = new ArrayList<>();
        BigDecimal charged = BigDecimal.ZERO;
        int otherCharges = 0;
        BigDecimal otherAmount = BigDecimal.ZERO;
        java.util.Set<String> visible = officeAccess.visibleOffices();
        for (LdClaim claim : claims.findByBondIdAndChargeOrderByCaseIdAsc(bondId, LdClaim.Charge.OPEN)) {
            CaseFile caseFile = caseFileRepository.findById(claim.getCaseId()).orElse(null);
            if (caseFile != null && visible.contains(caseFile.getOfficeCode())) {
                open.add(new Charge(caseFile.getCaseNumber(), claim.getClaimAmount(), claim.getBreachDate(),
                        claim.getBreach().name()));
            } else {
                otherCharges++;
                otherAmount = otherAmount.add(claim.getClaimAmount());
            }
            charged = charged.add(claim.getClaimAmount());
        }
        return new Coverage(bondId, bond.getBondNumber(), bond.getAmount(), cents(charged),
                cents(bond.getAmount().subtract(charged).max(BigDecimal.ZERO)), open,
                new OtherOffices(otherCharges, cents(otherAmount)));
    }

    /** The claim's facts for the case API. */
    public record ClaimView(String caseNumber, long bondId, String bondNumber, String suretyName, String breach,
                            String breachCitation, String confidence, LocalDate breachDate, LocalDate liabilityAccrued,
                            String entryNumber, BigDecimal computedAmount, BigDecimal claimAmount,
                            boolean exceedsCoverage, String guidelineFormula, boolean guidelineUnverified,
                            BigDecimal guidelineLow, BigDecimal guidelineHigh, BigDecimal optionOneAmount,
                            LocalDate optionOneDue, String charge, LocalDate suretyDemandDate,
                            LocalDate suretyPetitionDue, LocalDate referralDate) {
    }

    @Transactional(readOnly = true)
    public ClaimView claimView(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        if (c.getFamily() != CaseFamily.LIQUIDATED_DAMAGES) {
            throw new Problems.NotFound("Case " + caseNumber + " is not a liquidated-damages case.");
        }
        LdClaim k = claim(c);
        Bond bond = bonds.get(k.getBondId());
        return new ClaimView(caseNumber, bond.getId(), bond.getBondNumber(), bond.getSuretyName(), k.getBreach().name(),
                k.getBreach().citation(), k.getBreach().confidence(), k.getBreachDate(), k.getLiabilityAccruedDate(),
                k.getEntryNumber(), k.getComputedAmount(), k.getClaimAmount(), k.isExceedsCoverage(),
                k.getGuidelineFormula(), k.isGuidelineUnverified(), k.getGuidelineLow(), k.getGuidelineHigh(),
                k.getOptionOneAmount(), k.getOptionOneDue(), k.getCharge().name(), k.getSuretyDemandDate(),
                k.getSuretyPetitionDue(), k.getReferralDate());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Today at the case's office (its calendar gives legal dates). */
    private LocalDate today(CaseFile c) {
        return calendar.today(c.getOfficeCode());
    }

    /** The timer of a period whose last lawful day is {@code lastDay}: it closes when that day ends at the office. */
    private Date closes(CaseFile c, LocalDate lastDay) {
        return calendar.periodCloses(lastDay, c.getOfficeCode());
    }

    /** The timer of something due on a day (a referral, a reminder): when that day begins at the office. */
    private Date begins(CaseFile c, LocalDate day) {
        return calendar.dayBegins(day, c.getOfficeCode());
    }
    private CaseFile caseFile(String caseNumber) {
        return caseFileRepository.ofProcess(caseNumber);
    }

    private LdClaim claim(CaseFile c) {
        return claims.findById(c.getId())
                .orElseThrow(() -> new Problems.NotFound("Case " + c.getCaseNumber() + " is not a liquidated-damages case."));
    }

    private LdNotices.Parties parties(CaseFile c, Bond bond) {
        String principal = parties.get(bond.getPrincipalPartyId()).getName();
        String office = offices.findById(c.getOfficeCode()).map(o -> o.getName()).orElse(c.getOfficeCode());
        return new LdNotices.Parties(principal, bond.getSuretyName(), office);
    }

    static String label(Bond bond) {
        return bond.getBondNumber() == null ? "#" + bond.getId() : bond.getBondNumber();
    }

}
