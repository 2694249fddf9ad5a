package gov.fpf.party;

/**
 * Published (Spring application event, inside the recording transaction) when a finding is recorded on a party's
 * record, for what derives from the record (the risk tier, EO 14411 Sec. 2(e)).
 */
public record FindingRecorded(long partyId) {
}
