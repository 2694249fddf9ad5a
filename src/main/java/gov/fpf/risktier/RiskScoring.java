package gov.fpf.risktier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import gov.fpf.party.RiskTier;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;

/**
 * The risk tier of an importer of record (EO 14411 Sec. 2(e): "risk-based tiers for IORs based on compliance history,
 * enforcement actions, and audit results"), as a documented sum that shows every input. No Spring: the app passes the
 * legal parameters and the register, the what-if dry run passes a proposed change laid over them.
 *
 * <p>score = the sum over the inputs of (count x the input's points parameter):
 * <ol>
 * <li>FINDING: final findings of culpability ({@code FindingKind.isFinding()}) dated in the look-back that are not
 * findings of illegal importation; {@code risk-tier.points.finding} each.</li>
 * <li>ILLICIT_FINDING: final findings of illegal importation of what Sec. 2(d) names (fentanyl, nitazenes, other illicit
 * substances, precursors, contraband) dated in the look-back; {@code risk-tier.points.illicit-finding} each,
 * <b>instead of</b> the plain finding points (a finding is counted once, under the heavier input).</li>
 * <li>ENFORCEMENT_ACTION: penalty, liquidated-damages and seizure cases opened against the party in the look-back
 * (opening date at the case's office), whatever became of them; {@code risk-tier.points.enforcement-action} each.</li>
 * <li>PAST_DUE_DEBT: penalty and liquidated-damages debts past due on the date (no look-back: a debt counts while it is
 * owed); {@code risk-tier.points.past-due-debt} each.</li>
 * <li>ADVERSE_AUDIT: adverse audit results dated in the look-back; {@code risk-tier.points.adverse-audit} each.</li>
 * <li>NOT_IN_GOOD_STANDING: 1 when GOOD_STANDING (Sec. 2(d)) is in force on the date and the party is not in good
 * standing, else 0; {@code risk-tier.points.not-in-good-standing}.</li>
 * </ol>
 * The look-back ({@code risk-tier.lookback}) runs from the date minus the period, that day included, to the date; a
 * record dated after the date is not counted. Tier: HIGH from {@code risk-tier.high.from} points, MEDIUM from
 * {@code risk-tier.medium.from}, LOW below it. Before RISK_TIERS is in force there is no score and no tier.
 */
public final class RiskScoring {

    public static final String FINDING = "FINDING";
    public static final String ILLICIT_FINDING = "ILLICIT_FINDING";
    public static final String ENFORCEMENT_ACTION = "ENFORCEMENT_ACTION";
    public static final String PAST_DUE_DEBT = "PAST_DUE_DEBT";
    public static final String ADVERSE_AUDIT = "ADVERSE_AUDIT";
    public static final String NOT_IN_GOOD_STANDING = "NOT_IN_GOOD_STANDING";

    private RiskScoring() {
    }

    /** A record on the party's violation history; {@code illicit} names the Sec. 2(d) substance or is null. */
    public record Finding(LocalDate findingDate, String statute, String caseNumber, boolean finding, String illicit) {
    }

    /** A penalty, liquidated-damages or seizure case opened against the party, on the date its office opened it. */
    public record EnforcementAction(String caseNumber, String family, LocalDate openedOn) {
    }

    public record Debt(String caseNumber, String family, BigDecimal owed, LocalDate dueDate, boolean referred) {
    }

    public record Audit(LocalDate auditDate, String kind, boolean adverse, String reference) {
    }

    /** the party's standing on the date, with the reasons when it is not good */
    public record Standing(boolean goodStanding, List<String> reasons) {
    }

    /** What the scoring reads about one party; past-due debts are already those past due on the date. */
    public record Inputs(List<Finding> findings, List<EnforcementAction> actions, List<Debt> pastDueDebts,
                         List<Audit> audits, Standing standing) {
        public Inputs {
            findings = List.copyOf(findings);
            actions = List.copyOf(actions);
            pastDueDebts = List.copyOf(pastDueDebts);
            audits = List.copyOf(audits);
        }
    }

    /**
     * One input of the score.
     *
     * @param records  what it rests on, one line each (case numbers, finding dates, audit references)
     * @param parameterRef the points parameter's row
     */
    public record Line(String code, String name, long count, BigDecimal pointsEach, BigDecimal subtotal,
                       List<String> records, String citation, String parameterRef) {
    }

    /** A threshold with the row it comes from. */
    public record Threshold(RiskTier tier, BigDecimal from, String parameterRef) {
    }

    /**
     * @param lookbackFrom the first day of the look-back (included)
     * @param citation     the rule and the instrument that puts it in force
     */
    public record Score(LocalDate on, LocalDate lookbackFrom, String lookback, List<Line> lines, BigDecimal total,
                        List<Threshold> thresholds, RiskTier tier, String citation) {

        /** the same score with each input's records rewritten for a reader (case numbers of other offices hidden) */
        public Score withRecords(java.util.function.UnaryOperator<List<String>> rewrite) {
            return new Score(on, lookbackFrom, lookback, lines.stream().map(l -> new Line(l.code(), l.name(), l.count(),
                    l.pointsEach(), l.subtotal(), List.copyOf(rewrite.apply(l.records())), l.citation(),
                    l.parameterRef())).toList(), total, thresholds, tier, citation);
        }
    }

