package gov.fpf.rules.penalties;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The penalty statutes of case type A (law reference 3); written in JSON as the section number ("1592"). */
public enum PenaltyStatute {

    S1592("1592", "19 U.S.C. 1592"),
    S1641("1641", "19 U.S.C. 1641"),
    S1526F("1526f", "19 U.S.C. 1526(f)"),
    S1595A("1595a", "19 U.S.C. 1595a(b)");

    private final String json;
    private final String citation;

    PenaltyStatute(String json, String citation) {
        this.json = json;
        this.citation = citation;
    }

    /** "1592", "1641", "1526f", "1595a": the value in JSON and in the routing decision table. */
    @JsonValue
    public String json() {
        return json;
    }

    public String citation() {
        return citation;
    }

    @JsonCreator
    public static PenaltyStatute fromJson(String value) {
        for (PenaltyStatute statute : values()) {
            if (statute.json.equalsIgnoreCase(value) || statute.name().equalsIgnoreCase(value)) {
                return statute;
            }
        }
        throw new IllegalArgumentException("Unknown penalty statute '" + value + "'; use 1592, 1641, 1526f or 1595a.");
    }
}
