package gov.fpf.process.modeling;

import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dates a model may wait on: every {@code VAR_…} constant of a process descriptor whose name ends in
 * {@code _DATE}, {@code _DUE}, {@code _UNTIL} or {@code _CYCLE} ({@code VAR_PETITION_DUE_DATE},
 * {@code VAR_DECISION_VALID_UNTIL}, {@code VAR_FOLLOW_UP_CYCLE}, ...). The domain computes these from their trigger
 * date and the law and sets them through the delegates' {@code StepResults.apply} (or a form a supervisor fills in),
 * so a timer that names anything else waits on a value nobody sets.
 *
 * <p>A new descriptor goes into {@link #DESCRIPTORS}; {@code ModelConventionsTest} fails until it does.
 */
public final class DomainDueDates {

    /** One descriptor class per BPMN (STYLE rule 3). */
    static final List<Class<?>> DESCRIPTORS = List.of(PenaltyCaseProcess.class, PetitionReviewProcess.class,
            LiquidatedDamagesClaimProcess.class, SeizureForfeitureProcess.class, ReferralFollowUpProcess.class);

    private static final List<String> DATE_SUFFIXES = List.of("_DATE", "_DUE", "_UNTIL", "_CYCLE");

    /** The variable names, e.g. petitionDueDate. */
    public static final Set<String> VARIABLES = collect();

    private DomainDueDates() {
    }

    private static Set<String> collect() {
        Set<String> names = new TreeSet<>();
        for (Class<?> descriptor : DESCRIPTORS) {
            for (Field field : descriptor.getFields()) {
                if (isDueDateConstant(field)) {
                    try {
                        names.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot read " + descriptor.getSimpleName() + "."
                                + field.getName(), e);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean isDueDateConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
                && field.getName().startsWith("VAR_")
                && DATE_SUFFIXES.stream().anyMatch(suffix -> field.getName().endsWith(suffix));
    }
}
