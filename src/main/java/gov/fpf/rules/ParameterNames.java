package gov.fpf.rules;

/** Names of the legal parameters that code reads; the rows and their citations are in db/migration. */
public final class ParameterNames {

    public static final String PENALTY_FLOOR_SHARE = "penalty.floor.share";
    public static final String LD_FLOOR_SHARE = "ld.floor.share";
    public static final String REPEAT_OFFENDER_LOOKBACK = "repeat-offender.lookback";
    public static final String REPEAT_OFFENDER_PRIOR_FINDINGS = "repeat-offender.prior-findings";
    public static final String PPN_THRESHOLD = "penalty.ppn.threshold";
    public static final String ADMINISTRATIVE_FORFEITURE_LIMIT = "forfeiture.administrative.limit";
    public static final String SUMMARY_SALE_STORAGE_SHARE = "summary-sale.storage-cost-share";
    public static final String COST_BOND_RATE = "cost-bond.rate";
    public static final String COST_BOND_MINIMUM = "cost-bond.minimum";
    public static final String COST_BOND_MAXIMUM = "cost-bond.maximum";
    public static final String PETITION_PENALTY = "deadline.petition-penalty";
    public static final String PETITION_SEIZURE = "deadline.petition-seizure";
    public static final String PPN_RESPONSE = "deadline.ppn-response";
    public static final String SOL_1592 = "deadline.sol-1592";

    private ParameterNames() {
    }
}
