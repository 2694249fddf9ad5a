package gov.fpf.seizure;

/** How forfeited property ends (law reference 6 step 8; EO 14411 Sec. 5 for third-party disposal). */
public enum DispositionMethod {
    /** Public or online auction through the contractor (19 U.S.C. 1609, 1613). */
    SALE,
    /** Witnessed destruction with a certificate; the default for counterfeit goods (19 U.S.C. 1526(e)). */
    DESTRUCTION,
    /** Disposal by a named, authorized third party (EO 14411 Sec. 5). */
    THIRD_PARTY_DISPOSAL,
    /** Retained for official use (19 U.S.C. 1616a(c)). */
    RETENTION,
    /** Transferred to a federal, participating State or local agency or the Civil Air Patrol (19 U.S.C. 1616a(c)). */
    TRANSFER,
    /** Donation of counterfeit goods with the trademark owner's consent (19 U.S.C. 1526(e)). */
    DONATION,
    /** Returned to the owner (remission, release, court order). */
    RETURN
}
