package gov.fpf.party;

/**
 * What a party does in the import trade. EO 14411 Sec. 2(f) names those to be vetted recurrently: importers of record
 * (foreign ones included), their affiliates, customs brokers, custodians of bonded merchandise and freight forwarders.
 * An affiliate is a relation between parties, not a role.
 */
public enum PartyRole {
    IMPORTER_OF_RECORD,
    /** a licensed customs broker (19 U.S.C. 1641) */
    CUSTOMS_BROKER,
    /** a custodian of bonded merchandise (19 CFR 113.63 bond, bonded warehouse or container station) */
    CUSTODIAN,
    FREIGHT_FORWARDER
}
