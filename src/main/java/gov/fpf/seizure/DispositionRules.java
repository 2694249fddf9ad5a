package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureRules.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * What may become of forfeited property (19 U.S.C. 1609, 1616a(c); 1526(e) for counterfeits), and whether the goods
 * may be released on payment of their value (1614): counterfeit and prohibited goods may not.
 */
@Component
public class DispositionRules {

    /**
     * Checks a disposition of forfeited property before the custodian carries it out (law reference 1.5, 6 step 8,
     * P11, P23; EO 14411 Sec. 5). Refuses with {@link Problems.InvalidInput} (400) for a missing fact and with
     * {@link Problems.RuleViolation} (422), citation included, for a disposition the law does not allow:
     * <ul>
     * <li>counterfeit goods are destroyed unless the trademark owner consents (1526(e)); with consent they may be
     * donated, retained, transferred or returned, and sold at auction only once the waiting period after forfeiture
     * (90 days) has passed; destruction by an authorized third-party disposer needs no consent;</li>
     * <li>donation is the 1526(e) route for counterfeit goods; the reference gives no donation authority for other
     * property;</li>
     * <li>third-party disposal needs a named, authorized disposer, and the authorization in force (EO 14411 Sec. 5);</li>
     * <li>retention for official use or transfer needs the recipient agency (1616a(c)).</li>
     * </ul>
     *
     * @param forfeitureDate null only for a RETURN before forfeiture
     * @param ownerConsent   the trademark owner's written consent is on file (counterfeit goods)
     * @param disposer       the authorized third-party disposer, for THIRD_PARTY_DISPOSAL
     * @param recipient      the agency that retains or receives the property, for RETENTION and TRANSFER
     */
    public DispositionCheck checkDisposition(DispositionMethod method, SeizureFacts facts, LocalDate forfeitureDate,
                                             LocalDate today, boolean ownerConsent, String disposer, String recipient,
                                             ParameterSource parameters) {
        return checkDisposition(method, facts, forfeitureDate, today, ownerConsent, disposer, recipient,
                CounterfeitConditions.NONE, parameters);
    }

    /**
     * The 1526(e) conditions of a disposition of counterfeit goods other than destruction, as the officer records
     * them: the goods are not unsafe or a hazard to health; the marks are obliterated, or obliteration is not
     * feasible; and, for an auction, no federal, State or local agency or eleemosynary institution has established a
     * need for them. Null: not stated.
     */
    public record CounterfeitConditions(Boolean notUnsafe, Boolean marksObliterated, Boolean obliterationNotFeasible,
                                        Boolean noAgencyNeed) {

        public static final CounterfeitConditions NONE = new CounterfeitConditions(null, null, null, null);
    }

