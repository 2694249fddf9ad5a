package gov.fpf.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import gov.fpf.casefile.DeadlineNames;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.penalty.PenaltyDeadlines;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.rules.penalties.BrokerMaximum;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.system.Problems;

/**
 * One open case recomputed twice on the evaluation date, under the recorded sources and under the sources with the
 * proposal, by the same rule code the case's own steps call: {@link PenaltyMaximums} for the maximum,
 * {@link MitigationRules#floorInForce} for the family's EO floor and {@link PenaltyDeadlines} for the penalty
 * deadlines. Pure: no database, so the arithmetic is tested with fixed sources.
 * <p>
 * What is recomputed, and why the rest is not:
 * <ul>
 * <li>MAXIMUM: penalty cases, as {@code assessAmount} computes it on the day the officer proposes the penalty.
 * Liquidated damages are computed on the breach date (LdCaseService) and seizures are valued at appraisal, both
 * before any date a proposal may take effect, so no proposal changes them.</li>
 * <li>FLOOR: every case with an assessed amount, the family's floor share on the evaluation date (the date a
 * petition decision would be checked); and, subject "EO 14411 Sec. 4(a)...", the bar below which a licensed broker's
 * named conduct is not mitigated (the statutory maximum) once BROKER_MAXIMUM is in force.</li>
 * <li>DEADLINE: a penalty case's statute of limitations (counted from the violation or discovery, so a future value
 * never moves it: shown for completeness) and the periods its next steps would start if taken on the evaluation
 * date: the pre-penalty notice response (notice not yet mailed) and the petition period (penalty notice not yet
 * mailed). Periods already running keep the value in force on their trigger date ({@link Deadlines}).</li>
 * </ul>
 */
final class CaseRecomputation {

    static final String NONE = "NONE";
    static final String NOT_SET = "NOT_SET";
    static final String NOT_COMPUTED = "NOT_COMPUTED";

    record Sources(ParameterSource parameters, EoRuleSource rules) {
    }

    /** The penalty facts and where the case stands in its process. */
    record PenaltyState(PenaltyFacts facts, Boolean ppnRequired, LocalDate ppnMailed, LocalDate noticeMailed,
                        LocalDate solDate) {
    }

    /**
     * @param penalty   null for other families
     * @param assessed  the assessed amount a petition decision is checked against; null while none is assessed
     * @param floorRule the family's floor rule; null for a family without petitions
     */
    record CaseSnapshot(String caseNumber, String family, String officeCode, PenaltyState penalty, BigDecimal assessed,
                        MitigationRules.FloorRule floorRule) {
    }

    private final PenaltyMaximums maximums = new PenaltyMaximums();
    private final MitigationRules mitigation = new MitigationRules();

    List<WhatIfResult.Change> changes(CaseSnapshot c, Sources before, Sources after, LocalDate on) {
        List<WhatIfResult.Change> changes = new ArrayList<>();
        if (c.penalty() != null) {
            compare(c, WhatChanges.MAXIMUM, null, () -> maximum(c.penalty(), before, on),
                    () -> maximum(c.penalty(), after, on), changes);
        }
        if (c.assessed() != null && c.floorRule() != null) {
            compare(c, WhatChanges.FLOOR, null, () -> floor(c, before, on), () -> floor(c, after, on), changes);
        }
        if (c.penalty() != null) {
            compare(c, WhatChanges.FLOOR, BrokerMaximum.C_4A, () -> brokerBar(c, before, on),
                    () -> brokerBar(c, after, on), changes);
        }
        if (c.penalty() != null) {
            PenaltyState p = c.penalty();
            compare(c, WhatChanges.DEADLINE, DeadlineNames.STATUTE_OF_LIMITATIONS,
                    () -> deadlines(before).statuteOfLimitations(p.facts()).due(),
                    () -> deadlines(after).statuteOfLimitations(p.facts()).due(), changes);
            if (p.solDate() != null && p.ppnMailed() == null && p.noticeMailed() == null
                    && !Boolean.FALSE.equals(p.ppnRequired())) {
                compare(c, WhatChanges.DEADLINE, DeadlineNames.PPN_RESPONSE, () -> ppnResponse(p, before, on),
                        () -> ppnResponse(p, after, on), changes);
            }
            if (p.solDate() != null && p.noticeMailed() == null) {
                compare(c, WhatChanges.DEADLINE, DeadlineNames.PETITION,
                        () -> deadlines(before).petitionDue(on, p.solDate()).due(),
                        () -> deadlines(after).petitionDue(on, p.solDate()).due(), changes);
            }
        }
        return changes;
    }

