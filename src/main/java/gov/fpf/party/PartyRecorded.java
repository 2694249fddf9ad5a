package gov.fpf.party;

/**
 * Published (Spring application event, inside the recording transaction) when a party is recorded, so the areas that
 * follow every party (recurrent vetting, EO 14411 Sec. 2(f)) take it on.
 */
public record PartyRecorded(long partyId) {
}
