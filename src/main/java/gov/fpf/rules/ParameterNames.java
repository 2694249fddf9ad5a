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

    // Issue 3: penalty assessment and mitigation review (rows in V2 and V3)
    public static final String DEADLINE_ROLL_FORWARD_WEEKENDS = "deadline.roll-forward-weekends";
    public static final String PPN_RESPONSE_SHORTENED = "deadline.ppn-response-shortened";
    public static final String PPN_SHORTENING_WINDOW = "deadline.ppn-shortening-window";
    public static final String BROKER_PREPENALTY_RESPONSE = "deadline.broker-prepenalty-response";
    public static final String PETITION_SHORTENED = "deadline.petition-shortened";
    public static final String PETITION_SHORTENING_WINDOW = "deadline.petition-shortening-window";
    public static final String DECISION_VALIDITY = "deadline.decision-validity";
    public static final String SUPPLEMENTAL_PETITION = "deadline.supplemental-petition";
    public static final String SOL_GENERAL = "deadline.sol-general";
    public static final String SOL_BROKER = "deadline.sol-broker";
    public static final String SOL_WAIVER_WINDOW = "deadline.sol-waiver-window";
    public static final String SOL_WARNING_FIRST = "deadline.sol-warning-first";
    public static final String SOL_WARNING_SECOND = "deadline.sol-warning-second";
    public static final String SOL_COUNSEL_DECISION = "deadline.sol-counsel-decision";
    /** How often a referral is followed up, and when one without a result goes to a supervisor (rows in V21). */
    public static final String REFERRAL_FOLLOW_UP = "deadline.referral-follow-up";
    public static final String REFERRAL_ESCALATION = "deadline.referral-escalation";
    public static final String NEGLIGENCE_LOR_MULTIPLE = "penalty.1592.negligence.lor-multiple";
    public static final String NEGLIGENCE_DUTIABLE_SHARE = "penalty.1592.negligence.dutiable-share";
    public static final String GROSS_NEGLIGENCE_LOR_MULTIPLE = "penalty.1592.gross-negligence.lor-multiple";
    public static final String GROSS_NEGLIGENCE_DUTIABLE_SHARE = "penalty.1592.gross-negligence.dutiable-share";
    public static final String PRIOR_DISCLOSURE_FRAUD_LOR_SHARE = "penalty.1592.prior-disclosure.fraud.lor-share";
    public static final String PRIOR_DISCLOSURE_FRAUD_DUTIABLE_SHARE = "penalty.1592.prior-disclosure.fraud.dutiable-share";
    /** 1592(c)(4): the loss of revenue is tendered at disclosure or within this period after CBP's calculation notice. */
    public static final String PRIOR_DISCLOSURE_TENDER = "deadline.prior-disclosure-tender";
    public static final String COUNTERFEIT_FIRST_SEIZURE_MSRP_MULTIPLE = "penalty.1526f.first-seizure.msrp-multiple";
    public static final String COUNTERFEIT_LATER_SEIZURE_MSRP_MULTIPLE = "penalty.1526f.later-seizure.msrp-multiple";
    public static final String BROKER_AGGREGATE_LIMIT = "broker.penalty.aggregate-limit";
    public static final String UNLICENSED_PER_TRANSACTION_LIMIT = "broker.unlicensed.per-transaction-limit";
    public static final String UNLICENSED_AGGREGATE_LIMIT = "broker.unlicensed.aggregate-limit";
    public static final String FPF_DELEGATION_LIMIT = "mitigation.fpf-delegation-limit";
    public static final String BROKER_SUPPLEMENTAL_THRESHOLD = "mitigation.broker-supplemental-threshold";

    // Issue 4: liquidated damages against bonds (deadlines in V2, amounts in V5, the limitation period in V7)
    public static final String PETITION_LD_PRINCIPAL = "deadline.petition-ld-principal";
    public static final String PETITION_LD_SURETY = "deadline.petition-ld-surety";
    public static final String BOND_DOJ_REFERRAL = "deadline.bond-doj-referral";
    public static final String LD_CLAIM_LIMITATION = "deadline.ld-claim-limitation";
    public static final String LD_MERCHANDISE_VALUE_MULTIPLE = "ld.merchandise.value-multiple";
    public static final String LD_RESTRICTED_VALUE_MULTIPLE = "ld.restricted.value-multiple";
    public static final String LD_DUTY_DEPOSIT_UNPAID_MULTIPLE = "ld.duty-deposit.unpaid-multiple";
    public static final String LD_DUTY_DEPOSIT_MINIMUM = "ld.duty-deposit.minimum";
    public static final String LD_ENTRY_NON_MERCHANDISE_PER_DEFAULT = "ld.entry.non-merchandise.per-default";
    public static final String LD_CUSTODIAL_NON_MERCHANDISE_PER_DEFAULT = "ld.custodial.non-merchandise.per-default";
    public static final String LD_ISF_PER_VIOLATION = "ld.isf.per-violation";
    public static final String LD_FDA_REFUSED_VALUE_MULTIPLE = "ld.fda-refused.value-multiple";
    public static final String LD_TIB_ESTIMATED_DUTY_MULTIPLE = "ld.tib.estimated-duty-multiple";
    public static final String LD_TEXTILE_VALUE_MULTIPLE = "ld.textile.value-multiple";
    public static final String LD_CONTINUOUS_LATE_SUMMARY_SINGLE_ENTRY_MULTIPLE = "ld.continuous.late-summary.single-entry-multiple";
    public static final String LD_CONTINUOUS_LATE_SUMMARY_RESTRICTED_VALUE_MULTIPLE = "ld.continuous.late-summary.restricted-value-multiple";
    public static final String LD_TIB_EXCEPTED_CLASS_DUTY_MULTIPLE = "ld.tib.excepted-class.duty-multiple";
    public static final String LD_SINGLE_TRANSACTION_LATE_SUMMARY_BOND_SHARE = "ld.single-transaction.late-summary.bond-share";
    public static final String LD_LATE_ENTRY_SUMMARY_BASE = "ld.late-entry-summary.base";
    public static final String LD_LATE_ENTRY_SUMMARY_DAILY_RATE = "ld.late-entry-summary.daily-rate";
    public static final String LD_LATE_PETITION_TD_02_20_DAILY_RATE = "ld.late-petition.td-02-20.daily-rate";
    public static final String LD_LATE_PETITION_TD_02_20_MINIMUM = "ld.late-petition.td-02-20.minimum";
    public static final String LD_LATE_PETITION_2013_DAILY_RATE = "ld.late-petition.2013.daily-rate";
    public static final String LD_ISF_FIRST_VIOLATION_LOW = "ld.isf.first-violation.low";
    public static final String LD_ISF_FIRST_VIOLATION_HIGH = "ld.isf.first-violation.high";
    public static final String LD_ISF_LATER_VIOLATION_MINIMUM = "ld.isf.later-violation.minimum";

    // Issue 5: seizure to disposal (periods in V2, the EO 14411 Sec. 5 and disposition rows in V9)
    public static final String CLAIM_COST_BOND = "deadline.claim-cost-bond";
    public static final String PUBLICATION = "deadline.publication";
    public static final String PROCEEDS_RESTORATION = "deadline.proceeds-restoration";
    public static final String COUNTERFEIT_AUCTION_WAIT = "disposition.counterfeit-auction-wait";
    public static final String THIRD_PARTY_DISPOSAL_AUTHORIZED = "disposition.third-party.authorized";
    public static final String RELEASE_BOND_VALUE_SHARE = "release-bond.value-share";
    public static final String RELEASE_BOND_HIGH_RISK_MULTIPLE = "release-bond.high-risk.multiple";

    // Issue 12: seizure periods from recorded dates (V2 rows, V19)
    public static final String SOL_FORFEITURE_INVOLVEMENT = "deadline.sol-forfeiture-involvement";
    public static final String CUSTOMHOUSE_POSTING_THRESHOLD = "publication.customhouse-posting.threshold";
    public static final String CUSTOMHOUSE_POSTING = "deadline.customhouse-posting";
    public static final String CAFRA_NOTICE = "deadline.cafra-notice";
    public static final String CAFRA_CLAIM = "deadline.cafra-claim";
    public static final String CAFRA_COMPLAINT = "deadline.cafra-complaint";

    private ParameterNames() {
    }

    // Issue 15: the order's importer and transparency rules (rows in V31). DHS has published none of these thresholds;
    // each row's note says where its value comes from.
    public static final String STANDING_FINDINGS_LOOKBACK = "standing.findings.lookback";
    public static final String STANDING_FINDINGS_THRESHOLD = "standing.findings.threshold";
    public static final String STANDING_PAST_DUE_GRACE = "standing.past-due.grace";
    public static final String RISK_TIER_LOOKBACK = "risk-tier.lookback";
    public static final String RISK_TIER_POINTS_FINDING = "risk-tier.points.finding";
    public static final String RISK_TIER_POINTS_ILLICIT_FINDING = "risk-tier.points.illicit-finding";
    public static final String RISK_TIER_POINTS_ENFORCEMENT_ACTION = "risk-tier.points.enforcement-action";
    public static final String RISK_TIER_POINTS_PAST_DUE_DEBT = "risk-tier.points.past-due-debt";
    public static final String RISK_TIER_POINTS_ADVERSE_AUDIT = "risk-tier.points.adverse-audit";
    public static final String RISK_TIER_POINTS_NOT_IN_GOOD_STANDING = "risk-tier.points.not-in-good-standing";
    public static final String RISK_TIER_MEDIUM_FROM = "risk-tier.medium.from";
    public static final String RISK_TIER_HIGH_FROM = "risk-tier.high.from";
    public static final String IOR_INACTIVE_AFTER = "ior.inactive.after";
    public static final String VETTING_CYCLE = "vetting.cycle";
    public static final String VETTING_DUE = "vetting.due";
    public static final String BROKER_IDENTITY_PER_VIOLATION = "broker.identity-verification.per-violation";
    public static final String CONFIDENTIALITY_REVIEW_CYCLE = "confidentiality.review.cycle";
    public static final String CONFIDENTIALITY_GRANT_MAXIMUM = "confidentiality.grant.maximum";
    public static final String CONFIDENTIALITY_RENEWAL_NOTICE = "confidentiality.renewal.notice";
    /** not an EO rule's: disclosure control applies to every published report (EO 14411 Sec. 6 "consistent with law") */
    public static final String REPORT_MINIMUM_CELL = "report.disclosure.minimum-cell";
}
