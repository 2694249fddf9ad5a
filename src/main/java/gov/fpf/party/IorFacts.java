package gov.fpf.party;

/**
 * The facts EO 14411 Sec. 10 classifies an importer of record by. Individuals: only {@code usCitizenOrLpr}.
 * Entities: the country it is organized in, the three "located in the United States" elements of Sec. 10(c),
 * U.S. control, and the real-property alternative.
 */
public record IorFacts(PartyKind kind, Boolean usCitizenOrLpr, String countryOfOrganization,
                       Boolean principalPlaceOfBusinessUs, Boolean significantUsPresence, Boolean sufficientUsAssets,
                       Boolean controllingOwnersUsPersons, Boolean ownsSignificantUsRealProperty) {

    public static IorFacts individual(boolean usCitizenOrLpr) {
        return new IorFacts(PartyKind.INDIVIDUAL, usCitizenOrLpr, null, null, null, null, null, null);
    }

    public static IorFacts entity(String countryOfOrganization, boolean principalPlaceOfBusinessUs,
                                  boolean significantUsPresence, boolean sufficientUsAssets,
                                  boolean controllingOwnersUsPersons, boolean ownsSignificantUsRealProperty) {
        return new IorFacts(PartyKind.ENTITY, null, countryOfOrganization, principalPlaceOfBusinessUs,
                significantUsPresence, sufficientUsAssets, controllingOwnersUsPersons, ownsSignificantUsRealProperty);
    }
}
