package gov.fpf.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed list of laws a seizure may be made under in this system (law reference 1.5, 6 step 3). Title 19
 * seizures follow the Tariff Act procedure (19 U.S.C. 1602-1619; exempt from CAFRA, 18 U.S.C. 983(i)(2)(A); 19 CFR
 * 162.91); the others are civil forfeitures under CAFRA (18 U.S.C. 983): notice within 60 days of the seizure, a claim
 * at least 35 days after mailing without a cost bond, a complaint within 90 days of a claim. Anything else is refused.
 */
public enum SeizureStatute {

    S1595A_A("1595a(a)", false, "19 U.S.C. 1595a(a)"),
    S1595A_C("1595a(c)", false, "19 U.S.C. 1595a(c)"),
    S1595A_D("1595a(d)", false, "19 U.S.C. 1595a(d)"),
    S1526_E("1526(e)", false, "19 U.S.C. 1526(e)"),
    S1497("1497", false, "19 U.S.C. 1497"),
    S1592("1592", false, "19 U.S.C. 1592(c)(14)"),
    /** Currency and monetary instruments not reported (31 U.S.C. 5316). */
    USC31_5317("31 U.S.C. 5317", true, "31 U.S.C. 5317(c)(2); 18 U.S.C. 983"),
    /** Bulk cash smuggling. */
    USC31_5332("31 U.S.C. 5332", true, "31 U.S.C. 5332(c); 18 U.S.C. 983"),
    /** Civil forfeiture of proceeds and property involved in specified unlawful activity. */
    USC18_981("18 U.S.C. 981", true, "18 U.S.C. 981(a)(1); 18 U.S.C. 983"),
    /** Merchandise smuggled or clandestinely introduced, forfeited under the criminal code. */
    USC18_545("18 U.S.C. 545", true, "18 U.S.C. 545; 18 U.S.C. 981(a)(1)(C); 18 U.S.C. 983");

    private final String text;
    private final boolean cafra;
    private final String citation;

    SeizureStatute(String text, boolean cafra, String citation) {
        this.text = text;
        this.cafra = cafra;
        this.citation = citation;
    }

    /** As the case file writes it, e.g. 1595a(c) or 31 U.S.C. 5317. */
    public String text() {
        return text;
    }

    /** A non-Title-19 civil forfeiture: the CAFRA procedure of 18 U.S.C. 983 governs. */
    public boolean cafra() {
        return cafra;
    }

    public String citation() {
        return citation;
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(SeizureStatute::text).toList();
    }

    /** The statute named by {@code value}, whatever the letter case and surrounding blanks; empty if unknown. */
    public static Optional<SeizureStatute> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(s -> s.text.equalsIgnoreCase(wanted)).findFirst();
    }
}
