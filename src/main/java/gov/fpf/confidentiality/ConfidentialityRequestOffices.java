package gov.fpf.confidentiality;

import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseOffices;

/**
 * Binds a confidentiality review process (business key {@code CONF-<id>}) to its request's recording office, as the
 * case file does for case processes: an engine start naming no such request, or another office, is refused.
 */
@Component
class ConfidentialityRequestOffices implements CaseOffices {

    private final ConfidentialityRequestRepository requests;

    ConfidentialityRequestOffices(ConfidentialityRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Optional<String> officeOf(String businessKey) {
        return ConfidentialityReviewProcess.requestId(businessKey).flatMap(requests::findById)
                .map(ConfidentialityRequest::getOfficeCode);
    }
}
