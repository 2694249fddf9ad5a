package gov.fpf.party;

/**
 * Published (Spring application event, inside the changing transaction) when a party's derived standing or risk tier
 * changes, so the lists that show them (worklist rows, case headers) refresh the party's cases.
 */
public record PartyStatusChanged(long partyId) {
}
