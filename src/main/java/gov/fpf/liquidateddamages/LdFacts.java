package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.fpf.bond.BondType;

/**
 * The facts of one bond breach that the liquidated-damages rules read; amounts in dollars. Only the fields the breach
 * needs must be given (see {@link LdClaimRules#assessed}); the rest may be null or 0.
 *
 * @param withheldDuty   duties, MPF, HMF and taxes withheld by a late entry summary (the guideline's interest base); on a
 *                       continuous bond they are also the estimated duties, taxes and fees the single-entry amount adds
 *                       to the value (142.15)
 * @param unpaidDuties   duties, taxes and charges not deposited (113.62(n)(4))
 * @param estimatedDuties the estimated duties on a TIB, or the duty added to twice the value on a textile bond
 * @param defaults       number of defaults or violations (per-default amounts: ISF, no merchandise involved)
 * @param restricted     restricted or prohibited merchandise, or alcoholic beverages
 * @param firstViolation the party's first violation of this kind (ISF guideline)
 * @param estimatedFees  on a TIB, the fees (MPF, HMF) and taxes estimated on top of the estimated duties: 10.31(f)
 *                       doubles the duties INCLUDING fees
 * @param tibSubheading  on a TIB, the HTSUS Chapter 98 subheading it was entered under (e.g. 9813.00.20 samples,
 *                       9813.00.50 tools of trade: the 110% classes of 10.31(f))
 */
public record LdFacts(LdBreach breach, LocalDate breachDate, BondType bondType, BigDecimal bondAmount,
                      BigDecimal merchandiseValue, boolean restricted, BigDecimal withheldDuty, BigDecimal unpaidDuties,
                      BigDecimal estimatedDuties, int daysLate, int defaults, boolean firstViolation,
                      BigDecimal estimatedFees, String tibSubheading) {

    /** The facts of a breach that is not a TIB (no fees or subheading of a TIB). */
    public LdFacts(LdBreach breach, LocalDate breachDate, BondType bondType, BigDecimal bondAmount,
                   BigDecimal merchandiseValue, boolean restricted, BigDecimal withheldDuty, BigDecimal unpaidDuties,
                   BigDecimal estimatedDuties, int daysLate, int defaults, boolean firstViolation) {
        this(breach, breachDate, bondType, bondAmount, merchandiseValue, restricted, withheldDuty, unpaidDuties,
                estimatedDuties, daysLate, defaults, firstViolation, null, null);
    }
}
