package gov.fpf.party;

/**
 * What a finding of illegal importation was about, when it was one that EO 14411 Sec. 2(d) names: an importer found
 * to have illegally imported fentanyl, nitazenes or other illicit substances, precursor chemicals for making them, or
 * contraband is not in good standing. Null on a finding that is none of these.
 */
public enum IllicitImport {
    FENTANYL,
    NITAZENE,
    OTHER_ILLICIT_SUBSTANCE,
    PRECURSOR_CHEMICAL,
    CONTRABAND
}
