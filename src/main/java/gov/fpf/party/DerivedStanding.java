package gov.fpf.party;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.rules.Deadlines;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.rules.Statutes;

/**
 * Good standing of a party (EO 14411 Sec. 2(d)) derived from its record and its live affiliates' on a date. Reads the
 * law only through the {@link ParameterSource} and {@link EoRuleSource} it is given (the what-if dry run lays a
 * proposed change over them); the records (findings, affiliations, debts, the override) come from the database.
 * <ul>
 *   <li>GOOD_STANDING not in force on the date: in good standing, no reasons (the law before the order).</li>
 *   <li>A supervisor's override in force on the date wins (reason OVERRIDE).</li>
 *   <li>Otherwise NOT in good standing when (a) the final findings of culpability of the party and its live affiliates
 *       dated within {@code standing.findings.lookback} before the date (its first day included) reach
 *       {@code standing.findings.threshold}; (b) any final finding of the party or a live affiliate is one of illegal
 *       importation the order names (no look-back: the order states none); (c) the party or a live affiliate has a
 *       penalty or liquidated-damages debt past due by more than {@code standing.past-due.grace} days.</li>
 * </ul>
 * Reasons on the party's own records have codes FINDINGS_IN_LOOKBACK, ILLICIT_SUBSTANCE_FINDING, PAST_DUE_DEBT; those
 * on an affiliate's record have code AFFILIATE and name the affiliate.
 */
@Component
public class DerivedStanding implements StandingAssessor {

    public static final String CITATION = "EO 14411 Sec. 2(d)";
    public static final String OVERRIDE = "OVERRIDE";
    public static final String FINDINGS_IN_LOOKBACK = "FINDINGS_IN_LOOKBACK";
    public static final String ILLICIT_SUBSTANCE_FINDING = "ILLICIT_SUBSTANCE_FINDING";
    public static final String PAST_DUE_DEBT = "PAST_DUE_DEBT";
    public static final String AFFILIATE = "AFFILIATE";

    private final PartyRepository parties;
    private final PartyAffiliationRepository affiliations;
    private final ViolationRecordRepository violations;
    private final PastDueDebts debts;

    DerivedStanding(PartyRepository parties, PartyAffiliationRepository affiliations,
                    ViolationRecordRepository violations, PastDueDebts debts) {
        this.parties = parties;
        this.affiliations = affiliations;
        this.violations = violations;
        this.debts = debts;
    }

    /** whose record counts: the party itself (relation null) or a live affiliate */
    private record Subject(long partyId, String name, AffiliateRelation relation) {
        boolean affiliate() {
            return relation != null;
        }

