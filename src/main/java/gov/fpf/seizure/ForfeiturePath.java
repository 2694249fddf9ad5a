package gov.fpf.seizure;

/** How the forfeiture proceeds (law reference 1.5, 6 step 3). */
public enum ForfeiturePath {

    /** 19 U.S.C. 1607: CBP forfeits administratively (declaration under 1609 if nobody files a claim and bond). */
    ADMINISTRATIVE("19 U.S.C. 1607"),
    /** 19 U.S.C. 1610: reported to the U.S. Attorney for condemnation in court. */
    JUDICIAL("19 U.S.C. 1610");

    private final String citation;

    ForfeiturePath(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
