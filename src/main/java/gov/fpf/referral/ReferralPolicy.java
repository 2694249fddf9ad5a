package gov.fpf.referral;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;

/**
 * How a referred case is followed up, for every family that refers: the follow-up cycle and the day an unanswered
 * referral goes to a supervisor. Both are internal controls kept as effective-dated parameters, read on the day the
 * case is referred, so a referral keeps the terms it was made under.
 */
@Component
public class ReferralPolicy {

    /** The follow-up cycle as the referral model's timer reads it (ISO 8601 repeating interval) and the escalation day. */
    public record ReferralTerms(String followUpCycle, LocalDate escalationDate) {
    }

    private final LegalParameters parameters;

    public ReferralPolicy(LegalParameters parameters) {
        this.parameters = parameters;
    }

    /** The terms of a referral made on {@code referredOn} (the office's date). */
    public ReferralTerms termsFor(LocalDate referredOn) {
        int followUpDays = parameters.valueOn(ParameterNames.REFERRAL_FOLLOW_UP, referredOn).asInt();
        int escalationDays = parameters.valueOn(ParameterNames.REFERRAL_ESCALATION, referredOn).asInt();
        return new ReferralTerms("R/P" + followUpDays + "D", referredOn.plusDays(escalationDays));
    }
}
