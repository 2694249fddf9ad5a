package gov.fpf.confidentiality;

import java.time.LocalDate;
import java.util.Map;

/** What the review process's recording steps ask of the domain ({@link ConfidentialityService}; a fake in model tests). */
public interface ConfidentialitySteps {

    Map<String, Object> applyDecision(long id, String decision, String reason, LocalDate until, String actor);

    Map<String, Object> applyReview(long id, String outcome, String reason, String actor);

    Map<String, Object> applyRenewal(long id, String decision, String reason, LocalDate until, String actor);

    void applyExpiry(long id);
}
