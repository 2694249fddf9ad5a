package gov.fpf.casefile;

/**
 * Published inside the transaction when a case's status, amounts or deadlines change, for read models that copy them
 * (the worklist). The case file is the managed entity, already changed.
 */
public record CaseFileChanged(CaseFile caseFile) {
}
