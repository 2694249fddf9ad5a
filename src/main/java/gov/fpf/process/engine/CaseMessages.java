package gov.fpf.process.engine;

/** Messages every case family's process understands, delivered by business key (the case number). */
public final class CaseMessages {

    public static final String PETITION_RECEIVED = "Message_PetitionReceived";
    public static final String SUPPLEMENTAL_PETITION_RECEIVED = "Message_SupplementalPetitionReceived";
    public static final String PAYMENT_RECEIVED = "Message_PaymentReceived";
    public static final String OFFER_IN_COMPROMISE_RECEIVED = "Message_OfferInCompromiseReceived";
    public static final String REPRESENTATIONS_RECEIVED = "Message_RepresentationsReceived";
    /** A principal or surety asked for more time to petition (19 CFR 172.3(c)); carries extensionRequestId. */
    public static final String EXTENSION_REQUESTED = "Message_ExtensionRequested";
    /** Voluntary abandonment (CBP Form 4607) of seized property, EO 14411 Sec. 5. */
    public static final String ABANDONMENT_RECEIVED = "Message_AbandonmentReceived";
    /** A claim with cost bond (19 U.S.C. 1608): the seizure goes to the U.S. Attorney. */
    public static final String CLAIM_AND_BOND_RECEIVED = "Message_ClaimAndBondReceived";
    /** Payment of the appraised value for release of seized property (19 U.S.C. 1614). */
    public static final String RELEASE_ON_PAYMENT_OF_VALUE = "Message_ReleaseOnPaymentOfValue";

    public static final String VAR_PETITION_ID = "petitionId";
    public static final String VAR_SUPPLEMENTAL = "supplemental";
    public static final String VAR_PAID_IN_FULL = "paidInFull";
    public static final String VAR_EXTENSION_REQUEST_ID = "extensionRequestId";

    private CaseMessages() {
    }
}
