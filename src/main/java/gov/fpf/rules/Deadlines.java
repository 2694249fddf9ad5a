package gov.fpf.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Counts due dates from a trigger date and an effective-dated period (STYLE rule 6: one place for deadlines). The
 * period is the parameter row in force on the trigger date, so a deadline already running keeps the period it
 * started with when the parameter changes.
 *
 * <p>Calendar periods (DAYS, MONTHS, YEARS) end on the date they reach, weekend or not: Parts 162, 171 and 172 have
 * no roll-forward rule (law reference 7.1, calendar notes). If the parameter {@code deadline.roll-forward-weekends}
 * is 1, a period counted in DAYS that ends on a Saturday, Sunday or federal holiday moves to the next working day.
 * Month and year periods (statutes of limitations, look-backs) never move: rolling a limitation date forward would
 * tell the government it has more time than the statute may give. WORKING_DAYS skip Saturdays, Sundays and the
 * federal holidays of 5 U.S.C. 6103, and the trigger day itself is not counted.
 */
@Component
public class Deadlines {

    static final String WORKING_DAYS_NOTE = "working days exclude Saturdays, Sundays and federal holidays (5 U.S.C. 6103)";

    private final ParameterSource parameters;

    public Deadlines(ParameterSource parameters) {
        this.parameters = parameters;
    }

    /** The date a period runs out, counted forward from the trigger with the period in force on the trigger date. */
    public Deadline due(String name, String parameterName, LocalDate trigger) {
        ParameterValue period = parameters.valueOn(parameterName, trigger);
        LocalDate due = plus(trigger, period);
        String rule = trigger + " + " + describe(period);
        String citation = period.citation();
        if (period.unit() == LegalParameter.Unit.WORKING_DAYS) {
            citation += "; " + WORKING_DAYS_NOTE;
        } else if (period.unit() == LegalParameter.Unit.DAYS && !FederalHolidays.isWorkingDay(due)) {
            ParameterValue rollForward = parameters.valueOn(ParameterNames.DEADLINE_ROLL_FORWARD_WEEKENDS, trigger);
            if (rollForward.value().signum() > 0) {
                LocalDate reached = due;
                due = nextWorkingDay(due);
                rule += " = " + reached + " (" + reached.getDayOfWeek() + " or holiday), moved to the next working day";
                citation += "; roll-forward: " + rollForward.reference();
            }
        }
        return new Deadline(name, trigger, due, citation, period.reference(), rule, period);
    }

    /**
     * The date a period before an anchor date begins (a warning 24 months before the statute of limitations), with
     * the period in force on the anchor date. Never moved off a weekend.
     */
    public Deadline before(String name, String parameterName, LocalDate anchor) {
        ParameterValue period = parameters.valueOn(parameterName, anchor);
        return new Deadline(name, anchor, minus(anchor, period), period.citation(), period.reference(),
                anchor + " - " + describe(period), period);
    }

    /**
     * Whether less than the period remains before the limit on that date: true from the day after
     * {@code limit - period}. With exactly one year left, "less than a year" is not yet true.
     */
    public boolean lessThanLeft(String windowParameterName, LocalDate on, LocalDate limit) {
        ParameterValue window = parameters.valueOn(windowParameterName, on);
        return on.isAfter(minus(limit, window));
    }

    /** The period in force on that date (for callers that put it in a trace). */
    public ParameterValue period(String parameterName, LocalDate on) {
        return parameters.valueOn(parameterName, on);
    }

    public static LocalDate plus(LocalDate date, ParameterValue period) {
        int amount = wholePeriod(period);
        return switch (period.unit()) {
            case DAYS -> date.plusDays(amount);
            case WORKING_DAYS -> addWorkingDays(date, amount);
            case MONTHS -> date.plusMonths(amount);
            case YEARS -> date.plusYears(amount);
            default -> throw notAPeriod(period);
        };
    }

    public static LocalDate minus(LocalDate date, ParameterValue period) {
        int amount = wholePeriod(period);
        return switch (period.unit()) {
            case DAYS -> date.minusDays(amount);
            case WORKING_DAYS -> addWorkingDays(date, -amount);
            case MONTHS -> date.minusMonths(amount);
            case YEARS -> date.minusYears(amount);
            default -> throw notAPeriod(period);
        };
    }

    /** Counts working days after (or, for a negative count, before) the date; the date itself is day zero. */
    public static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        int step = workingDays < 0 ? -1 : 1;
        LocalDate day = from;
        for (int counted = 0; counted < Math.abs(workingDays); ) {
            day = day.plusDays(step);
            if (FederalHolidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!FederalHolidays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** "30 calendar days", "7 working days", "5 years". */
    public static String describe(ParameterValue period) {
        int amount = wholePeriod(period);
        return switch (period.unit()) {
            case DAYS -> amount + " calendar days";
            case WORKING_DAYS -> amount + " working days";
            case MONTHS -> amount + " months";
            case YEARS -> amount + " years";
            default -> throw notAPeriod(period);
        };
    }

    private static int wholePeriod(ParameterValue period) {
        BigDecimal value = period.value();
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalStateException("The period " + period.reference() + " is not a whole number of "
                    + period.unit() + "; correct the parameter row.");
        }
        return value.intValueExact();
    }

    private static IllegalStateException notAPeriod(ParameterValue parameter) {
        return new IllegalStateException("The parameter " + parameter.reference() + " is not a period (unit "
                + parameter.unit() + "); a deadline needs DAYS, WORKING_DAYS, MONTHS or YEARS.");
    }
}
