package gov.fpf.process.engine;

import java.util.Optional;

/**
 * The engine's view of the case file: which office a case belongs to. The case file provides it, so a process start
 * can be bound to its case without the engine side depending on the case file.
 */
public interface CaseOffices {

    /** The office of the case, or empty when there is no such case. */
    Optional<String> officeOf(String caseNumber);
}
