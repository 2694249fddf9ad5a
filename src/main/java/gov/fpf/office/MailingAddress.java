package gov.fpf.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as a letter prints it: one or two street lines, city, state or region, postal code and a two-letter
 * ISO 3166 country. Parties (the addressee of a notice) and offices (the sender) carry one; both columns sets are
 * optional in the database because records older than V22 have none.
 */
@Embeddable
public record MailingAddress(
        @Column(name = "address_line1", length = 200) @NotBlank @Size(max = 200) String line1,
        @Column(name = "address_line2", length = 200) @Size(max = 200) String line2,
        @Column(name = "address_city", length = 100) @NotBlank @Size(max = 100) String city,
        @Column(name = "address_region", length = 100) @Size(max = 100) String region,
        @Column(name = "address_postal_code", length = 20) @Size(max = 20) String postalCode,
        @Column(name = "address_country", length = 2)
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code such as US or CN")
        String country) {

    /** The lines of the address block, blank parts left out; the country is written out unless it is the US. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        add(lines, line1);
        add(lines, line2);
        String cityLine = join(city, join(region, postalCode, " "), ", ");
        add(lines, cityLine);
        if (country != null && !"US".equals(country)) {
            add(lines, new Locale("", country).getDisplayCountry(Locale.US).toUpperCase(Locale.US));
        }
        return lines;
    }

    /** True when the street line and city are there, which is what a letter needs to be mailed. */
    public boolean isComplete() {
        return line1 != null && !line1.isBlank() && city != null && !city.isBlank();
    }

    private static void add(List<String> lines, String s) {
        if (s != null && !s.isBlank()) {
            lines.add(s.strip());
        }
    }

    private static String join(String a, String b, String sep) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a.strip() + sep + b.strip() : hasA ? a.strip() : hasB ? b.strip() : null;
    }
}
