package gov.fpf.rules;

import java.time.LocalDate;
import java.util.Optional;

/** Where rule code learns whether an EO 14411 rule is in force: the register in the app, a fixed set in unit tests. */
@FunctionalInterface
public interface EoRuleSource {

    /** the instrument that puts the rule in force on the date (the earliest in effect), or empty: today's law */
    Optional<InForce> inForce(EoRule rule, LocalDate on);

    /** Never in force: the law before the order's implementing acts. */
    EoRuleSource NONE = (rule, on) -> Optional.empty();

    /**
     * An EO rule in force by an instrument.
     *
     * @param instrumentId the register row (0 in unit tests)
     */
    record InForce(EoRule rule, long instrumentId, String title, String instrumentCitation, LocalDate effectiveDate) {

        /** the rule's citation and the act that put it in force, for a trace step or a refusal (at most 200 chars) */
        public String citation() {
            String text = rule.citation() + "; in force from " + effectiveDate + " by " + instrumentCitation;
            return text.length() <= 200 ? text : text.substring(0, 197) + "...";
        }

        /** how a trace names the instrument (at most 200 chars) */
        public String reference() {
            String text = "instrument " + instrumentId + ": " + title;
            return text.length() <= 200 ? text : text.substring(0, 197) + "...";
        }

        public gov.fpf.rules.TraceStep traceStep() {
            return new gov.fpf.rules.TraceStep("EO rule in force: " + rule.name(), "from " + effectiveDate,
                    rule.label() + ", in force by " + title + " (" + instrumentCitation + ")", citation(), reference());
        }
    }

    /** the trace step for a rule that is not in force on the date: today's law applies */
    static gov.fpf.rules.TraceStep notInForceStep(EoRule rule, LocalDate on) {
        return new gov.fpf.rules.TraceStep("EO rule not in force: " + rule.name(), "not in force",
                rule.label() + ": no implementing instrument puts it in force on " + on + "; the law before the order"
                        + " applies", rule.citation(), null);
    }
}
