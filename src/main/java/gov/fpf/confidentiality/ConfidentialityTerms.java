package gov.fpf.confidentiality;

import java.time.LocalDate;
import java.util.Optional;

import gov.fpf.rules.Deadlines;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;

/**
 * The dates a grant lives by, from the parameters in force on the day of the decision (EO 14411 Sec. 6; the values
 * are V31's: review every 12 months, grants of at most 2 years as the manifest certifications of 19 CFR 103.31(d),
 * renewal review 30 days before the end). Only while {@link EoRule#CONFIDENTIALITY_REVIEW} is in force: before, a
 * grant is open-ended and nothing reviews or expires it (the law before the order has no such rule).
 */
public final class ConfidentialityTerms {

    private final ParameterSource parameters;
    private final EoRuleSource rules;

    public ConfidentialityTerms(ParameterSource parameters, EoRuleSource rules) {
        this.parameters = parameters;
        this.rules = rules;
    }

    public Optional<EoRuleSource.InForce> reviewInForce(LocalDate on) {
        return rules.inForce(EoRule.CONFIDENTIALITY_REVIEW, on);
    }

    /** the last day a grant (or renewal) decided on that day may run to */
    public LocalDate latestUntil(LocalDate decidedOn) {
        return Deadlines.plus(decidedOn, maximum(decidedOn));
    }

    public ParameterValue maximum(LocalDate on) {
        return parameters.valueOn(ParameterNames.CONFIDENTIALITY_GRANT_MAXIMUM, on);
    }

    /** the next periodic review after a grant or review on that day */
    public LocalDate nextReview(LocalDate from) {
        return Deadlines.plus(from, parameters.valueOn(ParameterNames.CONFIDENTIALITY_REVIEW_CYCLE, from));
    }

    /** the day the renewal review opens for a grant ending on {@code lastDay}, decided on {@code decidedOn} */
    public LocalDate renewalOpens(LocalDate decidedOn, LocalDate lastDay) {
        LocalDate opens = Deadlines.minus(lastDay,
                parameters.valueOn(ParameterNames.CONFIDENTIALITY_RENEWAL_NOTICE, decidedOn));
        return opens.isBefore(decidedOn) ? decidedOn : opens;
    }
}
