package gov.fpf.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.system.Labels;

/**
 * What the notice templates call as {@code n}: money, dates and the periods of parameter rows in the words of a
 * letter. A period is written from the row the case used ("60 days", "7 working days", "one year"), so a letter says
 * what the deadline was counted with.
 */
public final class NoticeFormat {

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    private final Labels labels;

    NoticeFormat(Labels labels) {
        this.labels = labels;
    }

    /** A fact's value: amounts as money, dates written out, codes in words, "not stated" for none. */
    public String text(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof Enum<?> code) {
            return labels.inLetter(code);
        }
        if (value instanceof BigDecimal amount) {
            return money(amount);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        return value.toString();
    }

    /** A code stored as text, of the enum named {@code enumName}, in words ("HQ_PENALTIES_BRANCH" → "Headquarters..."). */
    public String label(String enumName, Object code) {
        return code == null ? "not stated" : labels.of(enumName, code);
    }

    /** A seizure statute as the case file writes it ("1595a(c)"), with its citation and what it is about. */
    public String seizureStatute(String text) {
        return SeizureStatute.of(text).map(labels::inLetter).orElse(text);
    }

    public String money(BigDecimal amount) {
        return NoticeHtml.money(amount);
    }

    public String date(LocalDate date) {
        return NoticeHtml.date(date);
    }

    /** The deadline's due date, written out. */
    public String due(Deadline deadline) {
        return date(deadline == null ? null : deadline.due());
    }

    /** The period the deadline was counted with ("60 days"). */
    public String period(Deadline deadline) {
        if (deadline == null || deadline.period() == null) {
            throw new IllegalStateException("The deadline " + (deadline == null ? "(none)" : deadline.name())
                    + " was not counted from a period parameter; a letter cannot state its period.");
        }
        return period(deadline.period());
    }

    /** The citation of the parameter row the deadline was counted with (the law that sets the period). */
    public String citation(Deadline deadline) {
        return deadline.period() == null ? deadline.citation() : deadline.period().citation();
    }

    /** "60 days", "7 working days", "3 months", "one year". */
    public String period(ParameterValue period) {
        int amount = whole(period);
        String unit = switch (period.unit()) {
            case DAYS -> "day";
            case WORKING_DAYS -> "working day";
            case MONTHS -> "month";
            case YEARS -> "year";
            default -> throw new IllegalStateException("The parameter " + period.reference() + " is not a period.");
        };
        return amount == 1 ? "one " + unit : amount + " " + unit + "s";
    }

    /** A period of days as a letter states a posting: "three successive weeks" when whole weeks, else "N days". */
    public String weeks(ParameterValue period) {
        int amount = whole(period);
        if (period.unit() == LegalParameter.Unit.DAYS && amount % 7 == 0 && amount > 0) {
            int weeks = amount / 7;
            return (weeks < WORDS.length ? WORDS[weeks] : Integer.toString(weeks)) + " successive week"
                    + (weeks == 1 ? "" : "s");
        }
        return consecutive(period);
    }

    /** A run of days the law counts without a break: "30 consecutive days". */
    public String consecutive(ParameterValue period) {
        if (period.unit() != LegalParameter.Unit.DAYS) {
            return period(period);
        }
        return whole(period) + " consecutive day" + (whole(period) == 1 ? "" : "s");
    }

    /** A limit in dollars as the law states it: "$1,000", "$5,000", or with cents when it has them. */
    public String dollars(ParameterValue amount) {
        BigDecimal value = amount.value();
        if (value.stripTrailingZeros().scale() <= 0) {
            NumberFormat whole = NumberFormat.getCurrencyInstance(Locale.US);
            whole.setMaximumFractionDigits(0);
            return whole.format(value);
        }
        return money(value);
    }

    /** A share as a percentage: "10%". */
    public String percent(ParameterValue share) {
        BigDecimal percent = share.value().movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString() + "%";
    }

    private static int whole(ParameterValue period) {
        return period.value().intValueExact();
    }
}
