package gov.fpf.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new value of a legal parameter from a date on, as an administrator gives it (POST /api/v1/legal-parameters/{name}
 * and the /admin/parameters page); {@link LegalParameters#addValue} applies the rules that need the table.
 */
public record NewParameterValue(
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 200) String citation,
        @NotBlank @Pattern(regexp = "V|S|R|EO", message = "must be V, S, R or EO") String confidence,
        @Size(max = 1000) String note) {
}
