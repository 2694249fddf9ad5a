package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the seizure rules read about a seizure (law reference 1.5 and 6).
 *
 * @param statute                     the statute the property was seized under, as recorded ("1595a(c)", "1526(e)",
 *                                    "1592"); for the record and the trace, the rules do not branch on it
 * @param drugConveyance              a conveyance used to import, export, transport or store controlled substances or
 *                                    listed chemicals (19 U.S.C. 1607(a)(3))
 * @param monetaryInstrument          monetary instruments (31 U.S.C. 5312(a)(3); 19 U.S.C. 1607(a)(4))
 * @param dailyStorageRate            the custodian's storage cost for the whole seizure per calendar day, in dollars
 * @param hazardous                   flagged hazardous at custody (law reference 6 step 1)
 * @param highRisk                    flagged high-risk at custody (law reference 6 step 1)
 * @param partyRepeatOffender         the party is a repeat offender (EO 14411 Sec. 4(c); see the repeat-offender
 *                                    parameters)
 * @param iorNotInGoodStanding        the importer of record, U.S. or foreign, is not in good standing with CBP
 *                                    (EO 14411 Sec. 2(d), once an implementing instrument puts GOOD_STANDING in force)
 * @param iorHighRiskTier             the importer of record is in the HIGH risk tier (EO 14411 Sec. 2(e), once an
 *                                    implementing instrument puts RISK_TIERS in force)
 */
public record SeizureFacts(LocalDate seizureDate, String statute, List<SeizedItem> items, boolean drugConveyance,
                           boolean monetaryInstrument, BigDecimal dailyStorageRate, boolean hazardous, boolean highRisk,
                           boolean partyRepeatOffender, boolean iorNotInGoodStanding, boolean iorHighRiskTier) {

    public SeizureFacts {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Facts without a risk tier (before RISK_TIERS, or a party not in the HIGH tier). */
    public SeizureFacts(LocalDate seizureDate, String statute, List<SeizedItem> items, boolean drugConveyance,
                        boolean monetaryInstrument, BigDecimal dailyStorageRate, boolean hazardous, boolean highRisk,
                        boolean partyRepeatOffender, boolean iorNotInGoodStanding) {
        this(seizureDate, statute, items, drugConveyance, monetaryInstrument, dailyStorageRate, hazardous, highRisk,
                partyRepeatOffender, iorNotInGoodStanding, false);
    }

    /**
     * The 1607(a)(2) ground for the seizure as a whole: every item is a prohibited importation. A seizure that mixes
     * prohibited and other goods is tested on its value, the safe reading: judicial forfeiture is always open, and the
     * law reference does not say how a mixed seizure may be split.
     */
    public boolean prohibited() {
        return !items.isEmpty() && items.stream().allMatch(SeizedItem::prohibitedImportation);
    }

    /** Some item, not necessarily all, is a prohibited importation (a high-risk reason; a mixed seizure's note). */
    public boolean anyProhibited() {
        return items.stream().anyMatch(SeizedItem::prohibitedImportation);
    }

    /**
     * Some item bears a counterfeit mark: the trademark owner is notified and 1526(e) governs disposition. Not a path
     * ground by itself: the SeizurePath table uses it for the notice only.
     */
    public boolean counterfeit() {
        return items.stream().anyMatch(SeizedItem::counterfeit);
    }

    /**
     * Some item is perishable: the 162.48(a) sale at the earliest date is open for it, and only for the perishable
     * items (1612(a) applies item by item, see {@link SeizureRules#summarySaleScope}); the rest follow the ordinary
     * path unless the storage presumption of 162.48(b)(1) covers the whole seizure.
     */
    public boolean perishable() {
        return items.stream().anyMatch(SeizedItem::perishable);
    }
}