    /**
     * {@link #checkDisposition(DispositionMethod, SeizureFacts, LocalDate, LocalDate, boolean, String, String,
     * ParameterSource)} with the 1526(e) conditions: a counterfeit sale, donation, retention or transfer needs goods
     * that are not unsafe and marks obliterated where feasible; an auction also needs the finding that no agency or
     * charity has established a need, and comes more than 90 days after forfeiture (day 91 or later).
     */
    public DispositionCheck checkDisposition(DispositionMethod method, SeizureFacts facts, LocalDate forfeitureDate,
                                             LocalDate today, boolean ownerConsent, String disposer, String recipient,
                                             CounterfeitConditions conditions, ParameterSource parameters) {
        if (method == null) {
            throw new Problems.InvalidInput("dispositionMethod: choose one of " + List.of(DispositionMethod.values()) + ".");
        }
        if (facts == null) {
            throw new Problems.InvalidInput("facts: the seizure's facts are needed to check a disposition.");
        }
        if (today == null) {
            throw new Problems.InvalidInput("today: the date of the disposition check is needed.");
        }
        if (forfeitureDate == null && method != DispositionMethod.RETURN) {
            throw new Problems.InvalidInput("forfeitureDate: " + method + " disposes of forfeited property; record the"
                    + " forfeiture first.");
        }
        if (forfeitureDate != null && forfeitureDate.isAfter(today)) {
            throw new Problems.InvalidInput("forfeitureDate: " + forfeitureDate + " is after " + today + ".");
        }
        boolean counterfeit = facts.counterfeit();
        List<TraceStep> steps = new ArrayList<>();
        Deadline earliestAuction = null;
        if (counterfeit) {
            steps.add(new TraceStep("Counterfeit goods", ownerConsent ? "owner consents" : "no owner consent",
                    "destruction is the default; other dispositions only with the trademark owner's consent",
                    C_COUNTERFEIT_DISPOSITION, null));
        }
        switch (method) {
            case DESTRUCTION -> steps.add(new TraceStep("Disposition", method.name(), counterfeit
                    ? "counterfeit goods are destroyed (the default)" : "destruction of forfeited property, witnessed,"
                    + " with a certificate", counterfeit ? C_COUNTERFEIT_DISPOSITION : C_DISPOSITION, null));
            case THIRD_PARTY_DISPOSAL -> {
                if (disposer == null || disposer.isBlank()) {
                    throw new Problems.InvalidInput("disposer: name the authorized third-party disposer (EO 14411 Sec. 5).");
                }
                Optional<ParameterValue> authorized = parameters.inForce(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED,
                        today);
                if (authorized.isEmpty() || authorized.get().value().signum() == 0) {
                    throw new Problems.RuleViolation("Third-party disposal is not authorized on " + today + ": EO 14411"
                            + " Sec. 5 directs the Secretary to authorize it, and no authorization is in force yet ("
                            + authorized.map(ParameterValue::reference).orElse("parameter "
                            + ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED + " not in force") + "). Choose another"
                            + " disposition.", C_EO_SEC_5);
                }
                steps.add(new TraceStep("Disposition", method.name(), "by the authorized disposer " + disposer.strip()
                        + (counterfeit ? "; counterfeit goods: the disposer destroys them (1526(e))" : ""),
                        authorized.get().citation(), authorized.get().reference()));
            }
            case DONATION -> {
                if (!counterfeit) {
                    throw new Problems.RuleViolation("Donation is the 19 U.S.C. 1526(e) disposition of counterfeit"
                            + " goods with the trademark owner's consent; the law reference gives no donation authority"
                            + " for other forfeited property. Sell, destroy, retain or transfer it (1616a(c)).",
                            C_COUNTERFEIT_DISPOSITION);
                }
                requireConsent(method, ownerConsent);
                steps.addAll(counterfeitConditions(method, conditions));
                steps.add(new TraceStep("Disposition", method.name(), "counterfeit goods donated with the trademark"
                        + " owner's consent", C_COUNTERFEIT_DISPOSITION, null));
            }
            case SALE -> {
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                    // 1526(e)(3): "more than 90 days after the date of forfeiture": the wait ends on day 90, the
                    // auction may be held from the day after it (day 91)
                    Deadline waitEnds = new Deadlines(parameters).due(DEADLINE_COUNTERFEIT_AUCTION,
                            ParameterNames.COUNTERFEIT_AUCTION_WAIT, forfeitureDate);
                    earliestAuction = new Deadline(DEADLINE_COUNTERFEIT_AUCTION, forfeitureDate,
                            waitEnds.due().plusDays(1), C_COUNTERFEIT_AUCTION + "; " + waitEnds.citation(),
                            waitEnds.parameterRef(), waitEnds.rule() + " = " + waitEnds.due()
                            + ", and the sale must come more than that many days after forfeiture: the day after");
                    if (today.isBefore(earliestAuction.due())) {
                        throw new Problems.RuleViolation("Counterfeit goods may be auctioned only more than "
                                + Deadlines.describe(parameters.valueOn(ParameterNames.COUNTERFEIT_AUCTION_WAIT,
                                forfeitureDate)) + " after forfeiture on " + forfeitureDate
                                + ": not before " + earliestAuction.due() + ".", earliestAuction.citation());
                    }
                    steps.addAll(counterfeitConditions(method, conditions));
                    steps.add(earliestAuction.trace());
                    steps.add(new TraceStep("Disposition", method.name(), "counterfeit goods sold at auction with the"
                            + " trademark owner's consent, on " + today + ", on or after " + earliestAuction.due(),
                            earliestAuction.citation(), earliestAuction.parameterRef()));
                } else {
                    steps.add(new TraceStep("Disposition", method.name(), "public or online auction; the proceeds are"
                            + " applied under 1613", C_DISPOSITION, null));
                }
            }
            case RETENTION, TRANSFER -> {
                if (recipient == null || recipient.isBlank()) {
                    throw new Problems.InvalidInput("recipientAgency: name the agency that "
                            + (method == DispositionMethod.RETENTION ? "retains the property for official use"
                            : "receives the property") + " (19 U.S.C. 1616a(c)).");
                }
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                    steps.addAll(counterfeitConditions(method, conditions));
                }
                steps.add(new TraceStep("Disposition", method.name(), (method == DispositionMethod.RETENTION
                        ? "retained for official use by " : "transferred to ") + recipient.strip(), C_RETENTION_TRANSFER,
                        null));
            }
            case RETURN -> {
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                }
                steps.add(new TraceStep("Disposition", method.name(), "returned (remission, release or court order)",
                        "law reference 6 step 8", null));
            }
        }
        return new DispositionCheck(method, earliestAuction, steps);
    }

    /**
     * @param earliestAuction for a sale of counterfeit goods, the first day it is allowed; otherwise null
     */
    public record DispositionCheck(DispositionMethod method, Deadline earliestAuction, List<TraceStep> steps) {

        public DispositionCheck {
            steps = List.copyOf(steps);
        }
    }

    /**
     * 19 U.S.C. 1614 with 1526(e): release on payment of the value puts the goods back in the claimant's hands, so it
     * is refused when any item is a prohibited importation, or bears a counterfeit mark and the trademark owner's
     * written consent is not on file (1526(e): such goods "shall be seized and, in the absence of the written consent
     * of the trademark owner, forfeited"). Refuses with {@link Problems.RuleViolation} (422), the citation included;
     * otherwise returns the trace line that says why the release is open.
     */
    public List<TraceStep> releaseOnPaymentAllowed(List<SeizedItem> items, boolean trademarkOwnerConsent) {
        SummarySaleRules.Barred barred = SummarySaleRules.barred(items, trademarkOwnerConsent);
        if (barred.prohibited() != null) {
            throw new Problems.RuleViolation("Release on payment of the value (1614) is not open: " + barred.prohibited()
                    + " is a prohibited importation and cannot be released into commerce. It is forfeited (or"
                    + " destroyed); a petition may still be filed. Nothing was recorded.", C_1614_PROHIBITED);
        }
        if (barred.counterfeit() != null) {
            throw new Problems.RuleViolation("Release on payment of the value (1614) is not open: " + barred.counterfeit()
                    + " bears a counterfeit mark and the trademark owner's written consent is not on file; such goods"
                    + " are forfeited (1526(e)). Nothing was recorded.", C_1614_COUNTERFEIT);
        }
        return List.of(new TraceStep(STEP_BARRED_GOODS, "none", barred.consentNote() + "no item is a prohibited"
                + " importation, so release on payment of the value is open", C_1614, null));
    }

    /**
     * 19 U.S.C. 1526(e): the alternatives to destruction are open only "if the merchandise is not unsafe or a hazard
     * to health", with the trademark "obliterate[d] where feasible", and an auction only after a finding that no
     * agency or eleemosynary institution has established a need. A condition not stated is bad input (400); one
     * stated and not met is a refusal (422).
     */
    private static List<TraceStep> counterfeitConditions(DispositionMethod method, CounterfeitConditions conditions) {
        CounterfeitConditions c = conditions == null ? CounterfeitConditions.NONE : conditions;
        if (c.notUnsafe() == null) {
            throw new Problems.InvalidInput("goodsNotUnsafe: state whether the counterfeit goods are free of any safety"
                    + " or health hazard (19 U.S.C. 1526(e)) before a " + method + ".");
        }
        if (!c.notUnsafe()) {
            throw new Problems.RuleViolation("Counterfeit goods that are unsafe or a hazard to health are destroyed; "
                    + method + " is open only for goods that are not (1526(e)).", C_COUNTERFEIT_CONDITIONS);
        }
        boolean obliterated = Boolean.TRUE.equals(c.marksObliterated());
        boolean notFeasible = Boolean.TRUE.equals(c.obliterationNotFeasible());
        if (c.marksObliterated() == null && c.obliterationNotFeasible() == null) {
            throw new Problems.InvalidInput("marksObliterated: state whether the counterfeit marks are obliterated, or"
                    + " set obliterationNotFeasible (19 U.S.C. 1526(e): obliterated where feasible).");
        }
        if (!obliterated && !notFeasible) {
            throw new Problems.RuleViolation("The counterfeit marks must be obliterated before a " + method
                    + " where that is feasible; record that they are, or that it is not feasible (1526(e)).",
                    C_COUNTERFEIT_CONDITIONS);
        }
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new TraceStep("Not unsafe or a hazard to health", "yes", "recorded by the officer before the "
                + method, C_COUNTERFEIT_CONDITIONS, null));
        steps.add(new TraceStep("Counterfeit marks", obliterated ? "obliterated" : "obliteration not feasible",
                "obliterated where feasible", C_COUNTERFEIT_CONDITIONS, null));
        if (method == DispositionMethod.SALE) {
            if (c.noAgencyNeed() == null) {
                throw new Problems.InvalidInput("noAgencyNeed: before an auction of counterfeit goods, record that no"
                        + " federal, State or local agency or eleemosynary institution has established a need for"
                        + " them (19 U.S.C. 1526(e)(3)).");
            }
            if (!c.noAgencyNeed()) {
                throw new Problems.RuleViolation("An agency or eleemosynary institution has established a need for the"
                        + " counterfeit goods: deliver or give them (1526(e)(1)-(2)) instead of selling them.",
                        C_COUNTERFEIT_AUCTION);
            }
            steps.add(new TraceStep("No agency or charity need", "none established", "determined before the auction",
                    C_COUNTERFEIT_AUCTION, null));
        }
        return steps;
    }

    private static void requireConsent(DispositionMethod method, boolean ownerConsent) {
        if (!ownerConsent) {
            throw new Problems.RuleViolation("Forfeited counterfeit goods are destroyed unless the trademark owner"
                    + " consents; " + method + " needs the owner's written consent on file.", C_COUNTERFEIT_DISPOSITION);
        }
    }
}
