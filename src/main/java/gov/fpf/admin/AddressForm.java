package gov.fpf.admin;

import java.util.Locale;

import gov.fpf.office.MailingAddress;

/**
 * A mailing-address form as typed (an office's letterhead or a party's address), with the version of the record the
 * person saw, so a save over someone else's change is refused (409) instead of lost.
 */
record AddressForm(String line1, String line2, String city, String region, String postalCode, String country,
                   long version) {

    /** What is on file, or blank fields (country US) when nothing is. */
    static AddressForm of(MailingAddress a, long version) {
        return a == null
                ? new AddressForm("", "", "", "", "", "US", version)
                : new AddressForm(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), version);
    }

    /** The same typed values at another version (after a conflict, the form is current again). */
    AddressForm at(long newVersion) {
        return new AddressForm(line1, line2, city, region, postalCode, country, newVersion);
    }

    /** The address to validate and store: blanks trimmed away, the country code in capitals. */
    MailingAddress address() {
        String code = OfficesPage.trim(country);
        return new MailingAddress(OfficesPage.trim(line1), OfficesPage.trim(line2), OfficesPage.trim(city),
                OfficesPage.trim(region), OfficesPage.trim(postalCode), code == null ? null : code.toUpperCase(Locale.ROOT));
    }
}