    private BigDecimal maximum(PenaltyState p, Sources s, LocalDate on) {
        return maximums.maximum(p.facts(), s.parameters(), on).amount();
    }

    private Object floor(CaseSnapshot c, Sources s, LocalDate on) {
        try {
            return mitigation.floorInForce(c.floorRule(), c.assessed(), on, s.parameters())
                    .<Object>map(MitigationRules.FloorCheck::floor).orElse(NONE);
        } catch (ParameterValueUnknown unknown) {
            return NOT_SET;
        }
    }

    /**
     * EO 14411 Sec. 4(a), as PenaltyPetitionFamily#decisionMinimum applies it: a licensed broker's named conduct is not
     * mitigated below the statutory maximum (below the assessed amount when that is lower); NONE when it does not apply.
     */
    private Object brokerBar(CaseSnapshot c, Sources s, LocalDate on) {
        PenaltyFacts facts = c.penalty().facts();
        if (BrokerMaximum.applies(facts, s.rules(), on).isEmpty()) {
            return NONE;
        }
        BigDecimal maximum = maximums.maximum(facts, s.parameters(), on).amount();
        return BrokerMaximum.decisionBound(maximum, c.assessed());
    }

    private static LocalDate ppnResponse(PenaltyState p, Sources s, LocalDate on) {
        PenaltyDeadlines d = deadlines(s);
        boolean shorten = d.ppnResponseShortened(p.facts().statute(), on, p.solDate());
        return d.ppnResponseDue(p.facts().statute(), on, p.solDate(), shorten).due();
    }

    private static PenaltyDeadlines deadlines(Sources s) {
        return new PenaltyDeadlines(new Deadlines(s.parameters()));
    }

    /** A computation the rules refuse (a value not in force, a fact missing) is NOT_COMPUTED on that side. */
    private static Object value(Supplier<?> computation) {
        try {
            Object v = computation.get();
            return v == null ? NONE : v;
        } catch (ParameterValueUnknown unknown) {
            return NOT_SET;
        } catch (Problems.Refusal | IllegalStateException refused) {
            return NOT_COMPUTED;
        }
    }

    private static void compare(CaseSnapshot c, WhatChanges what, String subject, Supplier<?> before,
                                Supplier<?> after, List<WhatIfResult.Change> changes) {
        Object b = value(before);
        Object a = value(after);
        if (same(b, a)) {
            return;
        }
        BigDecimal difference = null;
        String unit = "USD";
        if (b instanceof BigDecimal x && a instanceof BigDecimal y) {
            difference = y.subtract(x).setScale(2, java.math.RoundingMode.HALF_UP);
        } else if (b instanceof LocalDate x && a instanceof LocalDate y) {
            difference = BigDecimal.valueOf(ChronoUnit.DAYS.between(x, y));
        }
        if (what == WhatChanges.DEADLINE) {
            unit = "DAYS";
        }
        changes.add(new WhatIfResult.Change(c.caseNumber(), c.family(), c.officeCode(), what, subject,
                b instanceof BigDecimal x ? x.setScale(2, java.math.RoundingMode.HALF_UP) : b,
                a instanceof BigDecimal y ? y.setScale(2, java.math.RoundingMode.HALF_UP) : a, difference, unit));
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