        String of() {
            return affiliate() ? " of affiliate " + name + " (" + relation.words() + ")" : "";
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Standing assess(long partyId, LocalDate on, ParameterSource parameters, EoRuleSource rules) {
        Optional<EoRuleSource.InForce> inForce = rules.inForce(EoRule.GOOD_STANDING, on);
        if (inForce.isEmpty()) {
            return new Standing(true, List.of());
        }
        Party party = parties.findById(partyId).orElseThrow(() -> new gov.fpf.system.Problems.NotFound(
                "No party with id " + partyId + "."));
        Optional<Party.StandingOverride> override = party.overrideOn(on);
        if (override.isPresent()) {
            Party.StandingOverride o = override.get();
            return new Standing(o.goodStanding(), List.of(new Reason(OVERRIDE, "A supervisor (" + o.by()
                    + ") recorded the party as " + (o.goodStanding() ? "in good standing" : "NOT in good standing")
                    + (o.until() == null ? "" : " until " + o.until()) + ": " + o.reason(), CITATION)));
        }
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(partyId, party.getName(), null));
        for (PartyAffiliation a : affiliations.involving(partyId)) {
            if (a.liveOn(on)) {
                long other = a.otherThan(partyId);
                parties.findById(other).ifPresent(p -> subjects.add(new Subject(other, p.getName(),
                        a.relationSeenFrom(partyId))));
            }
        }

        ParameterValue lookback = parameters.valueOn(ParameterNames.STANDING_FINDINGS_LOOKBACK, on);
        ParameterValue threshold = parameters.valueOn(ParameterNames.STANDING_FINDINGS_THRESHOLD, on);
        ParameterValue grace = parameters.valueOn(ParameterNames.STANDING_PAST_DUE_GRACE, on);
        LocalDate windowStart = Deadlines.minus(on, lookback);
        int needed = threshold.value().setScale(0, RoundingMode.CEILING).intValueExact();
        int graceDays = grace.value().setScale(0, RoundingMode.FLOOR).intValueExact();

        record Counted(Subject subject, ViolationRecord finding) {
        }
        List<Counted> inWindow = new ArrayList<>();
        List<Reason> illicit = new ArrayList<>();
        List<Reason> pastDue = new ArrayList<>();
        for (Subject s : subjects) {
            for (ViolationRecord v : violations.findByPartyIdOrderByFindingDateAscIdAsc(s.partyId())) {
                if (!v.getKind().isFinding() || v.getFindingDate().isAfter(on)) {
                    continue;
                }
                if (v.getIllicitImport() != null) {
                    illicit.add(new Reason(s.affiliate() ? AFFILIATE : ILLICIT_SUBSTANCE_FINDING,
                            "Finding of illegally importing " + words(v.getIllicitImport()) + record(v) + s.of()
                                    + " (no look-back: the order states none)", citation(v)));
                }
                if (!v.getFindingDate().isBefore(windowStart)) {
                    inWindow.add(new Counted(s, v));
                }
            }
            for (PastDueDebts.PastDueDebt d : debts.of(s.partyId(), on, graceDays)) {
                pastDue.add(new Reason(s.affiliate() ? AFFILIATE : PAST_DUE_DEBT, debt(d, graceDays) + s.of(),
                        CITATION + " (payment of required customs liabilities)"));
            }
        }
        List<Reason> reasons = new ArrayList<>(illicit);
        if (needed > 0 && inWindow.size() >= needed) {
            inWindow.sort(Comparator.comparing((Counted c) -> c.finding().getFindingDate())
                    .thenComparing(c -> c.finding().getId()));
            int n = 0;
            for (Counted c : inWindow) {
                n++;
                reasons.add(new Reason(c.subject().affiliate() ? AFFILIATE : FINDINGS_IN_LOOKBACK,
                        "Final finding " + n + " of " + inWindow.size() + " within the " + Deadlines.describe(lookback)
                                + " look-back (from " + windowStart + "; " + needed + " end good standing)"
                                + record(c.finding()) + c.subject().of(), citation(c.finding())));
            }
        }
        reasons.addAll(pastDue);
        return new Standing(reasons.isEmpty(), List.copyOf(reasons));
    }

    private static String record(ViolationRecord v) {
        return ": " + statute(v.getStatute()) + " finding of " + v.getFindingDate()
                + (v.getCaseNumber() == null ? "" : " in case " + v.getCaseNumber());
    }

    private static String citation(ViolationRecord v) {
        return CITATION + "; " + statute(v.getStatute());
    }

    /** the statute of a finding as a citation: 19 U.S.C. 1592, the seizure authority, the LD bond regulations */
    static String statute(String recorded) {
        if (recorded == null) {
            return "";
        }
        if (recorded.startsWith(Statutes.SEIZURE_VIOLATION_PREFIX)) {
            String text = recorded.substring(Statutes.SEIZURE_VIOLATION_PREFIX.length());
            return SeizureStatute.of(text).map(SeizureStatute::citation).orElse(recorded);
        }
        if (Statutes.LIQUIDATED_DAMAGES.equals(recorded)) {
            return "19 CFR Part 172 (liquidated damages)";
        }
        return recorded.isEmpty() || !Character.isDigit(recorded.charAt(0)) ? recorded : "19 U.S.C. " + recorded;
    }

    private static String debt(PastDueDebts.PastDueDebt d, int graceDays) {
        String kind = "LIQUIDATED_DAMAGES".equals(d.family()) ? "Liquidated damages" : "Penalty";
        String money = "$" + d.amountOwed().setScale(2, RoundingMode.HALF_UP).toPlainString();
        if (d.referred()) {
            return kind + " of " + money + " unpaid in case " + d.caseNumber() + ", referred for collection";
        }
        return kind + " of " + money + " unpaid in case " + d.caseNumber() + ", due " + d.dueDate()
                + (graceDays == 0 ? "" : " (past due after " + graceDays + " days' grace)");
    }

    static String words(IllicitImport kind) {
        return switch (kind) {
            case FENTANYL -> "fentanyl";
            case NITAZENE -> "nitazenes";
            case OTHER_ILLICIT_SUBSTANCE -> "an illicit substance";
            case PRECURSOR_CHEMICAL -> "precursor chemicals for illicit substances";
            case CONTRABAND -> "contraband";
        };
    }
}
