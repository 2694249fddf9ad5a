package gov.fpf.process;

/** TEMPORARY: replaced by the model's descriptor. */
public final class SeizureForfeitureProcess {
    public static final String KEY = "SeizureForfeitureProcess";
    public static final String VAR_SUMMARY_SALE_DATE = "summarySaleDate";
    public static final String VAR_STORAGE_LOCATION = "storageLocation";
    public static final String VAR_DAILY_STORAGE_RATE = "dailyStorageRate";
    public static final String VAR_HAZARDOUS = "hazardous";
    public static final String VAR_HIGH_RISK = "highRisk";
    public static final String VAR_PHOTOGRAPH_REFERENCES = "photographReferences";
    public static final String VAR_INVENTORY_NOTE = "inventoryNote";
    public static final String VAR_APPRAISED_VALUE = "appraisedValue";
    public static final String VAR_APPRAISAL_BASIS = "appraisalBasis";
    public static final String VAR_ADMINISTRATIVE_LIMIT = "administrativeLimit";
    public static final String VAR_PROHIBITED = "prohibited";
    public static final String VAR_DRUG_CONVEYANCE = "drugConveyance";
    public static final String VAR_MONETARY_INSTRUMENT = "monetaryInstrument";
    public static final String VAR_COUNTERFEIT = "counterfeit";
    public static final String VAR_FORFEITURE_PATH = "forfeiturePath";
    public static final String VAR_PATH_CITATION = "pathCitation";
    public static final String VAR_TRADEMARK_OWNER_NOTICE = "trademarkOwnerNotice";
    public static final String VAR_COST_BOND_AMOUNT = "costBondAmount";
    public static final String VAR_PETITION_DUE_DATE = "petitionDueDate";
    public static final String VAR_CLAIM_DUE_DATE = "claimDueDate";
    public static final String VAR_ELECTION_DUE_DATE = "electionDueDate";
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    public static final String VAR_REMITTED = "remitted";
    public static final String VAR_DECISION_VALID_UNTIL = "decisionValidUntil";
    public static final String VAR_FORFEITURE_DATE = "forfeitureDate";
    public static final String VAR_REFERRAL_REASON = ReferralFollowUpProcess.VAR_REFERRAL_REASON;
    public static final String VAR_FOLLOW_UP_CYCLE = ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE;
    public static final String VAR_REFERRAL_ESCALATION_DATE = ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE;
    public static final String VAR_SUMMARY_SALE_DECISION = "summarySaleDecision";
    public static final String VAR_SUMMARY_SALE_REASON = "summarySaleReason";
    public static final String VAR_SALE_DATE = "saleDate";
    public static final String VAR_SALE_PROCEEDS = "saleProceeds";
    public static final String VAR_DESTRUCTION_DATE = "destructionDate";
    public static final String VAR_WITNESS = "witness";
    public static final String VAR_CERTIFICATE_REFERENCE = "certificateReference";
    public static final String VAR_PROCEEDS_PETITION_DUE_DATE = "proceedsPetitionDueDate";
    public static final String VAR_DISPOSITION_METHOD = "dispositionMethod";
    public static final String VAR_DISPOSER = "disposer";
    public static final String VAR_RECIPIENT_AGENCY = "recipientAgency";
    public static final String VAR_OWNER_CONSENT = "ownerConsent";
    public static final String VAR_DISPOSITION_NOTE = "dispositionNote";
    public static final String VAR_DISPOSITION_DATE = "dispositionDate";
    public static final String VAR_DISPOSER_REFERENCE = "disposerReference";
    public static final String VAR_COURT_OUTCOME = "courtOutcome";
    public static final String VAR_COURT_ORDER_REFERENCE = "courtOrderReference";
    public static final String VAR_OFFER_DECISION = "offerDecision";
    private SeizureForfeitureProcess() {
    }
}
