package gov.fpf.liquidateddamages;

import static gov.fpf.rules.RuleMath.cents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.bond.Bond;
import gov.fpf.bond.BondService;
import gov.fpf.casefile.CaseDeadline;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.GuidelineRanges;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.PartyService;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Liquidated-damages claims against bonds (law reference 5; 19 CFR 113, 172), as officers and imports bring them:
 * opening a claim from a breach with its amount capped at the bond's remaining coverage (then
 * LiquidatedDamagesClaimProcess takes over, its steps are {@link LdClaimStepService}), asking for more time to
 * petition, and reading a claim and a bond's coverage. The arithmetic is in {@link LdClaimRules} and
 * {@link LdGuidelines}; this class stores what they compute, with its trace.
 */
@Service
public class LdCaseService {

    /** The party history statute under which a liquidated-damages finding is recorded. */
    public static final String VIOLATION_STATUTE = "LD";
    static final String PRINCIPAL = "PRINCIPAL";
    static final String SURETY = "SURETY";

    /** A breach to claim for; amounts in dollars, only those the breach needs (see {@link LdClaimRules}). */
    public record NewLdCase(Long bondId, String breach, LocalDate breachDate, String entryNumber,
                            BigDecimal merchandiseValue, Boolean restricted, BigDecimal withheldDuty,
                            BigDecimal unpaidDuties, BigDecimal estimatedDuties, Integer daysLate, Integer defaults,
                            Boolean firstViolation, String officeCode, BigDecimal estimatedFees, String tibSubheading,
                            gov.fpf.casefile.EnforcementPriority priority) {

        /** A breach without an enforcement priority (the bulk import's lines). */
        public NewLdCase(Long bondId, String breach, LocalDate breachDate, String entryNumber,
                         BigDecimal merchandiseValue, Boolean restricted, BigDecimal withheldDuty,
                         BigDecimal unpaidDuties, BigDecimal estimatedDuties, Integer daysLate, Integer defaults,
                         Boolean firstViolation, String officeCode, BigDecimal estimatedFees, String tibSubheading) {
            this(bondId, breach, breachDate, entryNumber, merchandiseValue, restricted, withheldDuty, unpaidDuties,
                    estimatedDuties, daysLate, defaults, firstViolation, officeCode, estimatedFees, tibSubheading, null);
        }

        /** A breach without the TIB facts (fees and subheading). */
        public NewLdCase(Long bondId, String breach, LocalDate breachDate, String entryNumber,
                         BigDecimal merchandiseValue, Boolean restricted, BigDecimal withheldDuty,
                         BigDecimal unpaidDuties, BigDecimal estimatedDuties, Integer daysLate, Integer defaults,
                         Boolean firstViolation, String officeCode) {
            this(bondId, breach, breachDate, entryNumber, merchandiseValue, restricted, withheldDuty, unpaidDuties,
                    estimatedDuties, daysLate, defaults, firstViolation, officeCode, null, null, null);
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
    private final BondService bonds;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final LdClaimRules rules;
    private final LdGuidelines guidelines;
    private final Deadlines deadlines;
    private final LegalParameters parameters;
    private final CaseWork caseWork;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OfficeCalendar calendar;

    LdCaseService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, LdClaimRepository claims,
                  LdExtensionRequestRepository extensions, BondService bonds, PartyService parties,
                  OfficeAccess officeAccess, LdClaimRules rules, LdGuidelines guidelines, Deadlines deadlines, LegalParameters parameters,
                  CaseWork caseWork, AuditLog auditLog, Clock clock, OfficeCalendar calendar) {
        this.calendar = calendar;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.claims = claims;
        this.extensions = extensions;
        this.bonds = bonds;
        this.parties = parties;
        this.officeAccess = officeAccess;
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
        LdClaimRules.BondCoverage coverage = rules.remainingCoverage(bond.getAmount(), List.of(charged), assessed.amount());
        BigDecimal claimAmount = coverage.claim().amount();

        String principal = parties.get(bond.getPrincipalPartyId()).getName();
        CaseFile caseFile = caseFiles.open(CaseFamily.LIQUIDATED_DAMAGES, officeCode, bond.getPrincipalPartyId(), demo,
                breach + " on bond " + label(bond) + " (principal " + principal + ", surety " + bond.getSuretyName()
                        + "): liquidated damages " + NoticeHtml.money(assessed.amount()) + ", claimed "
                        + NoticeHtml.money(claimAmount) + (coverage.exceedsCoverage() ? " (capped at the bond's remaining"
                        + " coverage)" : "") + ".");
        caseFiles.flagPriority(caseFile, r.priority());
        LdClaim claim = new LdClaim(caseFile.getId(), bond.getId(), facts, entry, key, importId);
        claim.claim(assessed.amount(), claimAmount, coverage.exceedsCoverage());
        List<TraceStep> trace = new ArrayList<>(assessed.steps());
        trace.addAll(coverage.claim().steps());
        Guideline g = guideline(facts, claimAmount, r.breachDate(), trace);
        claim.guideline(g.formula, g.unverified, g.low, g.high, g.optionOne);
        claims.save(claim);
        Deadline referral = deadlines.due(DeadlineNames.DOJ_REFERRAL, ParameterNames.BOND_DOJ_REFERRAL,
                claim.getLiabilityAccruedDate());
        trace.add(referral.trace());
        trace.add(limitation.trace());
        caseFiles.recordOpeningComputation(caseFile, assessed.amount(), DeadlineNames.DOJ_REFERRAL,
                referral.trigger(), referral.due(), referral.citation(), trace);
        caseFiles.recordAmounts(caseFile, assessed.amount(), claimAmount, null);
        if (coverage.exceedsCoverage()) {
            auditLog.caseEvent(caseFile.getCaseNumber(), LdEvent.BOND_COVERAGE_EXCEEDED.name(), "liquidated damages of "
                    + NoticeHtml.money(assessed.amount()) + " exceed the remaining coverage "
                    + NoticeHtml.money(coverage.remainingBefore()) + " of bond " + label(bond) + "; claim capped at "
                    + NoticeHtml.money(claimAmount));
        }
        if (claimAmount.signum() > 0) {
            auditLog.entityEvent("BOND", bond.getId().toString(), LdEvent.BOND_CHARGED.name(), NoticeHtml.money(claimAmount)
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
        auditLog.caseEvent(caseNumber, LdEvent.EXTENSION_REQUESTED.name(), "The " + by.toLowerCase(Locale.ROOT) + " asked on "
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

    private LdClaim claim(CaseFile c) {
        return claims.ofCase(c);
    }

    static String label(Bond bond) {
        return bond.getBondNumber() == null ? "#" + bond.getId() : bond.getBondNumber();
    }
}
