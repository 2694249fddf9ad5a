package gov.fpf.bond;

/** Bond activities of 19 CFR Part 113 subpart G, each with the section that states its conditions. */
public enum BondActivity {
    IMPORTATION_AND_ENTRY("19 CFR 113.62"),
    CUSTODIAL("19 CFR 113.63"),
    INTERNATIONAL_CARRIER("19 CFR 113.64"),
    WOOL_FUR_TEXTILE_LABELING("19 CFR 113.68"),
    FOREIGN_TRADE_ZONE_OPERATOR("19 CFR 113.73"),
    TEMPORARY_IMPORTATION("19 CFR 10.31; 113.62");

    private final String citation;

    BondActivity(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
