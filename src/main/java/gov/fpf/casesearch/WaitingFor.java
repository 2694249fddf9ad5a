package gov.fpf.casesearch;

import java.util.List;

import gov.fpf.casefile.DeadlineNames;

/**
 * What a case waits for, read from its OPEN deadline rows by their stored names (the names never change: the families
 * find and close their rows by them). The seizure names are those of {@code gov.fpf.seizure.SeizureDeadline}, which is
 * package private there; {@code CaseSearchPageTest} finds a seizure by its 1612 row to keep them in step. The
 * limitation periods are left out: every open case has one, and nobody waits for it.
 */
enum WaitingFor {

    REPRESENTATIONS(DeadlineNames.PPN_RESPONSE),
    PETITION(DeadlineNames.PETITION, DeadlineNames.SURETY_PETITION),
    SUPPLEMENTAL_PETITION(DeadlineNames.SUPPLEMENTAL_PETITION),
    PAYMENT(DeadlineNames.DECISION_VALID_UNTIL, DeadlineNames.OPTION_ONE_PAYMENT),
    CLAIM("Claim and cost bond", "CAFRA claim (18 U.S.C. 983(a)(2))"),
    NOTICE_OF_SEIZURE("Publication of the notice of seizure", "Customhouse posting of the notice of seizure",
            "CAFRA notice of seizure (18 U.S.C. 983(a)(1))"),
    COMPLAINT("Complaint for forfeiture (18 U.S.C. 983(a)(3))"),
    SUMMARY_SALE("Storage reaches the 162.48(b) share (1612 summary sale or destruction)"),
    PROCEEDS_PETITION("Petition for the proceeds of sale"),
    DOJ_REFERRAL(DeadlineNames.DOJ_REFERRAL);

    private final List<String> deadlineNames;

    WaitingFor(String... deadlineNames) {
        this.deadlineNames = List.of(deadlineNames);
    }

    /** The names of the case_deadline rows that mean this wait while they are OPEN. */
    List<String> deadlineNames() {
        return deadlineNames;
    }
}
