package gov.fpf.vetting;

/** The vetting officer's conclusion; the names are the form's values. */
public enum VettingOutcome {
    /** nothing found that bars the party from its import activities */
    CLEARED,
    /** refer the party for enforcement */
    REFER,
    /** recommend suspending the party's import activities */
    SUSPEND;

    /** the outcome a form sent, or null when it is not one of ours */
    static VettingOutcome parse(Object value) {
        if (value == null) {
            return null;
        }
        for (VettingOutcome o : values()) {
            if (o.name().equals(value.toString())) {
                return o;
            }
        }
        return null;
    }
}
