package gov.fpf.casefile;

import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseOffices;

/** Tells the engine which office a case belongs to, from the case file. */
@Component
class CaseFileOffices implements CaseOffices {

    private final CaseFileRepository caseFiles;

    CaseFileOffices(CaseFileRepository caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public Optional<String> officeOf(String caseNumber) {
        return caseFiles.findByCaseNumber(caseNumber).map(CaseFile::getOfficeCode);
    }
}
