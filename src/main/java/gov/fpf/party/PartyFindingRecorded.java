package gov.fpf.party;

/**
 * Published (Spring application event, inside the recording transaction) when a finding of violation is recorded on a
 * party's record, so recurrent vetting (EO 14411 Sec. 2(f)) vets the party at once.
 */
public record PartyFindingRecorded(long partyId, long violationRecordId) {
}
