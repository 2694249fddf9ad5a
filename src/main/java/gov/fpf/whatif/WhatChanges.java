package gov.fpf.whatif;

/** What of an open case a proposed change would move (the what-if dry run's rows; labels label.WhatChanges.*). */
public enum WhatChanges {
    /** the statutory maximum penalty a decision on the evaluation date would be assessed against */
    MAXIMUM,
    /** the EO 14411 floor a mitigated decision on the evaluation date would be checked against */
    FLOOR,
    /** a due date the case's next step, taken on the evaluation date, would set (or the limitation date) */
    DEADLINE,
    /** the good standing of the case's party on the evaluation date */
    STANDING
}
