package gov.fpf.rules;

import java.time.LocalDate;

/**
 * Legal parameters as the rules see them: a parameter of an EO 14411 rule ({@link EoRule#governing}) is in force only
 * while an implementing instrument puts its rule in force. Before (or with no instrument) it is not in force, so the
 * rule does not apply and today's law does; in force, its value carries the instrument in its citation, so the trace
 * names the act; in force without a known value (the LD floor the order does not quantify), it refuses and says why.
 */
public final class EoGatedParameters implements ParameterSource {

    private final ParameterSource rows;
    private final EoRuleSource eoRules;

    public EoGatedParameters(ParameterSource rows, EoRuleSource eoRules) {
        this.rows = rows;
        this.eoRules = eoRules;
    }

    @Override
    public ParameterValue valueOn(String name, LocalDate on) {
        java.util.Optional<EoRule> rule = EoRule.governing(name);
        if (rule.isEmpty()) {
            return rows.valueOn(name, on);
        }
        EoRuleSource.InForce instrument = eoRules.inForce(rule.get(), on)
                .orElseThrow(() -> new ParameterNotInForce(name, on, rule.get()));
        ParameterValue value;
        try {
            value = rows.valueOn(name, on);
        } catch (ParameterValueUnknown unknown) {
            throw new ParameterValueUnknown(name, on, rule.get().label() + " (" + rule.get().name() + ") is in force by "
                    + instrument.title() + " (" + instrument.instrumentCitation() + "), and the order states no amount;"
                    + " decisions it governs cannot be checked until the amount is set", instrument.citation());
        } catch (ParameterNotInForce none) {
            throw new ParameterValueUnknown(name, on, rule.get().label() + " (" + rule.get().name() + ") is in force by "
                    + instrument.title() + " (" + instrument.instrumentCitation() + "), but no value of it is in force"
                    + " on that date", instrument.citation());
        }
        return new ParameterValue(value.rowId(), value.name(), value.value(), value.unit(), value.effectiveFrom(),
                instrument.citation(), value.confidence());
    }
}
