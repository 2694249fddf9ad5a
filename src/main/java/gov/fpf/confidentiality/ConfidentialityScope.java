package gov.fpf.confidentiality;

/**
 * What a party asks to keep confidential (a closed list; {@link #OTHER} needs a description). The manifest scopes are
 * the certifications of 19 CFR 103.31(d): an importer or consignee may ask that its name and address be kept off the
 * vessel manifest data CBP releases to the press.
 */
public enum ConfidentialityScope {
    /** 19 CFR 103.31(d)(1): the importer's name and address on the manifest */
    MANIFEST_IMPORTER_IDENTITY(false),
    /** 19 CFR 103.31(d)(2): the consignee's name and address on the manifest */
    MANIFEST_CONSIGNEE_IDENTITY(false),
    /** the party's penalty, liquidated-damages and seizure cases: honoured in the annual transparency report */
    ENFORCEMENT_CASE_DETAILS(true),
    /** anything else, described in the request */
    OTHER(false);

    private final boolean coversEnforcementData;

    ConfidentialityScope(boolean coversEnforcementData) {
        this.coversEnforcementData = coversEnforcementData;
    }

    /** whether a live grant of this scope changes what the enforcement transparency report shows */
    public boolean coversEnforcementData() {
        return coversEnforcementData;
    }
}
