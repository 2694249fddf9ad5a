package gov.fpf.vetting;

/** What opened a vetting (EO 14411 Sec. 2(f)): the party's first vetting, the cycle, or a new finding on its record. */
public enum VettingTrigger {
    FIRST,
    CYCLE,
    NEW_FINDING
}
