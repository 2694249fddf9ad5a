package gov.fpf.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.TraceStep;

/**
 * 19 U.S.C. 1621: no forfeiture suit or action after five years from the time the alleged offense was discovered, or
 * two years after the time the property's involvement in the offense was discovered, whichever was later; the time of
 * the absence from the United States of the person subject to the forfeiture, or of any concealment or absence of the
 * property, is not counted (1621(2)). Not counted from the seizure date: discovery may come well before it.
 */
public final class ForfeitureLimitation {

    public static final String DEADLINE = "Statute of limitations (forfeiture)";

    private ForfeitureLimitation() {
    }

    /**
     * @param discovery   discovery of the offense; when the intake did not state it ({@code stated} false) the seizure
     *                    date stands in for it, and the trace says so
     * @param involvement discovery of the property's involvement in the offense, or null
     * @param tolledDays  days not counted under 1621(2), entered by hand (0 when none)
     */
    public static Deadline limitation(LocalDate discovery, boolean stated, LocalDate involvement, int tolledDays,
                                      String tollingReason, ParameterSource parameters, List<TraceStep> trace) {
        Deadlines deadlines = new Deadlines(parameters);
        Deadline offense = deadlines.due("Limitation from discovery of the offense", ParameterNames.SOL_GENERAL, discovery);
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new TraceStep(offense.name(), offense.due().toString(), offense.rule() + (stated ? ""
                : " (the discovery date was not stated at intake: the seizure date stands in for it, the latest it"
                + " can be; record the actual date)"), offense.citation(), offense.parameterRef()));
        Deadline later = offense;
        if (involvement != null) {
            Deadline property = deadlines.due("Limitation from discovery of the property's involvement",
                    ParameterNames.SOL_FORFEITURE_INVOLVEMENT, involvement);
            steps.add(property.trace());
            if (property.due().isAfter(offense.due())) {
                later = property;
            }
        }
        LocalDate due = later.due().plusDays(tolledDays);
        String rule = "the later of the two periods (" + later.due() + ")" + (tolledDays == 0 ? ""
                : " + " + tolledDays + " day(s) not counted under 1621(2)"
                + (tollingReason == null ? "" : ": " + tollingReason));
        Deadline sol = new Deadline(DEADLINE, later.trigger(), due, "19 U.S.C. 1621" + (tolledDays == 0 ? "" : "(2)"),
                later.parameterRef(), rule);
        steps.add(sol.trace());
        trace.addAll(steps);
        return sol;
    }
}
