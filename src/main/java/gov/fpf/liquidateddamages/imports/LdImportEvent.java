package gov.fpf.liquidateddamages.imports;

/** What a breach import writes to the audit log (entity LD_IMPORT). The name is the stored event type. */
enum LdImportEvent {
    LD_IMPORT_STARTED,
    LD_IMPORT_RESUMED,
    LD_IMPORT_FINISHED,
    LD_IMPORT_INTERRUPTED,
    LD_IMPORT_FAILED
}