    /** The score on the date, or empty when RISK_TIERS is not in force then (no tier: today's law). */
    public static Optional<Score> score(Inputs in, LocalDate on, ParameterSource parameters, EoRuleSource rules) {
        Optional<EoRuleSource.InForce> inForce = rules.inForce(EoRule.RISK_TIERS, on);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        ParameterValue lookback = parameters.valueOn(ParameterNames.RISK_TIER_LOOKBACK, on);
        LocalDate from = Deadlines.minus(on, lookback);
        List<Line> lines = new ArrayList<>();

        List<Finding> plain = new ArrayList<>();
        List<Finding> illicit = new ArrayList<>();
        for (Finding f : in.findings()) {
            if (f.finding() && within(f.findingDate(), from, on)) {
                (f.illicit() != null ? illicit : plain).add(f);
            }
        }
        lines.add(line(FINDING, "Final findings of culpability in the look-back (not of illegal importation)",
                plain.stream().map(f -> f.findingDate() + " " + f.statute() + finding(f)).toList(),
                ParameterNames.RISK_TIER_POINTS_FINDING, parameters, on));
        lines.add(line(ILLICIT_FINDING, "Findings of illegal importation of illicit substances, precursors or contraband"
                        + " in the look-back (counted instead of the finding points)",
                illicit.stream().map(f -> f.findingDate() + " " + f.statute() + finding(f) + ", " + f.illicit()).toList(),
                ParameterNames.RISK_TIER_POINTS_ILLICIT_FINDING, parameters, on));
        lines.add(line(ENFORCEMENT_ACTION, "Penalty, liquidated-damages and seizure cases opened in the look-back",
                in.actions().stream().filter(a -> within(a.openedOn(), from, on))
                        .map(a -> a.caseNumber() + " (" + a.family() + ", opened " + a.openedOn() + ")").toList(),
                ParameterNames.RISK_TIER_POINTS_ENFORCEMENT_ACTION, parameters, on));
        lines.add(line(PAST_DUE_DEBT, "Penalty and liquidated-damages debts past due",
                in.pastDueDebts().stream().map(d -> d.caseNumber() + " (" + d.family() + ", owed " + d.owed().toPlainString()
                        + (d.referred() ? ", referred for collection" : ", due " + d.dueDate()) + ")").toList(),
                ParameterNames.RISK_TIER_POINTS_PAST_DUE_DEBT, parameters, on));
        lines.add(line(ADVERSE_AUDIT, "Adverse audit results in the look-back",
                in.audits().stream().filter(a -> a.adverse() && within(a.auditDate(), from, on))
                        .map(a -> a.reference() + " (" + a.kind() + ", " + a.auditDate() + ")").toList(),
                ParameterNames.RISK_TIER_POINTS_ADVERSE_AUDIT, parameters, on));
        boolean standingApplies = rules.inForce(EoRule.GOOD_STANDING, on).isPresent();
        boolean notGood = standingApplies && in.standing() != null && !in.standing().goodStanding();
        lines.add(line(NOT_IN_GOOD_STANDING, "Not in good standing (EO 14411 Sec. 2(d))",
                notGood ? List.of(in.standing().reasons().isEmpty() ? "not in good standing"
                        : String.join("; ", in.standing().reasons())) : List.of(),
                ParameterNames.RISK_TIER_POINTS_NOT_IN_GOOD_STANDING, parameters, on));

        BigDecimal total = lines.stream().map(Line::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        ParameterValue medium = parameters.valueOn(ParameterNames.RISK_TIER_MEDIUM_FROM, on);
        ParameterValue high = parameters.valueOn(ParameterNames.RISK_TIER_HIGH_FROM, on);
        RiskTier tier = total.compareTo(high.value()) >= 0 ? RiskTier.HIGH
                : total.compareTo(medium.value()) >= 0 ? RiskTier.MEDIUM : RiskTier.LOW;
        return Optional.of(new Score(on, from, Deadlines.describe(lookback), List.copyOf(lines), plain(total),
                List.of(new Threshold(RiskTier.MEDIUM, plain(medium.value()), medium.reference()),
                        new Threshold(RiskTier.HIGH, plain(high.value()), high.reference())),
                tier, inForce.get().citation()));
    }

    /** in the look-back: from its first day (included) to the date (included) */
    static boolean within(LocalDate date, LocalDate from, LocalDate on) {
        return date != null && !date.isBefore(from) && !date.isAfter(on);
    }

    private static String finding(Finding f) {
        return f.caseNumber() == null ? "" : " (case " + f.caseNumber() + ")";
    }

    private static Line line(String code, String name, List<String> records, String pointsParameter,
                             ParameterSource parameters, LocalDate on) {
        ParameterValue points = parameters.valueOn(pointsParameter, on);
        BigDecimal each = plain(points.value());
        return new Line(code, name, records.size(), each, plain(each.multiply(BigDecimal.valueOf(records.size()))),
                List.copyOf(records), points.citation(), points.reference());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
