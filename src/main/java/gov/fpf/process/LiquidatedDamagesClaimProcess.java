package gov.fpf.process;

/** TEMPORARY: replaced by the model's descriptor. */
public final class LiquidatedDamagesClaimProcess {
    public static final String KEY = "LiquidatedDamagesClaimProcess";
    public static final String VAR_CLAIM_AMOUNT = "claimAmount";
    public static final String VAR_BOND_EXHAUSTED = "bondExhausted";
    public static final String VAR_PETITION_DUE_DATE = "petitionDueDate";
    public static final String VAR_REFERRAL_DATE = "referralDate";
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    public static final String VAR_DECISION_VALID_UNTIL = "decisionValidUntil";
    public static final String VAR_SUPPLEMENTAL_DUE_DATE = "supplementalDueDate";
    public static final String VAR_SURETY_PETITION_DUE_DATE = "suretyPetitionDueDate";
    public static final String VAR_SURETY_DEMANDED = "suretyDemanded";
    public static final String VAR_EXTENSION_GRANTED = "extensionGranted";
    public static final String VAR_EXTENDED_DUE_DATE = "extendedDueDate";
    public static final String VAR_EXTENSION_NOTE = "extensionNote";
    public static final String VAR_EXHAUSTED_BOND_NOTE = "exhaustedBondNote";
    public static final String VAR_REFERRAL_REASON = ReferralFollowUpProcess.VAR_REFERRAL_REASON;
    public static final String VAR_FOLLOW_UP_CYCLE = ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE;
    public static final String VAR_REFERRAL_ESCALATION_DATE = ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE;
    public static final String OUTCOME_PAID = "PAID";
    public static final String OUTCOME_DECIDED_PAID = "DECIDED_PAID";
    public static final String OUTCOME_CANCELLED = "CANCELLED";
    public static final String OUTCOME_REFERRED = "REFERRED";
    public static final String OUTCOME_BOND_EXHAUSTED = "BOND_EXHAUSTED";
    private LiquidatedDamagesClaimProcess() {
    }
}
